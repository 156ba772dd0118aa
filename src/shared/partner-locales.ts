import { LOCALES, type Terms } from '../locales/index.js';

/**
 * A language a partner adds, as plain JSON: each term of `src/locales/en.ts` by
 * its name. A term that takes a value writes it as a `{placeholder}`
 * (`"shareOn": "Partager sur {network}"`); a term may also be an object that
 * picks a text by that value: a plural category for a count (`one`, `other`, …,
 * from `Intl.PluralRules`), or the value itself (`recLink` by link kind).
 * `"dir": "rtl"` marks a right-to-left language.
 */
export type PartnerTerms = { [K in keyof Terms]?: string | Record<string, string> } & { dir?: 'ltr' | 'rtl' };

/** A language table as an element reads it: the terms and the writing direction. */
export interface Table {
  terms: Terms;
  dir: 'ltr' | 'rtl';
}

// Every copy of the kit on a page (btw.js beside btw-share.js, two versions)
// reads the same registry, so a language registered through one is used by all.
// It holds what partners gave; each copy compiles it against its own tables.
const registry: Map<string, PartnerTerms> = ((globalThis as Record<symbol, unknown>)[Symbol.for('btw.locales')] ??=
  new Map()) as Map<string, PartnerTerms>;
const compiled = new WeakMap<PartnerTerms, Table>();
const readScripts = new WeakSet<Element>();

/** Tells every element on the page, whichever copy of the kit made it, to read its language again. */
export const LOCALE_EVENT = 'btw-locale-registered';

/**
 * Adds a language for every element of the kit on the page (for apps; pages can
 * use `<script type="application/json" data-btw-locale="fr">` instead). `tag` is
 * a BCP 47 tag (`fr`, `pt-BR`); terms it leaves out come from the built-in
 * language of the same primary tag (`es` for `es-MX`), else English, and are
 * listed once with `console.warn`. Elements already on the page switch to it.
 */
export function registerLocale(tag: string, terms: PartnerTerms): void {
  registry.set(tag.toLowerCase(), terms);
  document.dispatchEvent(new Event(LOCALE_EVENT));
}

/** Reads the page's `<script type="application/json" data-btw-locale>` languages not read yet. */
function readPageLocales() {
  for (const script of document.querySelectorAll('script[type="application/json"][data-btw-locale]')) {
    if (readScripts.has(script)) continue;
    readScripts.add(script);
    try {
      registerLocale(script.getAttribute('data-btw-locale')!, JSON.parse(script.textContent!));
    } catch (error) {
      console.error('btw: a <script data-btw-locale> does not hold JSON:', error);
    }
  }
}

/** The registered language a lower-case tag names, reading the page's locale scripts first. */
export function partnerTable(tag: string): Table | undefined {
  readPageLocales();
  const terms = registry.get(tag);
  if (!terms) return undefined;
  let table = compiled.get(terms);
  if (!table) compiled.set(terms, (table = compile(tag, terms)));
  return table;
}

/**
 * The partner's terms over the built-in language of the same primary tag, else
 * English. A term that takes a value becomes a function: it picks its text by
 * the value (a count's plural category), then writes the value for `{…}`.
 */
function compile(tag: string, given: PartnerTerms): Table {
  const base = (LOCALES as Record<string, Terms>)[tag.split('-')[0]!] ?? LOCALES.en;
  const terms: Record<string, unknown> = { ...base };
  const plural = new Intl.PluralRules(tag);
  const pick = (text: string | Record<string, string>, value: unknown) =>
    typeof text === 'string'
      ? text
      : (text[value as string] ?? text[plural.select(value as number)] ?? text.other ?? '');
  const missing = [];
  for (const key in LOCALES.en) {
    const text = Object.hasOwn(given, key) && given[key as keyof Terms];
    if (!text) missing.push(key);
    else if (typeof LOCALES.en[key as keyof Terms] === 'function') {
      terms[key] = (value: unknown) => pick(text, value).replace(/\{\w+\}/g, String(value));
    } else terms[key] = pick(text, '');
  }
  if (missing.length && base === LOCALES.en)
    console.warn(`btw: locale "${tag}" lacks terms, shown in English: ${missing.join(', ')}`);
  return { terms: terms as Terms, dir: given.dir === 'rtl' ? 'rtl' : 'ltr' };
}
