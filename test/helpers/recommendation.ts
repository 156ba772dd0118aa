// Shared by this folder's tests: documents on the local server, shadow queries, waits.
import { drawn } from './frames.js';
import { until } from './until.js';
import origin from '../server/origin.js';
import type { BtwRecommendation } from '../../src/components/recommendation/recommendation.js';
import type { BtwShare } from '../../src/components/share/share.js';
import '../../src/index.js';

let n = 0;
/** A fresh log key per test, so its requests (and the in-flight cache) are its own. */
export const newKey = () => `rec-${Date.now()}-${n++}`;

/** URL of a fixture document; `query` is appended (e.g. `&delay=500`). */
export const docUrl = (name: string, key = newKey(), query = '') =>
  `${origin}/api/documents/${name}?key=${key}${query}`;

export const requests = async (key: string) =>
  (await (await fetch(`${origin}/api/log?key=${key}`)).json()) as { path: string; aborted?: boolean }[];

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * Waits until the element shows its document or its error, with every share
 * widget in it rendered and drawn once (a `<btw-share>` skips its layout until
 * its first frame: `content-visibility`).
 */
export async function settled(el: BtwRecommendation) {
  await until(() => $(el, '[part="card"], [part="error"]'), 'the document or its error');
  await el.updateComplete;
  await Promise.all($$<BtwShare>(el, 'btw-share').map((share) => share.updateComplete));
  // Two frames: a nested share lays out on its first frame, and is drawn in the next (axe reads its colours).
  await drawn();
}

/** Records console.warn / console.error calls while `run` runs. */
export async function capture(kind: 'warn' | 'error', run: () => Promise<void>): Promise<string[]> {
  const original = console[kind];
  const calls: string[] = [];
  console[kind] = (...args: unknown[]) => calls.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console[kind] = original;
  }
  return calls;
}
