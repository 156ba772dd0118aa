import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  alertText,
  button,
  fastSettings,
  fill,
  input,
  newKey,
  origin,
  part,
  received,
  render,
  restoreSettings,
  status,
  submit,
  submitAndWait,
} from './test-helpers.js';

/** The emails the server received under `key`, in order. */
const emails = async (key: string) => (await received(key)).map((request) => JSON.parse(request.body).email as string);

const labelOf = (el: HTMLElement, name: string) =>
  part(el as never, `label[for="${input(el as never, name).id}"]`)!
    .textContent!.replace(/\s+/g, ' ')
    .trim();

describe('btw-signup form', () => {
  beforeEach(fastSettings);
  afterEach(restoreSettings);

  it('shows email and the default given-name field with labels and autocomplete tokens', async () => {
    const el = await render(html`<btw-signup action="${origin}/api/signup"></btw-signup>`);
    const email = input(el, 'email');
    // type="email" alone brings the email keyboard on phones (no inputmode needed).
    expect([email.type, email.autocomplete, email.required]).to.deep.equal(['email', 'email', true]);
    expect(labelOf(el, 'email')).to.equal('Email');
    expect(input(el, 'given-name').autocomplete).to.equal('given-name');
    expect(labelOf(el, 'given-name')).to.equal('First name (optional)');
    expect(el.shadowRoot!.textContent).to.contain('Sign up for our newsletter').and.contain('Stay updated');
    expect(button(el).textContent!.trim()).to.equal('Sign up');
    await expect(el).to.be.accessible();
  });

  it('shows the optional fields in the order of the fields attribute', async () => {
    const el = await render(
      html`<btw-signup action="${origin}/api/signup" fields="country postal-code family-name"></btw-signup>`,
    );
    const names = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="input"]')].map(
      (i) => `${i.name}:${i.autocomplete}`,
    );
    expect(names).to.deep.equal([
      'email:email',
      'country:country-name',
      'postal-code:postal-code',
      'family-name:family-name',
    ]);
  });

  it('keeps what the reader typed with its field when the fields attribute changes', async () => {
    const el = await render(
      html`<btw-signup action="${origin}/api/signup" fields="given-name family-name postal-code"></btw-signup>`,
    );
    input(el, 'email').focus();
    await sendKeys({ type: 'ana@example.org' });
    input(el, 'given-name').focus();
    await sendKeys({ type: 'Ana' });
    input(el, 'postal-code').focus();
    await sendKeys({ type: '01001' });
    const shown = () =>
      [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="input"]')].map(
        (i) => `${labelOf(el, i.name)}=${i.value}`,
      );
    el.fields = 'postal-code country given-name';
    await el.updateComplete;
    expect(shown()).to.deep.equal([
      'Email=ana@example.org',
      'Postal code (optional)=01001',
      'Country (optional)=',
      'First name (optional)=Ana',
    ]);
    el.fields = 'family-name given-name';
    await el.updateComplete;
    expect(shown()).to.deep.equal(['Email=ana@example.org', 'Last name (optional)=', 'First name (optional)=Ana']);
    // A field taken out and put back still holds what was typed in it.
    el.fields = 'postal-code given-name';
    await el.updateComplete;
    expect(shown()).to.deep.equal([
      'Email=ana@example.org',
      'Postal code (optional)=01001',
      'First name (optional)=Ana',
    ]);
  });

  it('shows a consent checkbox with its label and a checked privacy link', async () => {
    const el = await render(
      html`<btw-signup lang="es" action="${origin}/api/signup" consent privacy-url="https://example.org/privacy"></btw-signup>`,
    );
    expect(input(el, 'consent').type).to.equal('checkbox');
    expect(labelOf(el, 'consent')).to.equal('Acepto recibir correos de esta campaña.');
    const link = part(el, '.consent a') as HTMLAnchorElement;
    expect([link.href, link.textContent!.replace(/\s+/g, ' ').trim()]).to.deep.equal([
      'https://example.org/privacy',
      'Política de privacidad (se abre en una pestaña nueva)',
    ]);
    expect(labelOf(el, 'email')).to.equal('Correo electrónico');
    await expect(el).to.be.accessible();
  });

  it('drops a javascript: privacy-url with a warning', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await render(
        html`<btw-signup action="${origin}/api/signup" consent privacy-url="javascript:alert(1)"></btw-signup>`,
      );
      expect(part(el, '.consent a')).to.equal(null);
    } finally {
      console.warn = warn;
    }
    expect(warnings.join()).to.contain('btw-signup').and.contain('privacy-url');
  });

  it('renders slotted heading, description, consent and success content', async () => {
    const el = await render(html`<btw-signup action="${origin}/api/signup" consent>
      <h3 slot="heading">Join us</h3><p slot="description">Monthly news</p>
      <span slot="consent">Yes, email me</span><p slot="success">Welcome aboard</p></btw-signup>`);
    const slotted = (name: string) =>
      (part(el, `slot[name="${name}"]`) as HTMLSlotElement)
        .assignedNodes()
        .map((n) => n.textContent)
        .join('');
    expect([slotted('heading'), slotted('description'), slotted('consent')]).to.deep.equal([
      'Join us',
      'Monthly news',
      'Yes, email me',
    ]);
    await fill(el, { email: 'ana@example.org' }, true);
    await submit(el);
    await new Promise((resolve) => el.addEventListener('btw-signup-success', resolve, { once: true }));
    await el.updateComplete;
    expect(slotted('success')).to.equal('Welcome aboard');
  });

  it('without action shows a configuration error and names btw-signup and action in console.error', async () => {
    const error = console.error;
    const errors: string[] = [];
    console.error = (message: string) => errors.push(message);
    let el;
    try {
      el = await render(html`<btw-signup></btw-signup>`);
    } finally {
      console.error = error;
    }
    expect(part(el, '[part="error"][role="alert"]')!.textContent).to.equal(
      'This sign-up form is not set up correctly yet.',
    );
    expect(part(el, 'form')).to.equal(null);
    expect(errors.join()).to.contain('<btw-signup>').and.contain('action');
    await expect(el).to.be.accessible();
  });
});

