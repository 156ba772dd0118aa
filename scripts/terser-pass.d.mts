import type { Plugin } from 'vite';

/** Names of the `private` methods in `dir` that the terser pass may shorten. */
export function privateMethodNames(dir?: string): string[];
/** terser after oxc on every chunk: writes `banner`, renames `mangleProperties`, keeps the source map. */
export function terserPass(options?: { banner?: string; mangleProperties?: string[] }): Plugin;
