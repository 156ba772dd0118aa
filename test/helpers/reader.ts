// What a reader of an element gets, as text: for the tables that render every
// state in a language and check each of its strings arrives.
import en, { type Terms } from '../../src/locales/en.js';
import es from '../../src/locales/es.js';

/**
 * Every text an element shows or names, in tree order: its shadow tree's text
 * (a slot's assigned content, else its fallback; nested elements' shadow trees
 * too), plus the accessible names and hints set as attributes (`aria-label`,
 * `placeholder`, `title`, `alt`). Style sheets are skipped.
 */
export function readerText(host: Element): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push(node.textContent ?? '');
      return;
    }
    if (!(node instanceof Element) && !(node instanceof DocumentFragment)) return;
    if (node instanceof Element) {
      if (node.localName === 'style' || node.localName === 'script') return;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = node.getAttribute(name);
        if (value) out.push(` ${value} `);
      }
      if (node instanceof HTMLSlotElement && node.assignedNodes().length) {
        for (const assigned of node.assignedNodes()) walk(assigned);
        return;
      }
      if (node.shadowRoot) {
        walk(node.shadowRoot);
        return;
      }
    }
    for (const child of node.childNodes) walk(child);
    // Between elements: a heading's text and the paragraph after it are two texts.
    if (node instanceof Element) out.push(' ');
  };
  walk(host.shadowRoot ?? host);
  return out.join('').replace(/\s+/g, ' ').trim();
}

/** Keys of the Spanish table whose names start with `prefix` (one element's section). */
export const termKeys = (prefix: string) =>
  (Object.keys(es) as (keyof Terms)[]).filter((key) => key.startsWith(prefix));

/** A term and the values it takes, if any: `['signupFixFields', 2]`. */
export type Shown = [keyof Terms, ...unknown[]];

/** The text of a term in `table` (English or Spanish), called with its values. */
export function termText(table: Terms, [key, ...args]: Shown): string {
  const value = table[key] as string | ((...values: unknown[]) => string);
  return typeof value === 'function' ? value(...args) : value;
}

/**
 * Checks that a reader of `el` meets each term's Spanish text, and that it is
 * Spanish: a term left in English (or copied from the English table) fails too.
 */
export function expectSpanish(
  el: Element,
  shown: Shown[],
  expect: (value: unknown, message?: string) => Chai.Assertion,
) {
  const text = readerText(el);
  for (const term of shown) {
    const spanish = termText(es, term);
    expect(spanish, `${term[0]} is the English text`).not.to.equal(termText(en, term));
    expect(text, term[0]).to.contain(spanish);
  }
}

export { en, es };
