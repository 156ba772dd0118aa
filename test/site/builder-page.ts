// Opens the embed builder (/demo/builder.html) in an iframe, as a partner would,
// and reads what it shows.
import { drawn } from '../helpers/frames.js';
import { until } from '../helpers/until.js';
import { loadAxe, openPage, type Page } from './site-page.js';

/** Waits until `check` holds (the builder draws after its fetches). */
export { until };

export type Builder = Page;

/**
 * axe runs inside the builder's own frame: chai-a11y-axe's `accessible()` takes the
 * `axe` it finds on the window, and this one hands each run to the axe-core loaded
 * into the element's own document (axe refuses nodes of another window).
 */
const frameAxe = {
  run(node: Node, options: unknown, done: (error: unknown, results: unknown) => void): unknown {
    const axe = (node.ownerDocument?.defaultView as unknown as { axe?: typeof frameAxe } | null)?.axe;
    if (!axe) throw new Error('axe-core is not loaded in this document (open it with openBuilder)');
    return axe.run(node, options, done);
  },
};
(window as unknown as { axe: typeof frameAxe }).axe = frameAxe;

/** The builder with this query string, once its form and preview are drawn. */
export async function openBuilder(search = '', { width = 1280, height = 900 } = {}): Promise<Builder> {
  const { frame, doc, win } = await openPage(`/demo/builder.html${search}`, { width, height });
  await until(() => doc.querySelector<HTMLTextAreaElement>('#snippet-text')?.value.includes('<btw-'), 'the snippet');
  await previewReady({ frame, doc, win });
  await loadAxe(doc);
  return { frame, doc, win };
}

/** The configuration the builder keeps in its address: the fragment (demo/builder/state.ts). */
export const linkState = (b: Builder) => new URLSearchParams(b.win.location.hash.slice(1));

/** The element in the preview. */
export const previewElement = (b: Builder) =>
  b.doc.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('#preview-frame > *');

/** Waits until the preview's element has rendered and the snippet carries its measured reservation. */
export async function previewReady(b: Builder) {
  const el = await until(() => previewElement(b), 'the preview element');
  await until(() => b.win.customElements.get(el.localName), 'the element to be defined');
  await el.updateComplete;
  await until(() => snippetText(b).includes('min-height'), 'the measured reservation');
  await steady(b);
  return el;
}

/**
 * Waits until the snippet stops changing: the kit renders its first renders in
 * slices, and each resize of the preview measures it again.
 */
export async function steady(b: Builder) {
  let last = '';
  let same = 0;
  await until(() => {
    const now = snippetText(b);
    same = now === last ? same + 1 : 0;
    last = now;
    return same >= 5;
  }, 'a steady snippet');
}

export const snippetText = (b: Builder) => b.doc.querySelector<HTMLTextAreaElement>('#snippet-text')!.value;

/** Sets a field's value as typing would (an `input` or `change` event). */
export function fill(b: Builder, selector: string, value: string) {
  const field = b.doc.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(selector);
  if (!field) throw new Error(`no field ${selector}`);
  field.value = value;
  field.dispatchEvent(new Event(field.localName === 'select' ? 'change' : 'input', { bubbles: true }));
}

/** Clicks a checkbox or radio by its selector. */
export function tick(b: Builder, selector: string, on = true) {
  const box = b.doc.querySelector<HTMLInputElement>(selector);
  if (!box) throw new Error(`no box ${selector}`);
  if (box.checked !== on) box.click();
}

/** The attributes the snippet writes on its element, by name. */
export function snippetElement(b: Builder): Element {
  const template = b.doc.createElement('template');
  template.innerHTML = snippetText(b);
  return template.content.querySelector('btw-share, btw-signup, btw-recommendation')!;
}

/**
 * Waits until the preview has rendered what the form now says and been measured
 * again: its ResizeObserver reports in the frame after the render, and the
 * builder redraws the snippet from it at once.
 */
export async function previewDrawn(b: Builder) {
  await previewElement(b)!.updateComplete;
  await drawn(b.win);
}
