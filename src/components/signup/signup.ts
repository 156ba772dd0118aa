import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from '../../shared/decorators.js';
import { BtwElement } from '../../shared/btw-element.js';
import { baseStyles } from '../../shared/styles.js';
import { styles } from './signup.styles.js';
import { safeUrl } from '../../shared/url.js';
import type { TermKey } from '../../locales/index.js';
import {
  buildPayload, DEFAULT_FIELDS, newSubmissionId, parseFields, validate,
  type FieldErrors, type OptionalField, type SignupPayload,
} from './payload.js';
import { deliver, kindOf, PROVIDERS, SignupError, type Provider, type SignupErrorKind, type SignupResponse } from './providers/index.js';
import { jsonpUrl } from './providers/mailchimp.js';

export type { SignupPayload, SignupResponse };
export { SignupError };

/** Spam traps. Test-only: tests shorten `minSubmitMs`; pages have no reason to. */
export const signupSettings = {
  /** A submit sooner than this after the first render is treated as a bot. */
  minSubmitMs: 2000,
};

const LABELS: Record<OptionalField, TermKey> = {
  'given-name': 'signupGivenName',
  'family-name': 'signupFamilyName',
  'postal-code': 'signupPostalCode',
  country: 'signupCountry',
};
const FAILURES: Record<SignupErrorKind, TermKey> = {
  invalid: 'signupErrorInvalid',
  'rate-limited': 'signupErrorRateLimited',
  network: 'signupErrorNetwork',
  offline: 'signupErrorOffline',
  server: 'signupErrorServer',
  blocked: 'signupErrorBlocked',
};
/** What the live region says; `signupSending` and `signupRetrying` also mean busy, `signupSuccess` done. */
type Status = '' | 'signupFixFields' | 'signupSending' | 'signupRetrying' | 'signupSuccess';

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
  @state() private failure?: SignupErrorKind;

  #fields: OptionalField[] = [];
  /** Where to send; undefined while the configuration is wrong (the form is not shown). */
  #action?: string;
  #privacyUrl?: string;
  #submissionId?: string;
  #renderedAt = 0;
  /** Values typed in the form, by input name, while `fields` changes. */
  #typed?: Map<string, string>;

  protected override willUpdate(changed: PropertyValues<this>) {
    // The spam trap's clock starts with the first render.
    this.#renderedAt ||= performance.now();
    if (changed.has('fields')) {
      if (this.hasUpdated) this.#typed = new Map(this.formInputs().map((input) => [input.name, input.value]));
      this.#fields = parseFields(this.fields);
    }
    if (changed.has('privacyUrl')) this.#privacyUrl = safeUrl(this.privacyUrl, { element: 'btw-signup', field: 'privacy-url' });
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

  protected override updated() {
    // The optional fields are one template each, reused by position: what the
    // reader typed goes back to its own field (cheaper than the repeat directive).
    for (const input of this.#typed ? this.formInputs() : []) input.value = this.#typed!.get(input.name) ?? '';
    this.#typed = undefined;
  }

  private handleInput(event: Event) {
    // A changed value is a new submission: it gets a new submissionId.
    this.#submissionId = undefined;
    const name = (event.target as HTMLInputElement).name as keyof FieldErrors;
    if (!this.errors[name]) return;
    // The fields marked invalid are checked again as the reader fixes them; no new ones are marked.
    const now = Object.entries(validate(new FormData(event.currentTarget as HTMLFormElement), this.consent));
    this.errors = Object.fromEntries(now.filter(([key]) => key in this.errors));
    // The summary counts what is left to fix (marked fields exist only under
    // signupFixFields); once nothing is, it has nothing to say.
    if (!Object.keys(this.errors).length) this.status = '';
  }

  private async handleSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (this.status === 'signupSending' || this.status === 'signupRetrying') return;
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
      return this.succeed();
    }
    const payload = buildPayload(data, this.source, this.tags, this.localize.lang, (this.#submissionId ??= newSubmissionId()));
    if (this.emit('btw-signup-submit', { payload }, { cancelable: true }).defaultPrevented) return;
    this.status = 'signupSending';
    try {
      const response = await deliver(this.provider, this.#action!, payload, () => (this.status = 'signupRetrying'));
      this.#submissionId = undefined;
      await this.succeed();
      this.emit('btw-signup-success', { payload, response });
    } catch (error) {
      const kind = (this.failure = kindOf(error));
      const retryable = kind !== 'invalid' && kind !== 'blocked';
      this.status = '';
      const failure = new SignupError(kind, this.localize.term(FAILURES[kind]), (error as { status?: number }).status, retryable);
      this.emit('btw-signup-error', { payload, error: failure, retryable });
    }
  }

  /** Shows the thanks in place of the form and moves focus to it, which reads it out: the live region stays silent, so it is said once. */
  private async succeed() {
    this.status = 'signupSuccess';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.success')?.focus();
  }

  override render() {
    const t = this.#t;
    const status = this.status;
    return html`
      <slot name="heading"><h2 class="heading">${t('signupHeading')}</h2></slot>
      <slot name="description"><p class="description">${t('signupDescription')}</p></slot>
      ${!this.#action
        ? html`<p part="error" role="alert">${t('signupConfigError')}</p>`
        : status === 'signupSuccess'
          ? html`<div class="success" tabindex="-1"><slot name="success"><p>${t('signupSuccess')}</p></slot></div>`
          : this.renderForm()}
      <p part="status" class="status" role="status">${status === 'signupSuccess' ? '' : status && t(status, Object.keys(this.errors).length)}</p>
    `;
  }

  /** The form: email, the optional fields, consent; its honeypot, `website`, is not shown, out of the tab order and hidden from assistive technology. */
  private renderForm() {
    const t = this.#t;
    const sending = this.status === 'signupSending' || this.status === 'signupRetrying';
    const error = this.errors.email;
    return html`
      <form part="form" novalidate @submit=${this.handleSubmit} @input=${this.handleInput}>
        <div part="field" class="field">
          <label part="label" for="btw-email">${t('signupEmail')}</label>
          <input part="input" id="btw-email" name="email" type="email" autocomplete="email" spellcheck="false" required
            aria-invalid=${error ? 'true' : nothing} aria-describedby=${error ? 'btw-email-error' : nothing}>
          ${this.renderError('btw-email', error)}
        </div>
        ${this.#fields.map((name) => this.renderField(name))}
        ${this.consent ? this.renderConsent() : nothing}
        <div class="visually-hidden" aria-hidden="true">
          <label>${t('signupHoneypot')} <input name="website" tabindex="-1" autocomplete="off"></label>
        </div>
        ${this.failure ? html`<p part="error" role="alert">${t(FAILURES[this.failure])}</p>` : nothing}
        <button part="button" aria-disabled=${sending ? 'true' : nothing}>
          ${t(sending ? 'signupSending' : 'signupSubmit')}
        </button>
      </form>
    `;
  }

  /** An optional field: a text input that is never invalid. */
  private renderField(name: OptionalField) {
    const t = this.#t;
    const id = `btw-${name}`;
    return html`
      <div part="field" class="field">
        <label part="label" for=${id}>${t(LABELS[name])} <span>${t('signupOptional')}</span></label>
        <input part="input" id=${id} name=${name} autocomplete=${name === 'country' ? 'country-name' : name}>
      </div>
    `;
  }

  private renderConsent() {
    const t = this.#t;
    const error = this.errors.consent;
    return html`
      <div part="field" class="field consent">
        <input part="input" type="checkbox" id="btw-consent" name="consent" aria-required="true"
          aria-invalid=${error ? 'true' : nothing} aria-describedby=${error ? 'btw-consent-error' : nothing}>
        <label part="label" for="btw-consent"><slot name="consent">${t('signupConsent')}</slot></label>
        ${this.#privacyUrl
          ? html`<a href=${this.#privacyUrl} target="_blank" rel="noopener noreferrer">${t('signupPrivacy')}<span
                class="visually-hidden"> ${t('signupNewTab')}</span></a>`
          : nothing}
        ${this.renderError('btw-consent', error)}
      </div>
    `;
  }

  /** A field's error message, which its input names in `aria-describedby`. */
  private renderError(id: string, error?: TermKey) {
    return error ? html`<p part="error" id="${id}-error">${this.#t(error)}</p>` : nothing;
  }

  /**
   * A term of the element's language. Only `signupFixFields` takes an argument,
   * the count of invalid fields; other terms ignore it.
   */
  #t = (key: TermKey, count = 0) => this.localize.term(key as 'signupFixFields', count);

  /** Every input of the form, by position. */
  private formInputs() {
    return [...this.renderRoot.querySelectorAll('input')];
  }
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
