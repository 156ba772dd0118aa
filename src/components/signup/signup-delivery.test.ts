import { expect, html } from '@open-wc/testing';
import { httpSettings } from '../../shared/http.js';
import { signupSettings } from './signup.js';
import {
  alertText,
  button,
  fastSettings,
  fill,
  input,
  newKey,
  origin,
  received,
  render,
  restoreSettings,
  status,
  submit,
  submitAndWait,
  until,
  watchFrames,
} from './test-helpers.js';

const ids = async (key: string) => (await received(key)).map((r) => JSON.parse(r.body).submissionId as string);
const emails = async (key: string) => (await received(key)).map((r) => JSON.parse(r.body).email as string);
/** Lets the server answer the requests it holds for `key` (sent with `&hold`). */
const release = (key: string) => fetch(`${origin}/api/signup/release?held=${key}`);
/** Waits until the server logged `count` requests for `key`. */
const arrived = (key: string, count: number) =>
  until(async () => (await received(key)).length >= count, `${count} requests for ${key}`);
/** A reader's ordinary sign-up under `key`: proves that requests from this page reach the log. */
async function realSignup(key: string) {
  const el = await render(html`<btw-signup action="${origin}/api/signup?key=${key}"></btw-signup>`);
  await fill(el, { email: 'real@example.org' });
  await submitAndWait(el, 'btw-signup-success');
}

