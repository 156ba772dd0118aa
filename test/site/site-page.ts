// Opens a page of the site (the builder, the studio, the demo, the docs) in an iframe of
// the test page, at a given width, and runs axe inside it.
import { expect } from '@open-wc/testing';

export type Page = { frame: HTMLIFrameElement; doc: Document; win: Window & typeof globalThis };

/**
 * Opens `path` in an iframe of the test page. `watch` gets the frame's first window
 * before the page loads: the browser keeps that window for a same-origin page, so
 * listeners put on it hear what happens while the page loads too.
 */
export async function openPage(
  path: string,
  { width = 1280, height = 900, watch }: { width?: number; height?: number; watch?: (win: Page['win']) => void } = {},
): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.style.border = '0';
  frame.style.display = 'block';
  frame.title = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  watch?.(frame.contentWindow as Window & typeof globalThis);
  await loaded;
  return { frame, doc: frame.contentDocument!, win: frame.contentWindow as Window & typeof globalThis };
}

export function closePages() {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
}

/** Loads axe-core into a page's own document (axe refuses nodes of another window). */
export async function loadAxe(doc: Document) {
  const script = doc.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  const loaded = new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
  });
  doc.head.append(script);
  await loaded;
}

/** axe-core, run in the page's own window: every rule, no violation. */
export async function expectAccessible(page: Page) {
  const { win, doc } = page;
  if (!(win as any).axe) await loadAxe(doc);
  const result = await (win as any).axe.run(doc, { resultTypes: ['violations'] });
  const violations = result.violations.map(
    (v: { id: string; help: string; nodes: { target: string[] }[] }) =>
      `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(violations, 'axe violations').to.deep.equal([]);
}

export { until } from '../helpers/until.js';
