// <btw-signup> against a hostile page author, document host or provider: what
// each delivery leaves readable on the page, Mailchimp hosts, hostile JSONP
// replies, redirects and what `pageUrl` tells the provider.
import { expect, html } from '@open-wc/testing';
import {
  alertText,
  fastSettings,
  fill,
  input,
  newKey,
  origin,
  received,
  render,
  restoreSettings,
  status,
  submitAndWait,
  watchFrames,
} from './test-helpers.js';
import { httpSettings } from '../../shared/http.js';
import { pageUrl } from './payload.js';
import { until } from '../../../test/helpers/until.js';

const EMAIL = 'private.reader@example.org';
/** The ways a URL may carry the email. */
const FORMS = [EMAIL, encodeURIComponent(EMAIL), EMAIL.replace('@', '%40')];
const holdsEmail = (text: string) => FORMS.some((form) => text.includes(form));

/** What a script on the page can read afterwards that might hold the email, from `since` (performance.now()) on. */
function readable(consoleCalls: string[], since: number, globalsBefore: string[]) {
  return {
    resources: performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= since)
      .map((entry) => entry.name)
      .filter(holdsEmail),
    console: consoleCalls.filter(holdsEmail),
    globals: Object.keys(window).filter((key) => key.startsWith('btwSignup') && !globalsBefore.includes(key)),
    nodes: [...document.querySelectorAll('script[src], iframe')].map((node) => node.outerHTML).filter(holdsEmail),
  };
}

/** Records every console call while `run` runs, as a page script wrapping console would. */
async function recordConsole(run: () => Promise<void>) {
  const calls: string[] = [];
  const originals = {
    log: console.log,
    info: console.info,
    warn: console.warn,
    error: console.error,
    debug: console.debug,
  };
  for (const kind of Object.keys(originals) as (keyof typeof originals)[]) {
    console[kind] = (...args: unknown[]) => {
      calls.push(args.map(String).join(' '));
      originals[kind](...args);
    };
  }
  try {
    await run();
  } finally {
    Object.assign(console, originals);
  }
  return calls;
}

const mailchimp = (key: string, extra = '') =>
  `${origin}/api/signup/mailchimp/subscribe/post?u=abc&id=list&key=${key}${extra}`;

