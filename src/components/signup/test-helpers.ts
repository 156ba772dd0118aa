// Helpers for the <btw-signup> tests (not a test file itself).
import { fixture, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import origin from '../../../test/server/origin.js';
import { httpSettings } from '../../shared/http.js';
import { signupSettings, type BtwSignup } from './signup.js';
import '../../index.js';

export { origin };

const httpDefaults = { ...httpSettings };
const signupDefaults = { ...signupSettings };

/** Test-only timings: no 2 s wait before submitting, short backoff. Undone by `restoreSettings`. */
export function fastSettings() {
  Object.assign(signupSettings, { minSubmitMs: 0 });
  Object.assign(httpSettings, { backoffMs: 20 });
}
export function restoreSettings() {
  Object.assign(httpSettings, httpDefaults);
  Object.assign(signupSettings, signupDefaults);
}

let n = 0;
/** A fresh log key per test, so the server's log holds only this test's requests. */
export const newKey = () => `signup-${Date.now()}-${n++}`;

export interface Received {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string;
}
/** Everything the local server received under `key`. */
export const everything = async (key: string): Promise<Received[]> =>
  (await fetch(`${origin}/api/log?key=${key}`)).json();

/**
 * The Mailchimp provider's first request for a list: its address without any
 * field, which shows whether the page's policy objects (mailchimp.ts).
 */
export const isProbe = (request: Received) =>
  request.path.endsWith('/subscribe/post-json') && !('EMAIL' in request.query);

/** What the local server received under `key`: the sign-up requests (the Mailchimp probe left out). */
export const received = async (key: string): Promise<Received[]> =>
  (await everything(key)).filter((request) => !isProbe(request));

export const part = (el: BtwSignup, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
export const input = (el: BtwSignup, name: string) => part(el, `input[name="${name}"]`) as HTMLInputElement;
export const button = (el: BtwSignup) => part(el, '[part="button"]') as HTMLButtonElement;
export const status = (el: BtwSignup) => part(el, '[part="status"]')!.textContent!.trim();
export const alertText = (el: BtwSignup) => part(el, '[part="error"][role="alert"]')?.textContent?.trim();

/** Types values as a reader would (value + input event) and ticks the consent box when asked. */
export async function fill(el: BtwSignup, values: Record<string, string>, consent = false) {
  for (const [name, value] of Object.entries(values)) {
    const field = input(el, name);
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  if (consent) input(el, 'consent').click();
  await el.updateComplete;
}

/** Clicks the submit button. */
export async function submit(el: BtwSignup) {
  button(el).click();
  await el.updateComplete;
}

/** Submits and waits for the success or error event. */
export async function submitAndWait(el: BtwSignup, outcome: 'btw-signup-success' | 'btw-signup-error') {
  const event = oneEvent(el, outcome);
  button(el).click();
  const done = await event;
  await el.updateComplete;
  return done as CustomEvent;
}

export const render = (template: TemplateResult) => fixture<BtwSignup>(template);

/** Waits until `check` holds (for the states between a click and the answer). */
export { until } from '../../../test/helpers/until.js';

/** The hidden frames the element makes (one per Mailchimp try), and the errors raised inside them. */
export interface FrameWatch {
  frames: HTMLIFrameElement[];
  /** Messages of the errors reported in any of the frames (a page's own listener never hears them). */
  errors: string[];
  stop(): void;
}

/**
 * Watches for iframes added to the page from now on. Each is seen in the
 * microtask after it is added, before its script can load, so an error its reply
 * raises is recorded.
 */
export function watchFrames(): FrameWatch {
  const watch: FrameWatch = { frames: [], errors: [], stop: () => observer.disconnect() };
  const observer = new MutationObserver((records) => {
    for (const node of records.flatMap((record) => [...record.addedNodes])) {
      if (!(node instanceof HTMLIFrameElement)) continue;
      watch.frames.push(node);
      node.contentWindow?.addEventListener('error', (event) => watch.errors.push(event.message));
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return watch;
}
