import { expect, html } from '@open-wc/testing';
import {
  fastSettings,
  fill,
  newKey,
  origin,
  part,
  render,
  restoreSettings,
  submitAndWait,
  until,
} from './test-helpers.js';
import en from '../../locales/en.js';
import es from '../../locales/es.js';
import type { BtwSignup } from './signup.js';

// Double opt-in: when the list asks the reader to confirm by email, the thanks
// says to check the inbox. The local server answers as each provider does:
// Mailchimp's JSONP message for a double opt-in list, and an endpoint of the
// partner's own that answers with the subscriber's `status: "pending"`.

const thanks = (el: BtwSignup) => part(el, '.success')?.textContent?.trim() ?? '';
const mailchimp = (key: string, optin = '') =>
  `${origin}/api/signup/mailchimp/subscribe/post?u=abc123&id=list9&key=${key}${optin && `&optin=${optin}`}`;

async function signUp(el: BtwSignup) {
  await fill(el, { email: 'ana@example.org' });
  const { detail } = await submitAndWait(el, 'btw-signup-success');
  await until(() => el.shadowRoot!.activeElement === part(el, '.success'));
  return detail;
}

describe('btw-signup: lists that ask the reader to confirm', () => {
  beforeEach(fastSettings);
  afterEach(restoreSettings);

  it('Mailchimp, double opt-in: tells the reader to check their inbox, focused and accessible', async () => {
    const el = await render(
      html`<btw-signup provider="mailchimp" action=${mailchimp(newKey(), 'double')}></btw-signup>`,
    );
    const detail = await signUp(el);
    expect(detail.response.body.msg).to.contain('We need to confirm your email address');
    expect(thanks(el)).to.equal(en.signupConfirm);
    await expect(el).to.be.accessible();
  });

  it('Mailchimp, double opt-in, in Spanish', async () => {
    const el = await render(
      html`<btw-signup lang="es" provider="mailchimp" action=${mailchimp(newKey(), 'double')}></btw-signup>`,
    );
    await signUp(el);
    expect(thanks(el)).to.equal(es.signupConfirm);
    await expect(el).to.be.accessible();
  });

  it('Mailchimp, single opt-in: the plain thanks', async () => {
    const el = await render(html`<btw-signup provider="mailchimp" action=${mailchimp(newKey())}></btw-signup>`);
    const detail = await signUp(el);
    expect(detail.response.body).to.deep.equal({ result: 'success', msg: 'Thank you for subscribing!' });
    expect(thanks(el)).to.equal(en.signupSuccess);
  });

  it('an endpoint of your own answering status "pending": check your inbox; without it, the plain thanks', async () => {
    const pending = await render(
      html`<btw-signup action="${origin}/api/signup?key=${newKey()}&amp;optin=double"></btw-signup>`,
    );
    expect((await signUp(pending)).response.body.status).to.equal('pending');
    expect(thanks(pending)).to.equal(en.signupConfirm);

    const plain = await render(html`<btw-signup action="${origin}/api/signup?key=${newKey()}"></btw-signup>`);
    await signUp(plain);
    expect(thanks(plain)).to.equal(en.signupSuccess);
    await expect(plain).to.be.accessible();
  });

  it('Action Network, whose answer has no confirmation step: the plain thanks', async () => {
    const el = await render(
      html`<btw-signup provider="actionnetwork" action="${origin}/api/signup/actionnetwork?key=${newKey()}"></btw-signup>`,
    );
    await signUp(el);
    expect(thanks(el)).to.equal(en.signupSuccess);
  });
});
