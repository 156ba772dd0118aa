import type { PropertyValues } from '@lit/reactive-element';
import { property, state } from '../../shared/decorators.js';
import { BtwElement } from '../../shared/btw-element.js';
import { baseStyles } from '../../shared/styles.js';
import { styles } from './signup.styles.js';
import { safeUrl } from '../../shared/url.js';
import type { TermKey } from '../../locales/index.js';
import {
  buildPayload,
  DEFAULT_FIELDS,
  newSubmissionId,
  parseFields,
  validate,
  type FieldErrors,
  type OptionalField,
  type SignupPayload,
} from './payload.js';
import {
  deliver,
  kindOf,
  mustConfirm,
  PROVIDERS,
  SignupError,
  type Provider,
  type SignupErrorKind,
  type SignupResponse,
} from './providers/index.js';
import { jsonpUrl } from './providers/mailchimp.js';
import { SignupView, type SignupState } from './view.js';

export type { SignupPayload, SignupResponse };
export { SignupError };

/** Spam traps. Test-only: tests shorten `minSubmitMs`; pages have no reason to. */
export const signupSettings = {
  /** A submit sooner than this after the first render is treated as a bot. */
  minSubmitMs: 2000,
};

/** The reader's message for each failure; `offline` is none: the sign-up waits for the connection instead. */
type Failure = Exclude<SignupErrorKind, 'offline'>;
const FAILURES: Record<Failure, TermKey> = {
  invalid: 'signupErrorInvalid',
  'rate-limited': 'signupErrorRateLimited',
  network: 'signupErrorNetwork',
  server: 'signupErrorServer',
  blocked: 'signupErrorBlocked',
};
/**
 * What the live region says; `signupSending` and `signupRetrying` also mean busy,
 * `signupSuccess` and `signupConfirm` done.
 */
type Status = SignupState['status'];

/**
 * @tagname btw-signup
 * @summary Newsletter / campaign sign-up that never loses a reader: validated, retried, bilingual.
 * @slot heading - Replaces the default heading ("Sign up for our newsletter").
 * @slot description - Replaces the default description ("Stay updated").
 * @slot consent - The consent checkbox's label text.
 * @slot success - What is shown after a successful sign-up.
 * @csspart form - The form.
 * @csspart field - Each field (label, input and its error).
 * @csspart label - Each field's label.
 * @csspart input - Each input, the consent checkbox included.
 * @csspart error - A field's error, the delivery error and the configuration error.
 * @csspart button - The submit button.
 * @csspart status - The live region ("Sending…", success).
 * @event btw-signup-submit - Before sending; cancelable. detail: {payload}
 * @event btw-signup-success - After the provider accepted it. detail: {payload, response}
 * @event btw-signup-error - After the last failed try. detail: {payload, error, retryable}
 */
export class BtwSignup extends BtwElement {
  static override styles = [baseStyles, styles];

  /** Where submissions go (required). */
  @property() action?: string;
  /**
   * `json`, `form`, `mailchimp` or `actionnetwork`.
   * @type {'json' | 'form' | 'mailchimp' | 'actionnetwork'}
   */
  @property() provider: Provider = 'json';
  /** Space-separated optional fields, in order: `given-name family-name postal-code country`. */
  @property() fields = DEFAULT_FIELDS;
  /** Shows a required consent checkbox. */
  @property({ type: Boolean }) consent = false;
  /** Link shown with the consent text. */
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;
  /** Attribution sent with each submission. */
  @property() source?: string;
  /** Comma-separated tags sent with each submission. */
  @property() tags?: string;

  @state() private status: Status = '';
  @state() private errors: FieldErrors = {};
  @state() private failure?: Failure;

  #fields: OptionalField[] = [];
  /** Where to send; undefined while the configuration is wrong (the form is not shown). */
  #action?: string;
  #privacyUrl?: string;
  #submissionId?: string;
  #renderedAt = 0;
  /** A submission made offline, sent once when the connection returns; only ever in memory. */
  #pending?: SignupPayload;
  /** What the element shows (view.ts), made on the first render: the form keeps its inputs, with what was typed. */
  #view?: SignupView;

  protected override willUpdate(changed: PropertyValues<this>) {
    // The spam trap's clock starts with the first render.
    this.#renderedAt ||= performance.now();
    if (changed.has('fields')) this.#fields = parseFields(this.fields);
    if (changed.has('privacyUrl'))
      this.#privacyUrl = safeUrl(this.privacyUrl, { element: 'btw-signup', field: 'privacy-url' });
    if (changed.has('action') || changed.has('provider')) {
      const action = safeUrl(this.action, { element: 'btw-signup', field: 'action' });
      const problem = !action
        ? 'action must be the http(s) URL that receives sign-ups'
        : !PROVIDERS.includes(this.provider)
          ? `unknown provider "${this.provider}": use ${PROVIDERS.join(', ')}`
          : this.provider === 'mailchimp' && !jsonpUrl(action)
            ? "mailchimp action must be the list's https://….list-manage.com/subscribe/post?u=…&id=…"
            : '';
      this.#action = problem ? undefined : action;
      if (problem) console.error(`<btw-signup>: ${problem}.`);
    }
  }

