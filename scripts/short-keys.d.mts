import type { Plugin } from 'vite';

/** The term keys of `file` (src/locales/en.ts) that the build shortens. */
export function termKeys(file?: string): string[];
/** Shortens term keys in the build; fails when one is left under its long name. */
export function shortKeysPlugin(): Plugin;
/** The term keys written as quoted literals in the sources `entry` imports (locale tables aside). */
export function usedTermKeys(entry: string, keys?: Set<string>): Set<string>;
/** Leaves out of the locale tables the strings no element of the bundle uses. */
export function unusedTermsPlugin(): Plugin;
