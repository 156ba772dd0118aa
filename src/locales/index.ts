import en, { type Terms } from './en.js';
import es from './es.js';

export type { Terms };

/** The languages the kit ships, first the fallback. */
export const LOCALES = { en, es } satisfies Record<string, Terms>;

export type Locale = keyof typeof LOCALES;

export const FALLBACK_LOCALE: Locale = 'en';

/** Keys whose term takes no arguments, and those that do, for `term()`. */
export type TermKey = keyof Terms;
export type TermArgs<K extends TermKey> = Terms[K] extends (...args: infer A) => string ? A : [];
