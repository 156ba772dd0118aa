// Test helpers for <btw-share>'s tests (src/components/share/*.test.ts).
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { BtwShare } from '../../src/components/share/share.js';

export async function share(template: TemplateResult): Promise<BtwShare> {
  const el = await fixture<BtwShare>(template);
  await el.updateComplete;
  return el;
}

/** The control of one network. */
export const control = (el: BtwShare, network: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[data-network="${network}"]`);

export const hrefOf = (el: BtwShare, network: string) => control(el, network)?.getAttribute('href');

/** Networks shown, in order. */
export const shown = (el: BtwShare) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-network]')].map((node) => node.dataset.network);

/** A raw query parameter of a link, percent-decoded (no "+" rule: we encode spaces as %20). */
export function param(href: string, name: string): string | undefined {
  const query = href.slice(href.indexOf('?') + 1).split('#')[0];
  const pair = query.split('&').find((part) => part.startsWith(`${name}=`));
  return pair === undefined ? undefined : decodeURIComponent(pair.slice(name.length + 1));
}

/** Records console.warn calls while `run` runs. */
export async function warnings(run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return seen;
}

/** The text of the live region; '' while the widget has none yet. */
export const live = (el: BtwShare) => el.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim() ?? '';

/** The accessible name we give a control (aria-label, else its text). */
export const nameOf = (node: Element | null | undefined) =>
  node?.getAttribute('aria-label') ?? node?.textContent?.trim() ?? '';
