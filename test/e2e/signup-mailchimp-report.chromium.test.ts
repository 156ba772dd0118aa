import { expect } from '@open-wc/testing';
import origin from '../server/origin.js';
import { openPage } from '../bundle/kit.js';
import { addSignup, alertOf, log, pastSpamTrap, submit } from '../bundle/signup-helpers.js';
import { until } from '../helpers/until.js';

// A page whose policy does not allow the Mailchimp list, enforced or only
// reported (a common roll-out): the policy's report would carry the script URL,
// so the kit must find out before it puts the reader's details in one.
const EMAIL = 'ana.private@example.org';
const holdsEmail = (text: string) =>
  [EMAIL, encodeURIComponent(EMAIL), EMAIL.replace('@', '%40')].some((form) => text.includes(form));

async function kitPage(name: string) {
  const frame = await openPage(name);
  await until(() => frame.contentWindow!.customElements.get('btw-signup'), 'the kit defined');
  return frame;
}

/** The page's console.warn calls from now on. */
function warnings(frame: HTMLIFrameElement) {
  const calls: string[] = [];
  const console = (frame.contentWindow as Window & typeof globalThis).console;
  const original = console.warn;
  console.warn = (...args: unknown[]) => (calls.push(args.map(String).join(' ')), original.apply(console, args));
  return calls;
}

type Entry = { path: string; query: Record<string, string>; body?: string };

for (const [mode, page, reports] of [
  ['enforced', 'mailchimp-csp-enforced.html', 'csp-enforced'],
  ['report-only', 'mailchimp-csp-report-only.html', 'csp-report-only'],
] as const) {
  describe(`btw-signup: Mailchimp on a page whose ${mode} policy does not allow the list`, () => {
    it('sends nothing personal, shows "blocked" and says which directive to add', async () => {
      const frame = await kitPage(page);
      const key = `csp-${mode}-${Date.now()}`;
      const el = await addSignup(frame, {
        provider: 'mailchimp',
        fields: 'givenName',
        action: `${origin}/api/signup/mailchimp/subscribe/post?u=abc&id=def&key=${key}`,
      });
      const warned = warnings(frame);
      await pastSpamTrap();
      const outcome = await submit(el, EMAIL);
      expect([outcome.type, outcome.detail.error?.kind]).to.deep.equal(['btw-signup-error', 'blocked']);
      expect(alertOf(el as never)).to.equal(
        'Your browser or an extension blocked the sign-up. Allow it on this site, or try another browser.',
      );
      expect(
        warned.some((line) => line.includes('<btw-signup>') && line.includes('script-src') && line.includes(origin)),
      ).to.equal(true);
      // The Mailchimp stand-in: no request with the email (report-only lets the probe through, enforced does not).
      const sent = (await log(origin, key)) as Entry[];
      expect(sent.filter((entry) => 'EMAIL' in entry.query)).to.deep.equal([]);
      // The report of the probe arrives; no report carries the email.
      const received = async () => ((await log(location.origin, reports)) as Entry[]).map((entry) => entry.body ?? '');
      await until(async () => (await received()).some((body) => body.includes(key)), 'the report of the probe');
      expect((await received()).filter(holdsEmail)).to.deep.equal([]);
      expect(frame.contentDocument!.querySelectorAll('iframe')).to.have.length(0);
      frame.remove();
    });
  });
}
