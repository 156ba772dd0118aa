// Checks a language a partner adds (a JSON object of the kit's terms) before it
// goes on a page: JSON syntax, unknown and missing terms, placeholders, plural
// and link-kind forms, `dir`. Pure: the page (main.ts) and the tests call it.
import en, { type Terms } from '../../src/locales/en.js';
import { LINK_KINDS } from '../../src/components/recommendation/document.js';

/** The value each term that takes one is written with, as `{name}`. */
export const PLACEHOLDERS: { [K in keyof Terms as Terms[K] extends string ? never : K]: string } = {
  shareOn: 'network',
  signupFixFields: 'count',
  recShowAll: 'count',
  recLink: 'kind',
  recShareQuote: 'quote',
};

/** Plural categories (Intl.PluralRules), the forms a count term may have. */
const PLURAL = ['zero', 'one', 'two', 'few', 'many', 'other'];

export type Finding =
  | { kind: 'syntax'; message: string }
  | { kind: 'not-object' }
  | { kind: 'unknown'; key: string }
  | { kind: 'missing'; key: string }
  | { kind: 'not-text'; key: string }
  | { kind: 'placeholder'; key: string; found: string; expected?: string }
  | { kind: 'no-placeholder'; key: string; expected: string }
  | { kind: 'forms'; key: string; missing: string[]; unknown: string[] }
  | { kind: 'dir'; value: string };

export interface Check {
  /** The terms, when the text is a JSON object. */
  terms?: Record<string, unknown>;
  findings: Finding[];
  /** How many of the kit's terms it gives. */
  given: number;
  total: number;
}

const placeholdersIn = (text: string) => [...text.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1]!);

/** Everything wrong with a language file, in the order a translator would fix it. */
export function checkLocale(source: string): Check {
  const total = Object.keys(en).length;
  let terms: unknown;
  try {
    terms = JSON.parse(source);
  } catch (error) {
    return { findings: [{ kind: 'syntax', message: (error as Error).message }], given: 0, total };
  }
  if (!terms || typeof terms !== 'object' || Array.isArray(terms))
    return { findings: [{ kind: 'not-object' }], given: 0, total };
  const given = terms as Record<string, unknown>;
  const findings: Finding[] = [];
  for (const key of Object.keys(given)) {
    if (key === 'dir') {
      if (given.dir !== 'ltr' && given.dir !== 'rtl') findings.push({ kind: 'dir', value: String(given.dir) });
    } else if (!Object.hasOwn(en, key)) findings.push({ kind: 'unknown', key });
  }
  for (const key of Object.keys(en) as (keyof Terms)[]) {
    if (!Object.hasOwn(given, key)) {
      findings.push({ kind: 'missing', key });
      continue;
    }
    findings.push(...checkTerm(key, given[key]));
  }
  const count = Object.keys(en).filter((key) => Object.hasOwn(given, key)).length;
  return { terms: given, findings, given: count, total };
}

function checkTerm(key: keyof Terms, value: unknown): Finding[] {
  const expected = (PLACEHOLDERS as Record<string, string>)[key];
  if (typeof value === 'string') {
    if (!value.trim()) return [{ kind: 'not-text', key }];
    const found = placeholdersIn(value).filter((name) => name !== expected);
    if (found.length) return found.map((name) => ({ kind: 'placeholder', key, found: name, expected }));
    // A link kind needs its own text: one string for all kinds cannot name them.
    if (key === 'recLink') return [{ kind: 'forms', key, missing: [...LINK_KINDS], unknown: [] }];
    return expected && expected !== 'count' && !value.includes(`{${expected}}`)
      ? [{ kind: 'no-placeholder', key, expected }]
      : [];
  }
  if (!expected || !value || typeof value !== 'object' || Array.isArray(value)) return [{ kind: 'not-text', key }];
  const forms = value as Record<string, unknown>;
  const allowed = key === 'recLink' ? [...LINK_KINDS] : PLURAL;
  const findings: Finding[] = [];
  const missing =
    key === 'recLink'
      ? allowed.filter((form) => !Object.hasOwn(forms, form))
      : Object.hasOwn(forms, 'other')
        ? []
        : ['other'];
  const unknown = Object.keys(forms).filter((form) => !allowed.includes(form));
  if (missing.length || unknown.length) findings.push({ kind: 'forms', key, missing, unknown });
  for (const text of Object.values(forms)) {
    if (typeof text !== 'string' || !text.trim()) findings.push({ kind: 'not-text', key });
    else
      for (const name of placeholdersIn(text).filter((name) => name !== expected))
        findings.push({ kind: 'placeholder', key, found: name, expected });
  }
  return findings;
}
