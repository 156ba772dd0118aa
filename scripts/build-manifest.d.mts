export interface BundleSource {
  file: string;
  entry: string;
  elements: string[];
}
export interface ManifestFile {
  file: string;
  elements: string[];
  size: number;
  gzip: number;
  brotli: number;
  integrity: string;
}
export interface Manifest {
  name: string;
  version: string;
  files: ManifestFile[];
}

export const BUNDLES: BundleSource[];
export function gzipSize(code: Uint8Array | string): number;
export function brotliSize(code: Uint8Array | string): number;
export function writeManifest(dir?: string): Manifest;
