import type { Plugin } from 'vite';

/** The term keys of `file` (src/locales/en.ts), but for a few short, common ones. */
export function termKeys(file?: string): string[];
/** The term keys written as quoted literals in the sources `entry` imports (locale tables aside). */
export function usedTermKeys(entry: string, keys?: Set<string>): Set<string>;
/** Leaves out of the locale tables the strings no element of the bundle uses. */
export function unusedTermsPlugin(): Plugin;