describe('btw-signup configuration errors', () => {
  const configErrors = async (template: ReturnType<typeof html>) => {
    const error = console.error;
    const errors: string[] = [];
    console.error = (message: string) => errors.push(message);
    try {
      const el = await render(template);
      return { el, errors: errors.join() };
    } finally {
      console.error = error;
    }
  };

  it('shows the configuration error for an unknown provider and names it and the ones to use', async () => {
    const { el, errors } = await configErrors(
      html`<btw-signup provider="mailjet" action="${origin}/api/signup"></btw-signup>`,
    );
    expect(alertText(el)).to.equal('This sign-up form is not set up correctly yet.');
    expect(part(el, 'form')).to.equal(null);
    expect(errors)
      .to.contain('<btw-signup>')
      .and.contain('provider')
      .and.contain('mailjet')
      .and.contain('actionnetwork');
  });

  it('shows the configuration error for a Mailchimp action that is not a list embed form URL', async () => {
    const { el, errors } = await configErrors(
      html`<btw-signup provider="mailchimp" action="${origin}/api/signup/mailchimp/subscribe/post?u=abc"></btw-signup>`,
    );
    expect(alertText(el)).to.equal('This sign-up form is not set up correctly yet.');
    expect(errors).to.contain('<btw-signup>').and.contain('action').and.contain('mailchimp');
  });

  it('shows the form once a missing action is set', async () => {
    const { el } = await configErrors(html`<btw-signup></btw-signup>`);
    el.action = `${origin}/api/signup`;
    await el.updateComplete;
    expect(alertText(el)).to.equal(undefined);
    expect(part(el, 'form')).not.to.equal(null);
  });
});

