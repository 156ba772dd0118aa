// Which built file a snippet pins: the smallest (by gzip) that defines the chosen
// element, from the kit's `manifest.json`. Pure: no DOM.

export interface BundleFile {
  file: string;
  /** The tags the file defines; absent in a one-file manifest (it defines them all). */
  elements?: string[];
  size: number;
  gzip: number;
  brotli?: number;
  /** `sha384-…`, for the script tag's `integrity`. */
  integrity: string;
}

/** `manifest.json`: one entry per file; older kits describe their one file at the top level. */
export interface KitManifest {
  name?: string;
  version: string;
  files?: BundleFile[];
  file?: string;
  size?: number;
  gzip?: number;
  integrity?: string;
}

/** The files a manifest lists. */
export function filesOf(manifest: KitManifest): BundleFile[] {
  if (manifest.files) return manifest.files;
  const { file, size = 0, gzip = 0, integrity = '' } = manifest;
  return file ? [{ file, size, gzip, integrity }] : [];
}

/** The smallest file that defines `tag` (and every tag of `also`); undefined when none does. */
export function smallestBundle(manifest: KitManifest, tag: string, also: string[] = []): BundleFile | undefined {
  return filesOf(manifest)
    .filter((entry) => !entry.elements || [tag, ...also].every((name) => entry.elements!.includes(name)))
    .sort((a, b) => a.gzip - b.gzip)[0];
}

/**
 * The file's address under a base (a missing final slash is added): a folder URL
 * gives a full URL; a folder path (`/vendor/btw/0.1.0/`) stays a path, so that it
 * resolves against the partner's page. The base is checked first (checks.ts).
 */
export function bundleUrl(base: string, file: string): string {
  const folder = base.endsWith('/') ? base : `${base}/`;
  return /^https?:\/\//i.test(folder) ? new URL(file, folder).href : `${folder}${file}`;
}
