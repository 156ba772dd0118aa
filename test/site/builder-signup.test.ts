// The builder for <btw-signup>: each provider from form to preview to snippet,
// the Mailchimp paste with the element's rule, and a preview sign-up that sends nothing.
import { expect } from '@open-wc/testing';
import origin from '../server/origin.js';
import {
  fill,
  linkState,
  openBuilder,
  previewElement,
  snippetElement,
  tick,
  until,
  type Builder,
} from './builder-page.js';

let b: Builder;
afterEach(() => b?.frame.remove());

const EMBED = `<!-- Begin Mailchimp Signup Form -->
<div id="mc_embed_signup"><form action="https://beyondthewall.us21.list-manage.com/subscribe/post?u=5f3a9c&amp;id=8e21d7&amp;f_id=00c1" method="post" id="mc-embedded-subscribe-form" name="mc-embedded-subscribe-form" class="validate" target="_self" novalidate="">
<input type="email" name="EMAIL" class="required email" id="mce-EMAIL" required="" value=""></form></div>`;

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const configError = (el: Element) => el.shadowRoot!.querySelector('[part~="error"][role="alert"]');
const text = (b: Builder, selector: string) => b.doc.querySelector(selector)?.textContent?.trim() ?? '';

async function signupBuilder(search = '') {
  b = await openBuilder(`?element=btw-signup${search}`);
  return b;
}

