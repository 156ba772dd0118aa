import type { Plugin } from 'vite';

/** Returns `code` with its css``/html``/svg`` templates collapsed, or undefined when nothing changed. */
export function minifyTemplates(code: string, fileName: string): string | undefined;
export function minifyTemplatesPlugin(): Plugin;
