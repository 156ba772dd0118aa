// The translation table's data: for each locale of a document, which fields it
// writes itself and which it takes from the default locale (as the element does).
import { LOCALE } from '../../src/components/recommendation/document.js';

export const FIELDS = Object.keys(LOCALE) as (keyof typeof LOCALE)[];

export type Cell = 'own' | 'fallback' | 'missing';
export type Column = { locale: string; isDefault: boolean; cells: Cell[] };

type Loose = { defaultLocale?: unknown; locales?: unknown };
const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

/** One column per locale, the default first; undefined when there are no locales to compare. */
export function translationTable(value: unknown): Column[] | undefined {
  if (!isObject(value) || !isObject((value as Loose).locales)) return undefined;
  const locales = (value as Loose).locales as Record<string, unknown>;
  const main = typeof value.defaultLocale === 'string' ? value.defaultLocale : '';
  const base = isObject(locales[main]) ? (locales[main] as Record<string, unknown>) : {};
  const names = Object.keys(locales).sort((a, b) => Number(b === main) - Number(a === main));
  return names.map((locale) => {
    const own = isObject(locales[locale]) ? (locales[locale] as Record<string, unknown>) : {};
    const cells = FIELDS.map((field): Cell =>
      own[field] !== undefined ? 'own' : locale !== main && base[field] !== undefined ? 'fallback' : 'missing',
    );
    return { locale, isDefault: locale === main, cells };
  });
}
