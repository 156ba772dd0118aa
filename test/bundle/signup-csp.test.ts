import { expect } from '@open-wc/testing';
import origin from '../server/origin.js';
import { openPage, recordOf } from './kit.js';

// The built kit on a page with a strict CSP and Trusted Types: Mailchimp's JSONP
// goes through the `btw-signup` policy and the list host allowed in script-src.
describe('btw-signup on a strict CSP + Trusted Types page', () => {
  it('signs up through Mailchimp JSONP', async () => {
    const frame = await openPage('signup-csp.html');
    const doc = frame.contentDocument!;
    const key = `csp-${Date.now()}`;
    const el = doc.createElement('btw-signup');
    el.setAttribute('provider', 'mailchimp');
    el.setAttribute('fields', '');
    el.setAttribute('action', `${origin}/api/signup/mailchimp/subscribe/post?u=abc&id=def&key=${key}`);
    doc.querySelector('main')!.append(el);
    await new Promise((resolve) => setTimeout(resolve, 2100)); // the kit's 2 s spam trap
    const email = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="email"]')!;
    email.value = 'ana@example.org';
    const done = new Promise<Event>((resolve) => {
      el.addEventListener('btw-signup-success', resolve, { once: true });
      el.addEventListener('btw-signup-error', resolve, { once: true });
    });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    expect((await done).type).to.equal('btw-signup-success');
    const log = (await (await fetch(`${origin}/api/log?key=${key}`)).json()) as { query: Record<string, string> }[];
    expect(log.map((entry) => entry.query.EMAIL)).to.deep.equal(['ana@example.org']);
    expect(recordOf(frame).errors).to.deep.equal([]);
    frame.remove();
  });
});
