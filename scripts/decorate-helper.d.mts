import type { Plugin } from 'vite';

/** Field decorators call src/shared/decorate.ts; fails on any other decorator. */
export function decorateHelperPlugin(): Plugin;