describe('btw-signup security and privacy', () => {
  beforeEach(fastSettings);
  afterEach(restoreSettings);

  describe('what each delivery leaves readable on the page', () => {
    for (const [name, provider, action] of [
      ['mailchimp, success', 'mailchimp', (key: string) => mailchimp(key)],
      ['mailchimp, three failed tries', 'mailchimp', (key: string) => mailchimp(key, '&fail=500')],
      ['json, success', 'json', (key: string) => `${origin}/api/signup?key=${key}`],
      ['form, three failed tries', 'form', (key: string) => `${origin}/api/signup/form?key=${key}&fail=500`],
    ] as const) {
      it(`${name}: no resource entry, console line, global or element holds the email`, async () => {
        const key = newKey();
        const el = await render(html`<btw-signup provider=${provider} action=${action(key)} fields=""></btw-signup>`);
        await fill(el, { email: EMAIL });
        const since = performance.now();
        const globals = Object.keys(window);
        const calls = await recordConsole(async () => {
          await submitAndWait(el, name.includes('failed') ? 'btw-signup-error' : 'btw-signup-success');
        });
        // The request really carried it (so the check below can fail).
        const sent = await received(key);
        expect(sent.length).to.be.above(0);
        expect(holdsEmail(JSON.stringify(sent))).to.equal(true);
        expect(readable(calls, since, globals)).to.deep.equal({ resources: [], console: [], globals: [], nodes: [] });
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('Mailchimp hosts', () => {
    for (const action of [
      'https://attacker.example/x/post?u=1&id=2',
      'https://attacker.example/subscribe/post?u=1&id=2',
      'https://us1.list-manage.com.attacker.example/subscribe/post?u=1&id=2',
      'https://attacker.example/?https://x.us1.list-manage.com/subscribe/post?u=1&id=2',
      'http://x.us1.list-manage.com/subscribe/post?u=1&id=2',
      'https://x.us1.list-manage.com/other/post?u=1&id=2',
      'https://x.us1.list-manage.com:8443/subscribe/post?u=1&id=2',
    ]) {
      it(`refuses ${action} as a configuration error`, async () => {
        const calls = await recordConsole(async () => {
          const el = await render(html`<btw-signup provider="mailchimp" action=${action}></btw-signup>`);
          expect(el.shadowRoot!.querySelector('form') === null, 'no form').to.equal(true);
          expect(alertText(el)).to.equal('This sign-up form is not set up correctly yet.');
          await expect(el).to.be.accessible();
        });
        expect(calls.join('\n')).to.contain('<btw-signup>').and.contain('list-manage.com');
      });
    }

    it("accepts a list's embed form URL on Mailchimp's host", async () => {
      const el = await render(
        html`<btw-signup provider="mailchimp" action="https://partner.us21.list-manage.com/subscribe/post?u=1a2b&amp;id=3c4d"></btw-signup>`,
      );
      expect(el.shadowRoot!.querySelector('form')).not.to.equal(null);
    });
  });

  describe('hostile JSONP replies', () => {
    it('a reply that calls its callback twice: one success, no error in its frame or the page', async () => {
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      // The reply runs in the try's hidden frame: an error it raises is reported there, not to the page.
      const frames = watchFrames();
      try {
        const el = await render(
          html`<btw-signup provider="mailchimp" action="${mailchimp(newKey(), '&reply=twice')}" fields=""></btw-signup>`,
        );
        await fill(el, { email: 'ana@example.org' });
        let successes = 0;
        el.addEventListener('btw-signup-success', () => successes++);
        await submitAndWait(el, 'btw-signup-success');
        // Both calls run in the reply's one script, before the success event: nothing later can count.
        // The CSP probe's frame (no personal data), then the one try's.
        expect(frames.frames, 'the probe and one try, one frame each').to.have.length(2);
        expect(successes).to.equal(1);
        expect(frames.errors, 'errors in the frame').to.deep.equal([]);
        expect(errors, 'errors on the page').to.deep.equal([]);
      } finally {
        frames.stop();
        window.removeEventListener('error', onError);
      }
    });

    it("a reply that calls every btwSignup function it can reach cannot answer another widget's request", async () => {
      // The first widget waits for a refusal; the second one's reply tries to tell it "success".
      const waiting = await render(
        html`<btw-signup provider="mailchimp" action="${mailchimp(newKey(), '&fail=slow&ms=1200')}" fields=""></btw-signup>`,
      );
      const hostile = await render(
        html`<btw-signup provider="mailchimp" action="${mailchimp(newKey(), '&reply=all')}" fields=""></btw-signup>`,
      );
      await fill(waiting, { email: 'reject@example.org' });
      await fill(hostile, { email: 'ana@example.org' });
      const outcome = submitAndWait(waiting, 'btw-signup-error').then(() => 'error');
      const success = new Promise((resolve) =>
        waiting.addEventListener('btw-signup-success', () => resolve('success'), { once: true }),
      );
      // The hostile reply must find the first widget's callback: its request is out once
      // the callback is on its hidden frame.
      const callbacks = () =>
        [...document.querySelectorAll('iframe')]
          .flatMap((frame) => Object.keys(frame.contentWindow ?? {}))
          .filter((key) => key.startsWith('btwSignup'));
      await until(() => callbacks().length, "the first widget's JSONP request");
      await submitAndWait(hostile, 'btw-signup-success');
      expect(await Promise.race([outcome, success])).to.equal('error');
      expect(input(waiting, 'email').value).to.equal('reject@example.org');
    });
  });

  describe('redirects', () => {
    for (const [provider, code] of [
      ['json', 307],
      ['json', 308],
      ['form', 302],
      ['form', 303],
      ['actionnetwork', 307],
    ] as const) {
      it(`${provider}: a ${code} to another origin is a configuration error, sent once, not followed, values kept`, async () => {
        const key = newKey();
        const elsewhere = `${location.origin}/api/signup${provider === 'json' ? '' : `/${provider}`}?key=${key}-elsewhere`;
        const el = await render(html`<btw-signup provider=${provider}
          action="${origin}/api/redirect?key=${key}&amp;status=${code}&amp;to=${encodeURIComponent(elsewhere)}"></btw-signup>`);
        await fill(el, { email: 'ana@example.org', 'given-name': 'Ana' });
        const calls = await recordConsole(async () => {
          const { detail } = await submitAndWait(el, 'btw-signup-error');
          expect(detail.error.kind).to.equal('server');
        });
        expect(await received(key)).to.have.length(1);
        expect(await received(`${key}-elsewhere`)).to.have.length(0);
        expect(calls.join('\n')).to.contain('<btw-signup>').and.contain('redirect');
        expect(status(el)).not.to.contain('Thank you');
        expect([input(el, 'email').value, input(el, 'given-name').value]).to.deep.equal(['ana@example.org', 'Ana']);
        await expect(el).to.be.accessible();
      });
    }

    it('a redirect to a server that fails CORS is sent once, not retried as a network error', async () => {
      const key = newKey();
      const el = await render(html`<btw-signup
        action="${origin}/api/redirect?key=${key}&amp;status=307&amp;to=${encodeURIComponent('https://attacker.example/collect')}"></btw-signup>`);
      await fill(el, { email: 'ana@example.org' });
      await recordConsole(() => submitAndWait(el, 'btw-signup-error').then(() => undefined));
      expect(await received(key)).to.have.length(1);
    });
  });

  describe('pageUrl', () => {
    const original = location.href;
    afterEach(() => history.replaceState(null, '', original));

    it('holds the origin, the path and the utm_* parameters only', () => {
      expect(
        pageUrl('https://partner.example/post/1?token=abc&utm_source=news&id=7&utm_campaign=wall#sub=ana'),
      ).to.equal('https://partner.example/post/1?utm_source=news&utm_campaign=wall');
      expect(pageUrl('https://partner.example/?token=abc#x')).to.equal('https://partner.example/');
    });

    it("sends no token or fragment of the page's URL to the provider", async () => {
      history.replaceState(
        null,
        '',
        `${location.pathname}?subscriber=ana%40example.org&token=s3cret&utm_medium=email#unsubscribe=1`,
      );
      const key = newKey();
      const el = await render(
        html`<btw-signup provider="form" action="${origin}/api/signup/form?key=${key}" fields=""></btw-signup>`,
      );
      await fill(el, { email: 'ana@example.org' });
      const { detail } = await submitAndWait(el, 'btw-signup-success');
      const expected = `${location.origin}${location.pathname}?utm_medium=email`;
      expect(detail.payload.pageUrl).to.equal(expected);
      const [request] = await received(key);
      expect(new URLSearchParams(request.body).get('page_url')).to.equal(expected);
      // Nor through the Referer header: the request's referrer policy leaves the query out.
      expect(request.headers.referer ?? '', 'Referer').not.to.contain('s3cret');
    });
  });

  describe('cookies', () => {
    // A cookie of the test page's own host: sent with any request to it that allows credentials.
    const COOKIE = 'btw-probe=reader-session';
    beforeEach(() => (document.cookie = `${COOKIE}; path=/; SameSite=Lax`));
    afterEach(() => (document.cookie = `${COOKIE}; path=/; max-age=0`));

    for (const provider of ['json', 'form', 'actionnetwork'] as const) {
      it(`${provider}: a sign-up to the page's own origin carries no cookie (credentials: 'omit')`, async () => {
        const path = { json: '/api/signup', form: '/api/signup/form', actionnetwork: '/api/signup/actionnetwork' }[
          provider
        ];
        // The control: a request to the same place that allows credentials arrives with the cookie.
        const control = newKey();
        await fetch(`${location.origin}${path}?key=${control}`, {
          method: 'POST',
          credentials: 'same-origin',
          body: '{}',
        });
        expect((await received(control))[0].headers.cookie, 'the control request').to.contain(COOKIE);

        const key = newKey();
        const el = await render(
          html`<btw-signup provider=${provider} action="${location.origin}${path}?key=${key}" fields=""></btw-signup>`,
        );
        await fill(el, { email: 'ana@example.org' });
        await submitAndWait(el, 'btw-signup-success');
        const requests = await received(key);
        expect(requests).to.have.length(1);
        expect(requests[0].headers.cookie, 'the sign-up').to.equal(undefined);
      });
    }
  });

  it('keeps the timeout when the page fetch drops the abort signal: "Sending…" ends', async () => {
    const pageFetch = window.fetch;
    window.fetch = (url, init) => pageFetch(url, { ...init, signal: undefined });
    httpSettings.timeoutMs = 200;
    try {
      const el = await render(
        html`<btw-signup action="${origin}/api/signup?key=${newKey()}&amp;fail=slow&amp;ms=2500" fields=""></btw-signup>`,
      );
      await fill(el, { email: 'ana@example.org' });
      const { detail } = await submitAndWait(el, 'btw-signup-error');
      expect(detail.error.kind).to.equal('network');
      expect(status(el)).not.to.equal('Sending…');
    } finally {
      window.fetch = pageFetch;
    }
  });
});
