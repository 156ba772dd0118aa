// What <btw-signup> shows, built with the DOM's own methods (shared/dom.ts).
// Every node is made once and kept: what a reader typed stays in its input when
// fields come and go, and the node that has the focus is never moved.
import type { TermKey } from '../../locales/index.js';
import { h, place, setAttr, setText } from '../../shared/dom.js';
import type { FieldErrors, OptionalField } from './payload.js';

const LABELS: Record<OptionalField, TermKey> = {
  'given-name': 'signupGivenName',
  'family-name': 'signupFamilyName',
  'postal-code': 'signupPostalCode',
  country: 'signupCountry',
};

/** A term of the element's language; only `signupFixFields` reads `count`. */
export type Term = (key: TermKey, count?: number) => string;

/** What the form looks like now (the element's state). */
export interface SignupState {
  /** The configuration is right: the form can be shown. */
  ready: boolean;
  /**
   * A term key for the live region, or `''`; `signupSuccess` and `signupConfirm`
   * (a list that asks the reader to confirm) show the thanks instead of the form.
   */
  status:
    | ''
    | 'signupFixFields'
    | 'signupSending'
    | 'signupRetrying'
    | 'signupSuccess'
    | 'signupConfirm'
    | 'signupOfflinePending'
    | 'signupCancelled';
  errors: FieldErrors;
  /** The delivery error's message, or none. */
  failure?: TermKey;
  fields: OptionalField[];
  consent: boolean;
  privacyUrl?: string;
}

/**
 * A field's error message, which its input names in `aria-describedby`: shown, or removed.
 * The consent box is `required` (exposed as such) in a `novalidate` form; Chromium would
 * call an unticked one invalid from the start, so it says `aria-invalid="false"` until
 * our own check after a submit.
 */
function fieldError(input: HTMLInputElement, error: HTMLElement, key: TermKey | undefined, t: Term) {
  setAttr(input, 'aria-invalid', key ? 'true' : input.type === 'checkbox' ? 'false' : undefined);
  setAttr(input, 'aria-describedby', key && error.id);
  if (key) setText(error, t(key));
  return !!key && error;
}

const errorOf = (id: string) => h('p', { part: 'error', id: `${id}-error` });

/**
 * The box: the heading and description slots, then the configuration error,
 * the thanks or the form, then the live region.
 */
export class SignupView {
  #heading = h('h2', { class: 'heading' });
  #description = h('p', { class: 'description' });
  #head = [h('slot', { name: 'heading' }, this.#heading), h('slot', { name: 'description' }, this.#description)];
  #configError = h('p', { part: 'error', role: 'alert' });
  #thanks = h('p');
  #success = h('div', { class: 'success', tabindex: '-1' }, h('slot', { name: 'success' }, this.#thanks));
  #status = h('p', { part: 'status', class: 'status', role: 'status', id: 'status' });

