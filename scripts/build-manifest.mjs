// The kit's bundles, and dist/manifest.json that describes them once all are
// built: for each file, the elements it defines, its sizes and the sha384
// Subresource Integrity hash that a CDN snippet uses
// (`integrity="sha384-…" crossorigin="anonymous"`).
// The smallest file covering a set of elements is the entry with the least
// `gzip` whose `elements` include them all (the builder picks it:
// demo/builder/bundles.ts).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Each bundle is its own build of its entry: one ES module with no imports. */
export const BUNDLES = [
  { file: 'btw-share.js', entry: 'src/btw-share.ts', elements: ['btw-share'] },
  { file: 'btw-signup.js', entry: 'src/btw-signup.ts', elements: ['btw-signup'] },
  { file: 'btw-recommendation.js', entry: 'src/btw-recommendation.ts', elements: ['btw-recommendation', 'btw-share'] },
  { file: 'btw.js', entry: 'src/index.ts', elements: ['btw-recommendation', 'btw-share', 'btw-signup'] },
];

export const gzipSize = (code) => gzipSync(code, { level: 9 }).length;
export const brotliSize = (code) =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function describeBundle(code, { file, elements }) {
  return {
    file,
    elements: [...elements].sort(),
    size: code.length,
    gzip: gzipSize(code),
    brotli: brotliSize(code),
    integrity: `sha384-${createHash('sha384').update(code).digest('base64')}`,
  };
}

/** Writes dist/manifest.json from the built files; returns it. */
export function writeManifest(dir = 'dist') {
  const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const files = BUNDLES.map((bundle) => describeBundle(readFileSync(join(dir, bundle.file)), bundle));
  const manifest = { name, version, files };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
