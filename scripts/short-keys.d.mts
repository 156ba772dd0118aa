import type { Plugin } from 'vite';

/** The term keys of `file` (src/locales/en.ts) that the build shortens. */
export function termKeys(file?: string): string[];
/** Shortens term keys in the build; fails when one is left under its long name. */
export function shortKeysPlugin(): Plugin;
