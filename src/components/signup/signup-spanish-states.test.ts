// Every Spanish string of <btw-signup>, read where a reader meets it: each state
// rendered in Spanish, its text and accessible names compared with src/locales/es.ts.
import { expect, html } from '@open-wc/testing';
import { es, expectSpanish, termKeys, type Shown } from '../../../test/helpers/reader.js';
import type { Terms } from '../../locales/en.js';
import type { BtwSignup } from './signup.js';
import {
  alertText,
  button,
  fastSettings,
  fill,
  newKey,
  origin,
  render,
  restoreSettings,
  status,
  submit,
  submitAndWait,
  until,
} from './test-helpers.js';

const release = (key: string) => fetch(`${origin}/api/signup/release?held=${key}`);

/** A sign-up in Spanish posting to the local server with `query`. */
const signup = (query: string, more = html``) =>
  render(
    html`<btw-signup lang="es" action="${origin}/api/signup?key=${newKey()}${query}" fields="">${more}</btw-signup>`,
  );

/** Fills a valid email and waits for the delivery to fail. */
async function failing(query: string) {
  const el = await signup(query);
  await fill(el, { email: 'ana@example.org' });
  await submitAndWait(el, 'btw-signup-error');
  await until(() => alertText(el), 'the delivery error');
  return el;
}

interface State {
  name: string;
  /** Renders the element in this state; `done` undoes what it changed outside the element. */
  reach(): Promise<{ el: BtwSignup; done?: () => unknown }>;
  /** The terms a reader meets in this state (with their values, if they take any). */
  shows: Shown[];
}

const plain = (...keys: (keyof Terms)[]): Shown[] => keys.map((key) => [key]);

const STATES: State[] = [
  {
    name: 'the form with every field, consent and a privacy link',
    reach: async () => ({
      el: await render(html`<btw-signup lang="es" action="${origin}/api/signup" consent privacy-url="https://example.org/privacy"
        fields="given-name family-name postal-code country"></btw-signup>`),
    }),
    shows: plain(
      'signupHeading',
      'signupDescription',
      'signupEmail',
      'signupGivenName',
      'signupFamilyName',
      'signupPostalCode',
      'signupCountry',
      'signupOptional',
      'signupConsent',
      'signupPrivacy',
      'signupNewTab',
      'signupHoneypot',
      'signupSubmit',
    ),
  },
  {
    name: 'an empty submit with consent required',
    reach: async () => {
      const el = await render(
        html`<btw-signup lang="es" action="${origin}/api/signup" consent fields=""></btw-signup>`,
      );
      await submit(el);
      return { el };
    },
    shows: [...plain('signupEmailMissing', 'signupConsentMissing'), ['signupFixFields', 2]],
  },
  {
    name: 'a wrong email',
    reach: async () => {
      const el = await signup('');
      await fill(el, { email: 'ana@' });
      await submit(el);
      return { el };
    },
    shows: [...plain('signupEmailInvalid'), ['signupFixFields', 1]],
  },
  {
    name: 'sending (the server holds the answer)',
    reach: async () => {
      const key = newKey();
      const el = await render(
        html`<btw-signup lang="es" action="${origin}/api/signup?key=${key}&amp;hold" fields=""></btw-signup>`,
      );
      await fill(el, { email: 'ana@example.org' });
      const outcome = new Promise((resolve) => el.addEventListener('btw-signup-success', resolve, { once: true }));
      await submit(el);
      await until(() => button(el).getAttribute('aria-disabled') === 'true', 'the busy button');
      return { el, done: () => release(key).then(() => outcome) };
    },
    shows: plain('signupSending'),
  },
  {
    name: 'trying again (the first try failed, the second is held)',
    reach: async () => {
      const key = newKey();
      const el = await render(
        html`<btw-signup
          lang="es"
          action="${origin}/api/signup?key=${key}&amp;fail=500-once&amp;hold"
          fields=""
        ></btw-signup>`,
      );
      await fill(el, { email: 'ana@example.org' });
      const outcome = new Promise((resolve) => el.addEventListener('btw-signup-success', resolve, { once: true }));
      await submit(el);
      await until(() => status(el) === es.signupRetrying, 'the retry notice');
      return { el, done: () => release(key).then(() => outcome) };
    },
    shows: plain('signupRetrying'),
  },
  {
    name: 'the thanks',
    reach: async () => {
      const el = await signup('');
      await fill(el, { email: 'ana@example.org' });
      await submitAndWait(el, 'btw-signup-success');
      return { el };
    },
    shows: plain('signupSuccess'),
  },
  {
    name: 'refused data (400)',
    reach: async () => ({ el: await failing('&fail=400') }),
    shows: plain('signupErrorInvalid'),
  },
  {
    name: 'too many sign-ups (429)',
    reach: async () => ({ el: await failing('&fail=429&retry-after=0') }),
    shows: plain('signupErrorRateLimited'),
  },
  {
    name: 'a server failure (500)',
    reach: async () => ({ el: await failing('&fail=500') }),
    shows: plain('signupErrorServer'),
  },
  {
    name: 'no answer (dropped connection)',
    reach: async () => ({ el: await failing('&fail=drop') }),
    shows: plain('signupErrorNetwork'),
  },
  {
    name: 'a sign-up made while the browser says it is offline, waiting for the connection',
    reach: async () => {
      // The browser's own flag: a test cannot take the machine offline in both browsers
      // (signup-offline.chromium.test.ts really goes offline, in Chromium).
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      const done = () => delete (navigator as { onLine?: boolean }).onLine;
      try {
        const el = await signup('');
        await fill(el, { email: 'ana@example.org' });
        await submit(el);
        await until(() => status(el) === es.signupOfflinePending, 'the waiting message');
        return { el, done };
      } catch (error) {
        done();
        throw error;
      }
    },
    shows: plain('signupOfflinePending', 'signupCancel'),
  },
  {
    name: 'a form with no action',
    reach: async () => ({ el: await render(html`<btw-signup lang="es"></btw-signup>`) }),
    shows: plain('signupConfigError'),
  },
];

/** Strings shown in states this page cannot reach, and the test that reads them. */
const ELSEWHERE: Partial<Record<keyof Terms, string>> = {
  // Needs a page whose CSP blocks the request.
  signupErrorBlocked: 'test/e2e/spanish-blocked.test.ts',
  // A double opt-in list's answer.
  signupConfirm: 'signup-confirm.test.ts',
  // After Cancel, with the browser really offline, in a page of its own (Chromium).
  signupCancelled: 'signup-offline.chromium.test.ts',
};

describe('<btw-signup> in Spanish, state by state', () => {
  beforeEach(fastSettings);
  afterEach(restoreSettings);

  for (const state of STATES) {
    it(`says ${state.shows.map(([key]) => key).join(', ')}: ${state.name}`, async () => {
      const { el, done } = await state.reach();
      try {
        expectSpanish(el, state.shows, expect);
        await expect(el).to.be.accessible();
      } finally {
        await done?.();
      }
    });
  }

  it('the states above and ELSEWHERE hold every Spanish string of the element', () => {
    const shown = new Set([...STATES.flatMap((state) => state.shows.map(([key]) => key)), ...Object.keys(ELSEWHERE)]);
    expect(termKeys('signup').filter((key) => !shown.has(key))).to.deep.equal([]);
  });
});