describe('btw-signup delivery', () => {
  beforeEach(fastSettings);
  afterEach(restoreSettings);

  it('retries a 500 once and succeeds: 2 requests, one submissionId, success announced and focused', async () => {
    const key = newKey();
    const el = await render(html`<btw-signup action="${origin}/api/signup?key=${key}&amp;fail=500-once"></btw-signup>`);
    await fill(el, { email: 'ana@example.org', 'given-name': 'Ana' });
    await submitAndWait(el, 'btw-signup-success');
    const sent = await ids(key);
    expect(sent).to.have.length(2);
    expect(sent[0]).to.equal(sent[1]);
    // Said once: by the focused thanks, not again by the live region.
    expect(status(el)).to.equal('');
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Thank you for signing up!');
    await expect(el).to.be.accessible();
  });

  it('waits for Retry-After on a 429 and then succeeds with the same submissionId', async () => {
    const key = newKey();
    const el = await render(
      html`<btw-signup action="${origin}/api/signup?key=${key}&amp;fail=429-once&amp;retry-after=1"></btw-signup>`,
    );
    await fill(el, { email: 'ana@example.org' });
    const started = Date.now();
    await submitAndWait(el, 'btw-signup-success');
    const sent = await ids(key);
    expect(sent).to.have.length(2);
    expect(sent[0]).to.equal(sent[1]);
    expect(Date.now() - started, 'waited for Retry-After').to.be.at.least(1000);
  });

  it('does not wait for a Retry-After over 10 s: one request, rate-limited text, retryable', async () => {
    const key = newKey();
    const el = await render(
      html`<btw-signup action="${origin}/api/signup?key=${key}&amp;fail=429&amp;retry-after=60"></btw-signup>`,
    );
    await fill(el, { email: 'ana@example.org' });
    const { detail } = await submitAndWait(el, 'btw-signup-error');
    expect(await received(key)).to.have.length(1);
    expect(alertText(el)).to.equal('Too many sign-ups at once. Wait a minute, then try again.');
    expect([detail.error.kind, detail.retryable]).to.deep.equal(['rate-limited', true]);
  });

  it('does not retry a 400, keeps every value and says so in English, with none of the raw reply', async () => {
    const key = newKey();
    const el = await render(
      html`<btw-signup consent action="${origin}/api/signup?key=${key}&amp;fail=400" fields="given-name country"></btw-signup>`,
    );
    await fill(el, { email: 'ana@example.org', 'given-name': 'Ana', country: 'Honduras' }, true);
    const { detail } = await submitAndWait(el, 'btw-signup-error');
    expect(await received(key)).to.have.length(1);
    expect(alertText(el)).to.equal('The sign-up service did not accept these details. Check them and try again.');
    expect(el.shadowRoot!.textContent).not.to.contain('raw provider text');
    expect([
      input(el, 'email').value,
      input(el, 'given-name').value,
      input(el, 'country').value,
      input(el, 'consent').checked,
    ]).to.deep.equal(['ana@example.org', 'Ana', 'Honduras', true]);
    expect(detail.error.status).to.equal(400);
    expect(detail.retryable).to.equal(false);
    expect(button(el).hasAttribute('aria-disabled')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  for (const refusal of [401, 403, 404, 422]) {
    it(`does not retry a ${refusal} either: one request, the same message, every value kept`, async () => {
      const key = newKey();
      const el = await render(
        html`<btw-signup action="${origin}/api/signup/refuse?status=${refusal}&amp;key=${key}"></btw-signup>`,
      );
      await fill(el, { email: 'ana@example.org', 'given-name': 'Ana' });
      const { detail } = await submitAndWait(el, 'btw-signup-error');
      expect(await received(key)).to.have.length(1);
      expect(alertText(el)).to.equal('The sign-up service did not accept these details. Check them and try again.');
      expect([input(el, 'email').value, input(el, 'given-name').value]).to.deep.equal(['ana@example.org', 'Ana']);
      expect([detail.error.status, detail.retryable]).to.deep.equal([refusal, false]);
      await expect(el).to.be.accessible();
    });
  }

  it('says the same in Spanish, and follows a language change', async () => {
    const el = await render(
      html`<btw-signup lang="es" action="${origin}/api/signup?key=${newKey()}&amp;fail=400"></btw-signup>`,
    );
    await fill(el, { email: 'ana@example.org' });
    const { detail } = await submitAndWait(el, 'btw-signup-error');
    const es = 'El servicio de suscripción no aceptó estos datos. Revísalos e inténtalo de nuevo.';
    expect(alertText(el)).to.equal(es);
    expect(detail.error.message).to.equal(es);
    el.lang = 'en';
    await until(() => alertText(el) !== es);
    expect(alertText(el)).to.equal('The sign-up service did not accept these details. Check them and try again.');
  });

  it('keeps the submissionId for a manual resend after failures, and makes a new one when a value changes', async () => {
    const key = newKey();
    const el = await render(html`<btw-signup action="${origin}/api/signup?key=${key}&amp;fail=500"></btw-signup>`);
    await fill(el, { email: 'ana@example.org' });
    const { detail } = await submitAndWait(el, 'btw-signup-error');
    expect([detail.error.kind, detail.retryable]).to.deep.equal(['server', true]);
    expect(alertText(el)).to.equal(
      'The sign-up service is having trouble. Your details are still here: try again in a few minutes.',
    );
    await submitAndWait(el, 'btw-signup-error');
    await fill(el, { email: 'ana.l@example.org' });
    await submitAndWait(el, 'btw-signup-error');
    const sent = await ids(key);
    expect(sent).to.have.length(9);
    expect(new Set(sent.slice(0, 6)).size, 'one id for 3 + 3 tries').to.equal(1);
    expect(new Set(sent.slice(6)).size).to.equal(1);
    expect(sent[6]).not.to.equal(sent[0]);
  });

  it('treats a dropped connection as a network error after 3 fetches with one submissionId', async () => {
    const key = newKey();
    const el = await render(html`<btw-signup action="${origin}/api/signup?key=${key}&amp;fail=drop"></btw-signup>`);
    await fill(el, { email: 'ana@example.org' });
    const { detail } = await submitAndWait(el, 'btw-signup-error');
    // The page fetched 3 times (its resource entries; Firefox lists none for some failed
    // fetches, so at most 3). Chromium's network stack itself resends a request whose
    // connection was dropped, a number of times the page does not control, so the
    // server sees at least 3 arrivals, all with one id.
    const fetched = performance.getEntriesByType('resource').filter((entry) => entry.name.includes(key));
    expect(fetched.length).to.be.at.most(3);
    expect((await ids(key)).length).to.be.at.least(3);
    expect(new Set(await ids(key)).size).to.equal(1);
    expect([detail.error.kind, detail.retryable]).to.deep.equal(['network', true]);
    expect(alertText(el)).to.equal(
      'We could not reach the sign-up service. Your details are still here: check your connection and try again.',
    );
    expect(input(el, 'email').value).to.equal('ana@example.org');
  });

  it('times out a slow server (test-only short timeout) and tries 3 times', async function () {
    this.timeout(30_000);
    // Each try must reach the server before it times out, or the server cannot count it: on a
    // busy machine a 200 ms limit sometimes ended a try before it was sent. 1.5 s leaves room.
    httpSettings.timeoutMs = 1_500;
    const key = newKey();
    // The server holds every try until released: none can answer within the timeout.
    const el = await render(html`<btw-signup action="${origin}/api/signup?key=${key}&amp;hold"></btw-signup>`);
    await fill(el, { email: 'ana@example.org' });
    const { detail } = await submitAndWait(el, 'btw-signup-error');
    await release(key);
    expect(await received(key)).to.have.length(3);
    expect(detail.error.kind).to.equal('network');
  });

  it('times out a Mailchimp JSONP answer as a network error, after 3 tries', async () => {
    // The test's own timeout, which the server never meets (it holds every try): each try ends by it.
    httpSettings.timeoutMs = 200;
    const key = newKey();
    const frames = watchFrames();
    try {
      const el = await render(html`<btw-signup provider="mailchimp"
        action="${origin}/api/signup/mailchimp/subscribe/post?u=a&amp;id=b&amp;key=${key}&amp;hold"></btw-signup>`);
      await fill(el, { email: 'ana@example.org' });
      const { detail } = await submitAndWait(el, 'btw-signup-error');
      // Counted where the tries are made (one frame each): a loaded machine may end a try before it reaches the server.
      // The first frame is the CSP probe (no personal data), made once per list before the first try.
      expect(frames.frames).to.have.length(1 + 3);
      expect([detail.error.kind, detail.retryable]).to.deep.equal(['network', true]);
    } finally {
      frames.stop();
      await release(key);
    }
  });

  it('removes every trace of a timed-out JSONP try: the late answer finds nothing and raises no error', async () => {
    httpSettings.timeoutMs = 200;
    const key = newKey();
    const frames = watchFrames();
    try {
      const el = await render(html`<btw-signup provider="mailchimp" fields=""
        action="${origin}/api/signup/mailchimp/subscribe/post?u=a&amp;id=b&amp;key=${key}&amp;hold"></btw-signup>`);
      await fill(el, { email: 'ana@example.org' });
      await submitAndWait(el, 'btw-signup-error');
      // The CSP probe's frame, then one per try.
      expect(frames.frames).to.have.length(1 + 3);
      // Each try's callback lives on its frame's window: the frame is gone, and its window with it.
      expect(frames.frames.map((frame) => [frame.isConnected, frame.contentWindow])).to.deep.equal([
        [false, null],
        [false, null],
        [false, null],
        [false, null],
      ]);
      expect(document.querySelectorAll('iframe, script[src*="post-json"]')).to.have.length(0);
      // The server now answers the tries it holds: nothing is left to call, and nothing raises an error.
      await release(key);
      expect(frames.errors).to.deep.equal([]);
    } finally {
      frames.stop();
    }
  });

  it('is busy while sending (aria-disabled, still focusable, says so) and ignores a second submit', async () => {
    const key = newKey();
    // Held by the server until released below: the busy state lasts as long as the checks need.
    const el = await render(html`<btw-signup action="${origin}/api/signup?key=${key}&amp;hold"></btw-signup>`);
    await fill(el, { email: 'ana@example.org' });
    let submits = 0;
    el.addEventListener('btw-signup-submit', () => submits++);
    const done = new Promise((resolve) => el.addEventListener('btw-signup-success', resolve, { once: true }));
    button(el).click();
    button(el).click();
    await el.updateComplete;
    expect(button(el).getAttribute('aria-disabled')).to.equal('true');
    expect(button(el).disabled).to.equal(false);
    expect(button(el).textContent!.trim(), 'named by its label; the status says Sending…').to.equal('Sign up');
    expect(status(el)).to.equal('Sending…');
    await expect(el).to.be.accessible();
    await submit(el);
    await arrived(key, 1);
    await release(key);
    await done;
    expect(submits).to.equal(1);
    expect(await received(key)).to.have.length(1);
  });

  it('fires submit then success with the payload, and error with payload and retryable', async () => {
    const el = await render(html`<btw-signup action="${origin}/api/signup?key=${newKey()}"></btw-signup>`);
    await fill(el, { email: 'ana@example.org' });
    const events: string[] = [];
    for (const name of ['btw-signup-submit', 'btw-signup-success', 'btw-signup-error'] as const) {
      document.addEventListener(
        name,
        (event) => events.push(`${event.type}:${event.bubbles}:${event.composed}:${event.cancelable}`),
        { once: true },
      );
    }
    await submitAndWait(el, 'btw-signup-success');
    expect(events).to.deep.equal(['btw-signup-submit:true:true:true', 'btw-signup-success:true:true:false']);
  });
});

describe('btw-signup spam traps and privacy', () => {
  beforeEach(fastSettings);
  afterEach(restoreSettings);

  it('shows success for a filled honeypot, sends nothing and fires no event', async () => {
    const key = newKey();
    const el = await render(html`<btw-signup action="${origin}/api/signup?key=${key}"></btw-signup>`);
    const events: string[] = [];
    for (const name of ['btw-signup-submit', 'btw-signup-success', 'btw-signup-error'])
      el.addEventListener(name, () => events.push(name));
    await fill(el, { email: 'bot@example.org', website: 'https://spam.example' });
    await submit(el);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Thank you for signing up!');
    // A real sign-up after it reaches the server: the bot's, sent earlier, would be there too.
    await realSignup(key);
    expect(await emails(key)).to.deep.equal(['real@example.org']);
    expect(events).to.deep.equal([]);
  });

  it('shows success for a submit within the minimum time, and sends nothing', async () => {
    signupSettings.minSubmitMs = 60_000;
    const key = newKey();
    const el = await render(html`<btw-signup action="${origin}/api/signup?key=${key}"></btw-signup>`);
    await fill(el, { email: 'fast@example.org' });
    await submit(el);
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Thank you for signing up!');
    signupSettings.minSubmitMs = 0;
    await realSignup(key);
    expect(await emails(key)).to.deep.equal(['real@example.org']);
  });

  it('hides the honeypot from assistive technology and the tab order', async () => {
    const el = await render(html`<btw-signup action="${origin}/api/signup"></btw-signup>`);
    const trap = input(el, 'website');
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.closest('[aria-hidden="true"]')).not.to.equal(null);
  });

  it('writes no personal data to localStorage, sessionStorage, cookies, the URL or the console', async () => {
    const logged: unknown[] = [];
    const originals = {
      log: console.log,
      info: console.info,
      warn: console.warn,
      error: console.error,
      debug: console.debug,
    };
    for (const name of Object.keys(originals) as (keyof typeof originals)[])
      console[name] = (...args: unknown[]) => logged.push(...args);
    const before = location.href;
    try {
      const el = await render(
        html`<btw-signup action="${origin}/api/signup?key=${newKey()}&amp;fail=500-once"></btw-signup>`,
      );
      await fill(el, { email: 'private.person@example.org', 'given-name': 'Secreta' });
      await submitAndWait(el, 'btw-signup-success');
    } finally {
      Object.assign(console, originals);
    }
    const everything = [
      JSON.stringify({ ...localStorage }),
      JSON.stringify({ ...sessionStorage }),
      document.cookie,
      location.href,
      logged.map(String).join(),
    ];
    for (const text of everything) expect(text).not.to.contain('private.person').and.not.to.contain('Secreta');
    expect(location.href).to.equal(before);
  });
});
