import type { Plugin } from 'vite';

/** A last terser pass over each chunk, writing `banner` at its top and carrying the source map through. */
export function terserPass(options?: { banner?: string }): Plugin;