  #handleInput(event: Event) {
    // A changed value is a new submission: it gets a new submissionId, and one
    // waiting for the connection is dropped (the reader sends the new one).
    this.#submissionId = undefined;
    if (this.#pending) this.#dropPending('');
    const name = (event.target as HTMLInputElement).name as keyof FieldErrors;
    if (!this.errors[name]) return;
    // The fields marked invalid are checked again as the reader fixes them; no new ones are marked.
    const now = Object.entries(validate(new FormData(event.currentTarget as HTMLFormElement), this.consent));
    this.errors = Object.fromEntries(now.filter(([key]) => key in this.errors));
    // The summary counts what is left to fix (marked fields exist only under
    // signupFixFields); once nothing is, it has nothing to say.
    if (!Object.keys(this.errors).length) this.status = '';
  }

  async #handleSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (this.status === 'signupSending' || this.status === 'signupRetrying' || this.#pending) return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    this.errors = validate(data, this.consent);
    this.failure = undefined;
    if (this.errors.email || this.errors.consent) {
      // Cleared first, so that the same count is announced again.
      this.status = '';
      await this.updateComplete;
      this.status = 'signupFixFields';
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    if (data.get('website') || performance.now() - this.#renderedAt < signupSettings.minSubmitMs) {
      // A bot: it sees what a person would, and nothing is sent.
      return this.#succeed();
    }
    const payload = buildPayload(
      data,
      this.source,
      this.tags,
      this.localize.lang,
      (this.#submissionId ??= newSubmissionId()),
    );
    if (this.emit('btw-signup-submit', { payload }, { cancelable: true }).defaultPrevented) return;
    if (!navigator.onLine) return this.#wait(payload);
    await this.#send(payload);
  }

  /** Sends a submission (retried as delivery does) and shows how it went. */
  async #send(payload: SignupPayload) {
    this.status = 'signupSending';
    try {
      const response = await deliver(this.provider, this.#action!, payload, () => (this.status = 'signupRetrying'));
      this.#submissionId = undefined;
      await this.#succeed(mustConfirm(response) ? 'signupConfirm' : 'signupSuccess');
      this.emit('btw-signup-success', { payload, response });
    } catch (error) {
      const kind = kindOf(error);
      // The connection went while sending: wait for it, as for a submission made offline.
      if (kind === 'offline') return this.#wait(payload);
      this.failure = kind;
      const retryable = kind !== 'invalid' && kind !== 'blocked';
      this.status = '';
      const failure = new SignupError(
        kind,
        this.localize.term(FAILURES[kind]),
        (error as { status?: number }).status,
        retryable,
      );
      this.emit('btw-signup-error', { payload, error: failure, retryable });
    }
  }

  /**
   * Keeps a submission until the browser is back online, then sends it once with
   * the same submissionId. Only in memory: a page closed before that sends nothing.
   */
  #wait(payload: SignupPayload) {
    this.#pending = payload;
    this.status = 'signupOfflinePending';
    addEventListener('online', this.#online);
  }

  #online = () => {
    const payload = this.#pending;
    if (!payload) return;
    this.#dropPending('');
    void this.#send(payload);
  };

  /** Forgets a waiting submission; `status` says what the live region says next. */
  #dropPending(status: '' | 'signupCancelled') {
    removeEventListener('online', this.#online);
    this.#pending = undefined;
    this.status = status;
    // The Cancel button goes with it: if it had the focus, the submit button takes it.
    const view = this.#view;
    if (view && this.shadowRoot!.activeElement === view.cancel)
      void this.updateComplete.then(() => view.button.focus());
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    // Nothing is kept for a later page: an element taken out of the page drops what waited.
    if (this.#pending) this.#dropPending('');
  }

  /**
   * Shows the thanks in place of the form and moves focus to it, which reads it out:
   * the live region stays silent, so it is said once.
   */
  async #succeed(thanks: 'signupSuccess' | 'signupConfirm' = 'signupSuccess') {
    this.status = thanks;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.success')?.focus();
  }

  protected override render() {
    this.#view ??= new SignupView(this.renderRoot as HTMLElement, {
      submit: (event) => this.#handleSubmit(event),
      input: (event) => this.#handleInput(event),
      cancel: () => this.#dropPending('signupCancelled'),
    });
    this.#view.render(
      {
        ready: !!this.#action,
        status: this.status,
        errors: this.errors,
        failure: this.failure && FAILURES[this.failure],
        fields: this.#fields,
        consent: this.consent,
        privacyUrl: this.#privacyUrl,
      },
      this.#t,
    );
  }

  /**
   * A term of the element's language. Only `signupFixFields` takes an argument,
   * the count of invalid fields; other terms ignore it.
   */
  #t = (key: TermKey, count = 0) => this.localize.term(key as 'signupFixFields', count);
}

declare global {
  interface HTMLElementTagNameMap {
    'btw-signup': BtwSignup;
  }
  interface HTMLElementEventMap {
    'btw-signup-submit': CustomEvent<{ payload: SignupPayload }>;
    'btw-signup-success': CustomEvent<{ payload: SignupPayload; response: SignupResponse }>;
    'btw-signup-error': CustomEvent<{ payload: SignupPayload; error: SignupError; retryable: boolean }>;
  }
}
