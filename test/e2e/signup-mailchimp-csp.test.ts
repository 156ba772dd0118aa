import { expect } from '@open-wc/testing';
import origin from '../server/origin.js';
import { openPage, recordOf } from '../bundle/kit.js';
import { addSignup, log, pastSpamTrap, submit } from '../bundle/signup-helpers.js';

// Mailchimp's JSONP on the partner guide's strict page (script-src with the list
// host, Trusted Types with btw-signup's policy only). The built kit talks to
// list-manage.com only, so this page runs the test build, which may also talk to
// the local stand-in (test/bundle/signup-csp.test.ts checks the built kit cannot).
/** A test page with the kit defined. */
async function kitPage(name: string) {
  const frame = await openPage(name);
  for (let waited = 0; !frame.contentWindow!.customElements.get('btw-signup'); waited += 50) {
    if (waited > 10_000) throw new Error('the kit was not defined');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return frame;
}

describe('btw-signup: Mailchimp JSONP on a strict CSP + Trusted Types page', () => {
  let frame: HTMLIFrameElement;
  before(async () => {
    frame = await kitPage('signup-csp-source.html');
  });
  after(() => frame.remove());

  it('signs up through the btw-signup policy, and leaves no trace of the email on the page', async () => {
    const key = `csp-${Date.now()}`;
    const el = await addSignup(frame, {
      provider: 'mailchimp',
      fields: '',
      action: `${origin}/api/signup/mailchimp/subscribe/post?u=abc&id=def&key=${key}`,
    });
    await pastSpamTrap();
    const outcome = await submit(el, 'ana.private@example.org');
    expect(outcome.type).to.equal('btw-signup-success');
    // The probe (the list's address without any field), then the sign-up.
    expect((await log(origin, key)).map((entry) => entry.query.EMAIL)).to.deep.equal([
      undefined,
      'ana.private@example.org',
    ]);
    const win = frame.contentWindow!;
    const entries = win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(entries.filter((name) => name.includes('ana.private'))).to.deep.equal([]);
    expect(Object.keys(win).filter((name) => name.startsWith('btwSignup'))).to.deep.equal([]);
    expect(frame.contentDocument!.querySelectorAll('iframe')).to.have.length(0);
    expect(recordOf(frame).errors).to.deep.equal([]);
    expect(recordOf(frame).violations).to.deep.equal([]);
  });

  it("keeps the page's script-src: a list host the page does not allow is blocked, and nothing is sent", async () => {
    const key = `csp-host-${Date.now()}`;
    // The page allows http://127.0.0.1:* only; the same server under another name is not allowed.
    const other = origin.replace('127.0.0.1', 'localhost');
    const el = await addSignup(frame, {
      provider: 'mailchimp',
      fields: '',
      action: `${other}/api/signup/mailchimp/subscribe/post?u=abc&id=def&key=${key}`,
    });
    await pastSpamTrap();
    const outcome = await submit(el, 'ana@example.org');
    expect([outcome.type, outcome.detail.error.kind]).to.deep.equal(['btw-signup-error', 'blocked']);
    expect(await log(origin, key)).to.deep.equal([]);
  });
});

describe("btw-signup: Mailchimp JSONP on a page with a nonce and 'strict-dynamic'", () => {
  it('signs up with no host listed in script-src', async () => {
    const frame = await kitPage('signup-strict-dynamic-source.html');
    const key = `csp-dynamic-${Date.now()}`;
    const el = await addSignup(frame, {
      provider: 'mailchimp',
      fields: '',
      action: `${origin}/api/signup/mailchimp/subscribe/post?u=abc&id=def&key=${key}`,
    });
    await pastSpamTrap();
    const outcome = await submit(el, 'ana@example.org');
    expect(outcome.type).to.equal('btw-signup-success');
    expect((await log(origin, key)).map((entry) => entry.query.EMAIL)).to.deep.equal([undefined, 'ana@example.org']);
    // The test server's own helper script, which it adds to every page without our nonce, is refused; nothing else.
    const ours = (lines: string[]) => lines.filter((line) => !line.includes('__web-dev-server'));
    expect(ours(recordOf(frame).errors)).to.deep.equal([]);
    expect(ours(recordOf(frame).violations)).to.deep.equal([]);
    frame.remove();
  });
});
