import type { Plugin } from 'vite';

export function describeBundle(code: Uint8Array, version: string): {
  file: string; version: string; size: number; gzip: number; brotli: number; integrity: string;
};
export function buildManifest(): Plugin;
