import type { Plugin } from 'vite';

/** `code` with its field decorators as calls after their class; undefined when it has none. */
export function moveFieldDecorators(code: string, fileName: string): string | undefined;
/** Field decorators as plain calls in the build; fails on any other decorator. */
export function fieldDecoratorsPlugin(): Plugin;