describe('btw-signup validation', () => {
  beforeEach(fastSettings);
  afterEach(restoreSettings);

  it('sends nothing for an invalid email, links the error, announces it and focuses the field', async () => {
    const key = newKey();
    const el = await render(html`<btw-signup action="${origin}/api/signup?key=${key}"></btw-signup>`);
    let submits = 0;
    el.addEventListener('btw-signup-submit', () => submits++);
    await fill(el, { email: 'ana@example' });
    await submit(el);
    const email = input(el, 'email');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    const message = el.shadowRoot!.getElementById(email.getAttribute('aria-describedby')!)!;
    expect(message.textContent).to.equal('Enter an email address like name@example.org.');
    expect(el.shadowRoot!.activeElement).to.equal(email);
    expect(status(el)).to.equal('One field needs your attention.');
    await expect(el).to.be.accessible();
    expect(submits).to.equal(0);
    // Fixed, the same form goes through: only that request reaches the server.
    await fill(el, { email: 'ana@example.org' });
    await submitAndWait(el, 'btw-signup-success');
    expect([submits, await emails(key)]).to.deep.equal([1, ['ana@example.org']]);
  });

  it('sends nothing without the required consent, in Spanish, and clears the error once ticked', async () => {
    const key = newKey();
    const el = await render(html`<btw-signup lang="es" consent action="${origin}/api/signup?key=${key}"></btw-signup>`);
    await fill(el, { email: 'ana@example.org' });
    await submit(el);
    const consent = input(el, 'consent');
    expect(consent.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.getElementById(consent.getAttribute('aria-describedby')!)!.textContent).to.equal(
      'Marca la casilla para aceptar que te enviemos correos.',
    );
    expect(el.shadowRoot!.activeElement).to.equal(consent);
    expect(status(el)).to.equal('Hay un campo por revisar.');
    consent.click();
    await el.updateComplete;
    expect(consent.getAttribute('aria-invalid')).to.equal('false');
    // Ticked, it goes through (with another address, to tell the two tries apart).
    await fill(el, { email: 'ana.2@example.org' });
    await submitAndWait(el, 'btw-signup-success');
    expect(await emails(key)).to.deep.equal(['ana.2@example.org']);
  });

  it('moves focus to the first of several invalid fields and counts them', async () => {
    const el = await render(html`<btw-signup consent action="${origin}/api/signup"></btw-signup>`);
    await submit(el);
    expect(el.shadowRoot!.activeElement).to.equal(input(el, 'email'));
    expect(input(el, 'email').getAttribute('aria-describedby')).to.be.a('string');
    expect(status(el)).to.equal('2 fields need your attention.');
  });

  it('counts down as the reader fixes fields, and says nothing once all are fixed', async () => {
    const el = await render(html`<btw-signup consent action="${origin}/api/signup"></btw-signup>`);
    await submit(el);
    await fill(el, { email: 'ana@example.org' });
    await el.updateComplete;
    expect(input(el, 'email').hasAttribute('aria-invalid')).to.equal(false);
    expect(status(el)).to.equal('One field needs your attention.');
    input(el, 'consent').click();
    await el.updateComplete;
    expect(status(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('checks a marked field again as it is typed, and marks no other field while typing', async () => {
    const el = await render(html`<btw-signup consent action="${origin}/api/signup"></btw-signup>`);
    await fill(el, { email: 'ana@example.org' });
    expect(input(el, 'email').hasAttribute('aria-invalid')).to.equal(false);
    await fill(el, { email: '' });
    expect(input(el, 'email').hasAttribute('aria-invalid')).to.equal(false);
    await submit(el);
    const message = () =>
      el.shadowRoot!.getElementById(input(el, 'email').getAttribute('aria-describedby')!)!.textContent;
    expect(message()).to.equal('Enter your email address.');
    await fill(el, { email: 'ana@' });
    expect(message()).to.equal('Enter an email address like name@example.org.');
    await fill(el, { 'given-name': 'Ana' });
    expect(input(el, 'consent').getAttribute('aria-invalid')).to.equal('true');
    expect(status(el)).to.equal('2 fields need your attention.');
  });

  it('submits with the keyboard (Enter in the email field)', async () => {
    const key = newKey();
    const el = await render(html`<btw-signup action="${origin}/api/signup?key=${key}"></btw-signup>`);
    input(el, 'email').focus();
    await sendKeys({ type: 'ana@example.org' });
    const done = new Promise((resolve) => el.addEventListener('btw-signup-success', resolve, { once: true }));
    await sendKeys({ press: 'Enter' });
    await done;
    expect(JSON.parse((await received(key))[0].body).email).to.equal('ana@example.org');
  });

  it('lets a cancelled btw-signup-submit send nothing', async () => {
    const key = newKey();
    const el = await render(html`<btw-signup action="${origin}/api/signup?key=${key}"></btw-signup>`);
    el.addEventListener('btw-signup-submit', (event) => event.preventDefault(), { once: true });
    await fill(el, { email: 'ana@example.org' });
    await submit(el);
    expect(alertText(el)).to.equal(undefined);
    // Not cancelled, the next try goes through, and is the only one the server got.
    await fill(el, { email: 'ana.2@example.org' });
    await submitAndWait(el, 'btw-signup-success');
    expect(await emails(key)).to.deep.equal(['ana.2@example.org']);
  });
});