describe('builder: <btw-signup>', function () {
  // A builder page loads the kit's source and its manifests: slow on a loaded machine.
  this.timeout(30_000);
  it('json: the action typed shows a working form in the preview, and only non-default attributes in the snippet', async () => {
    await signupBuilder();
    // No action yet: the preview shows the form (it sends nothing) and the hints ask for the action.
    expect(configError(previewElement(b)!), 'no setup alert before anyone typed').to.equal(null);
    expect(text(b, '.hints')).to.contain('Fill in action');
    fill(b, '#f-action', 'https://partner.example/api/signup');
    tick(b, '#f-consent');
    tick(b, '#f-fields-country');
    fill(b, '#f-source', 'partner-x');
    await until(
      () =>
        !configError(previewElement(b)!) &&
        previewElement(b)!.shadowRoot!.querySelector('input[autocomplete="country-name"]'),
      'the form with a country field in the preview',
    );
    const preview = previewElement(b)!;
    await preview.updateComplete;
    expect(configError(preview)).to.equal(null);
    expect(preview.shadowRoot!.querySelector('input[autocomplete="country-name"]')).to.exist;
    const el = snippetElement(b);
    expect([...el.attributes].map((a) => `${a.name}=${a.value}`)).to.deep.equal([
      'class=btw-reserve',
      'action=https://partner.example/api/signup',
      'fields=given-name country',
      'consent=',
      'source=partner-x',
    ]);
    expect(text(b, '#provider-help')).to.contain('JSON');
    // No page of its own to link to yet.
    expect(text(b, '.hints')).to.contain('sign-up page');
    fill(b, '#f-page', 'https://partner.example/join');
    await until(
      () => snippetElement(b).querySelector('a')?.getAttribute('href') === 'https://partner.example/join',
      'the link to the sign-up page in the snippet',
    );
    const link = snippetElement(b).querySelector('a')!;
    expect([link.getAttribute('href'), link.textContent]).to.deep.equal([
      'https://partner.example/join',
      'Sign up on our list’s page',
    ]);
    await expect(b.doc.documentElement).to.be.accessible();
  });

  it('offers email only: no optional field ticked is fields=""', async () => {
    await signupBuilder('&action=https%3A%2F%2Fpartner.example%2Fs');
    tick(b, '#f-fields-given-name', false);
    const names = () =>
      [...previewElement(b)!.shadowRoot!.querySelectorAll<HTMLInputElement>('input:not([type="checkbox"])')].map(
        (i) => i.name,
      );
    await until(() => names().join(' ') === 'email website', 'the preview without the first name');
    expect(snippetElement(b).getAttribute('fields')).to.equal('');
    const preview = previewElement(b)!;
    await preview.updateComplete;
    expect(
      [...preview.shadowRoot!.querySelectorAll('input:not([type="checkbox"])')].map(
        (i) => (i as HTMLInputElement).name,
      ),
    ).to.deep.equal(['email', 'website']);
    expect(linkState(b).get('fields')).to.equal('');
  });

  it('form: the fallback is a plain form posting the same field names', async () => {
    await signupBuilder('&lang=es');
    fill(b, '#f-provider', 'form');
    fill(b, '#f-action', 'https://partner.example/signup');
    tick(b, '#f-consent');
    fill(b, '#f-tags', 'btw,es');
    await until(() => snippetElement(b).querySelector('form'), 'the plain form in the snippet');
    expect(b.doc.querySelector('#f-page'), 'a form needs no sign-up page').to.equal(null);
    const el = snippetElement(b);
    expect(el.getAttribute('provider')).to.equal('form');
    const form = el.querySelector('form')!;
    expect([form.getAttribute('action'), form.getAttribute('method')]).to.deep.equal([
      'https://partner.example/signup',
      'post',
    ]);
    const names = [...form.querySelectorAll('input')].map((input) => input.name);
    expect(names).to.deep.equal(['email', 'given_name', 'consent', 'tags', 'locale']);
    expect(form.querySelector<HTMLInputElement>('input[name="email"]')!.required).to.equal(true);
    expect(form.querySelector('label')!.textContent).to.contain('Correo electrónico');
    expect(form.querySelector('button')!.textContent).to.equal('Suscribirme');
    await expect(b.doc.documentElement).to.be.accessible();
  });

  it('mailchimp: the pasted embed code gives the action, checked by the element’s rule, and a link to the list’s page', async () => {
    await signupBuilder();
    fill(b, '#f-provider', 'mailchimp');
    await until(() => text(b, '#provider-help').includes('Embedded forms'), 'the Mailchimp help');
    expect(text(b, '#provider-help')).to.contain('Embedded forms');
    // The partner chooses knowingly: what goes where, and the provider that keeps addresses out of URLs.
    expect(text(b, '#f-mailchimp-privacy'))
      .to.contain('in the address of the request')
      .and.to.contain('json or form provider');
    fill(b, '#f-mailchimp', EMBED);
    await until(
      () => text(b, '#f-mailchimp-status').startsWith('Found your list’s address'),
      'the list’s address found',
    );
    const action = 'https://beyondthewall.us21.list-manage.com/subscribe/post?u=5f3a9c&id=8e21d7&f_id=00c1';
    expect(text(b, '#f-mailchimp-status')).to.equal(`Found your list’s address: ${action}`);
    expect(b.doc.querySelector('#f-mailchimp')!.getAttribute('aria-invalid')).to.equal('false');
    const el = snippetElement(b);
    expect([el.getAttribute('provider'), el.getAttribute('action')]).to.deep.equal(['mailchimp', action]);
    expect(el.querySelector('a')!.getAttribute('href')).to.equal(
      'https://beyondthewall.us21.list-manage.com/subscribe?u=5f3a9c&id=8e21d7',
    );
    const preview = previewElement(b)!;
    await preview.updateComplete;
    expect(configError(preview)).to.equal(null);
    await expect(b.doc.documentElement).to.be.accessible();
  });

  it('mailchimp: another host is refused with a clear error, and the snippet gets no action', async () => {
    await signupBuilder('&lang=es');
    fill(b, '#f-provider', 'mailchimp');
    fill(b, '#f-mailchimp', '<form action="https://mailchimp.evil.example/subscribe/post?u=a&amp;id=b">');
    await until(
      () => b.doc.querySelector('#f-mailchimp')!.getAttribute('aria-invalid') === 'true',
      'the other host refused',
    );
    const field = b.doc.querySelector('#f-mailchimp')!;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')).to.contain('f-mailchimp-status');
    expect(text(b, '#f-mailchimp-status')).to.contain('.list-manage.com');
    expect(snippetElement(b).hasAttribute('action')).to.equal(false);
    expect(text(b, '.hints')).to.contain('Completa el atributo action');
    fill(b, '#f-mailchimp', 'https://x.us1.list-manage.com/subscribe/post?u=a');
    await until(
      () => text(b, '#f-mailchimp-status').includes('/subscribe/post?u=…&id=…'),
      'the hint about the list’s address',
    );
    expect(text(b, '#f-mailchimp-status')).to.contain('/subscribe/post?u=…&id=…');
    await expect(b.doc.documentElement).to.be.accessible();
  });

  it('actionnetwork: explains which URL to use and flags another one', async () => {
    await signupBuilder();
    fill(b, '#f-provider', 'actionnetwork');
    await until(() => text(b, '#provider-help').includes('record-submission URL'), 'the Action Network help');
    expect(text(b, '#provider-help')).to.contain('record-submission URL').and.contain('API key');
    fill(b, '#f-action', 'https://actionnetwork.org/forms/sign-up-for-updates');
    await until(() => b.doc.querySelector('#f-action-check'), 'the warning about the form’s URL');
    expect(text(b, '#f-action-check')).to.contain('/api/v2/forms/');
    const action = 'https://actionnetwork.org/api/v2/forms/3f2a1b9c-0000-4000-8000-1234567890ab/submissions';
    fill(b, '#f-action', action);
    await until(() => !b.doc.querySelector('#f-action-check'), 'the warning to go');
    expect(b.doc.querySelector('#f-action-check')).to.equal(null);
    const el = snippetElement(b);
    expect([el.getAttribute('provider'), el.getAttribute('action')]).to.deep.equal(['actionnetwork', action]);
    await expect(b.doc.documentElement).to.be.accessible();
  });

  it('sends nothing from the preview, and says so', async () => {
    const key = `builder-${Math.random().toString(36).slice(2)}`;
    await signupBuilder(`&action=${encodeURIComponent(`${origin}/api/signup?key=${key}`)}`);
    // The spam trap's 2 s would turn a quick test submit into a silent success: shorten it in this page.
    const script = b.doc.createElement('script');
    script.type = 'module';
    script.textContent =
      "import { signupSettings } from '/src/components/signup/signup.ts'; signupSettings.minSubmitMs = 0; window.__trap = 0;";
    b.doc.head.append(script);
    await until(() => (b.win as unknown as { __trap?: number }).__trap === 0, 'the spam trap setting');
    const preview = previewElement(b)!;
    const submits: Event[] = [];
    preview.addEventListener('btw-signup-submit', (event) => submits.push(event));
    const email = preview.shadowRoot!.querySelector<HTMLInputElement>('input[type="email"]')!;
    email.value = 'ana@example.org';
    preview.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
    await until(() => text(b, '#preview-status'), 'the notice');
    // The preview cancels the submit event, which the element's contract says sends nothing.
    expect(submits.map((event) => event.defaultPrevented)).to.deep.equal([true]);
    expect(text(b, '#preview-status')).to.equal(
      'Preview only: nothing was sent. On your page, this sign-up goes to your list.',
    );
    // A control request from the builder's page, after the click, to the same log: once it has
    // arrived, a request the click had started would have too.
    const control = await b.win.fetch(`${origin}/api/signup?key=${key}`, { method: 'POST', body: '{"control":true}' });
    expect(control.status).to.be.below(500);
    const log = (await (await fetch(`${origin}/api/log?key=${key}`)).json()) as { body: string }[];
    expect(log.map((entry) => entry.body)).to.deep.equal(['{"control":true}']);
    expect(shadowText(preview)).not.to.contain('Thank you');
  });
});