  #form = h('form', { part: 'form', novalidate: '' });
  #emailLabel = h('label', { part: 'label', for: 'btw-email' });
  #email = h('input', {
    part: 'input',
    id: 'btw-email',
    name: 'email',
    type: 'email',
    autocomplete: 'email',
    spellcheck: 'false',
    required: '',
  });
  #emailError = errorOf('btw-email');
  #emailField = h('div', { part: 'field', class: 'field' });
  /** Optional fields by name, made when first shown; kept with what was typed. */
  #optional = new Map<OptionalField, HTMLDivElement>();
  #consent = h('input', { part: 'input', type: 'checkbox', id: 'btw-consent', name: 'consent', required: '' });
  #consentText = new Text();
  #consentError = errorOf('btw-consent');
  #privacy = h(
    'a',
    { target: '_blank', rel: 'noopener noreferrer' },
    new Text(),
    h('span', { class: 'visually-hidden' }),
  );
  #consentField = h(
    'div',
    { part: 'field', class: 'field consent' },
    this.#consent,
    h('label', { part: 'label', for: 'btw-consent' }, h('slot', { name: 'consent' }, this.#consentText)),
  );
  /** The spam trap, `website`: not shown, out of the tab order and hidden from assistive technology. */
  #honeypotText = new Text();
  #honeypot = h(
    'div',
    { class: 'visually-hidden', 'aria-hidden': 'true' },
    h('label', {}, this.#honeypotText, h('input', { name: 'website', tabindex: '-1', autocomplete: 'off' })),
  );
  #failure = h('p', { part: 'error', role: 'alert' });
  #button = h('button', { part: 'button' });
  /** Drops a sign-up that waits for the connection. */
  #cancel = h('button', { part: 'button', type: 'button', class: 'secondary' });

  readonly #box: HTMLElement;

  constructor(
    box: HTMLElement,
    handlers: { submit(event: SubmitEvent): void; input(event: Event): void; cancel(): void },
  ) {
    this.#box = box;
    this.#form.onsubmit = handlers.submit;
    this.#form.oninput = handlers.input;
    this.#cancel.onclick = handlers.cancel;
  }

  /** The submit button, where focus goes when Cancel goes away. */
  get button() {
    return this.#button;
  }

  /** Cancel, shown while a sign-up waits for the connection. */
  get cancel() {
    return this.#cancel;
  }

  render(state: SignupState, t: Term) {
    setText(this.#heading, t('signupHeading'));
    setText(this.#description, t('signupDescription'));
    const { status } = state;
    const done = status === 'signupSuccess' || status === 'signupConfirm';
    let main: HTMLElement = this.#form;
    if (!state.ready) setText((main = this.#configError), t('signupConfigError'));
    else if (done) {
      main = this.#success;
      setText(this.#thanks, t(status));
    } else this.#renderForm(state, t);
    setText(this.#status, done ? '' : status && t(status, Object.keys(state.errors).length));
    place(this.#box, [...this.#head, main, this.#status]);
  }

  #renderForm(state: SignupState, t: Term) {
    const { errors, failure } = state;
    setText(this.#emailLabel, t('signupEmail'));
    place(this.#emailField, [
      this.#emailLabel,
      this.#email,
      fieldError(this.#email, this.#emailError, errors.email, t),
    ]);
    if (state.consent) this.#renderConsent(state, t);
    setText(this.#honeypotText, `${t('signupHoneypot')} `);
    if (failure) setText(this.#failure, t(failure));
    const sending = state.status === 'signupSending' || state.status === 'signupRetrying';
    const waiting = state.status === 'signupOfflinePending';
    // Busy: still focusable (aria-disabled, not disabled) and still named by its label.
    // The status region announces "Sending…" once; the button is described by it, so a
    // reader who lands on the button hears it is sending without a second announcement.
    setAttr(this.#button, 'aria-disabled', sending || waiting ? 'true' : undefined);
    setAttr(this.#button, 'aria-describedby', sending ? 'status' : undefined);
    setText(this.#button, t('signupSubmit'));
    if (waiting) setText(this.#cancel, t('signupCancel'));
    place(this.#form, [
      this.#emailField,
      ...state.fields.map((name) => this.#optionalField(name, t)),
      state.consent && this.#consentField,
      this.#honeypot,
      !!failure && this.#failure,
      this.#button,
      waiting && this.#cancel,
    ]);
  }

  /** An optional field: a text input that is never invalid. */
  #optionalField(name: OptionalField, t: Term) {
    let field = this.#optional.get(name);
    if (!field) {
      const id = `btw-${name}`;
      const input = h('input', { part: 'input', id, name, autocomplete: name === 'country' ? 'country-name' : name });
      this.#optional.set(
        name,
        (field = h(
          'div',
          { part: 'field', class: 'field' },
          h('label', { part: 'label', for: id }, new Text(), h('span')),
          input,
        )),
      );
    }
    const [text, optional] = field.firstChild!.childNodes;
    setText(text!, `${t(LABELS[name])} `);
    setText(optional!, t('signupOptional'));
    return field;
  }

  #renderConsent({ errors, privacyUrl }: SignupState, t: Term) {
    setText(this.#consentText, t('signupConsent'));
    const privacy = this.#privacy;
    if (privacyUrl) {
      setAttr(privacy, 'href', privacyUrl);
      setText(privacy.firstChild!, t('signupPrivacy'));
      setText(privacy.lastChild!, ` ${t('signupNewTab')}`);
    }
    const [input, label] = this.#consentField.children;
    place(this.#consentField, [
      input,
      label,
      !!privacyUrl && privacy,
      fieldError(this.#consent, this.#consentError, errors.consent, t),
    ]);
  }
}
