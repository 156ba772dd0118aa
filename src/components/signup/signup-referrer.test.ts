// What a sign-up request tells the endpoint about the page in `Referer`: the
// origin at most, never the address with the reader's token in it.
import { expect, html } from '@open-wc/testing';
import {
  fastSettings,
  fill,
  newKey,
  origin,
  received,
  render,
  restoreSettings,
  submitAndWait,
} from './test-helpers.js';

const SECRET = 'SECRET-subscriber-token';

describe('btw-signup Referer', () => {
  const address = location.href;
  before(() => {
    // A page that asks for full referrers everywhere (some blog themes do):
    // only the kit's own policy can keep the token out.
    const meta = document.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'unsafe-url';
    document.head.append(meta);
  });
  beforeEach(() => {
    fastSettings();
    history.replaceState(null, '', `${location.pathname}?token=${SECRET}&utm_source=news#access_token=XYZ`);
  });
  afterEach(() => {
    restoreSettings();
    history.replaceState(null, '', address);
  });

  for (const [provider, path, where] of [
    ['json', '/api/signup', 'on the page origin'],
    ['form', '/api/signup/form', 'on the page origin'],
    ['actionnetwork', '/api/signup/actionnetwork', 'on the page origin'],
    ['json', '/api/signup', 'on another origin'],
    ['mailchimp', '/api/signup/mailchimp/subscribe/post', 'on another origin'],
  ] as const) {
    it(`${provider} ${where}: sends the origin at most`, async () => {
      const key = newKey();
      const host = where === 'on the page origin' ? location.origin : origin;
      const query = provider === 'mailchimp' ? `?u=abc&id=list&key=${key}` : `?key=${key}`;
      const el = await render(
        html`<btw-signup provider=${provider} action=${`${host}${path}${query}`} fields=""></btw-signup>`,
      );
      await fill(el, { email: 'ana@example.org' });
      await submitAndWait(el, 'btw-signup-success');
      const requests = (await received(key)).filter((request) => request.method !== 'OPTIONS');
      expect(requests.length).to.be.above(0);
      for (const { headers } of requests) {
        expect([undefined, `${location.origin}/`]).to.include(headers.referer);
      }
    });
  }
});
