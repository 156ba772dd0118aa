// A Vite plugin that writes dist/manifest.json after the bundle is written: file
// name, package version, sizes and the sha384 Subresource Integrity hash that
// the README's CDN snippet uses (`integrity="sha384-…" crossorigin="anonymous"`).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function describeBundle(code, version) {
  return {
    file: 'btw.js',
    version,
    size: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    integrity: `sha384-${createHash('sha384').update(code).digest('base64')}`,
  };
}

export function buildManifest() {
  return {
    name: 'btw-build-manifest',
    apply: 'build',
    writeBundle(options) {
      const dir = options.dir ?? 'dist';
      const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
      const code = readFileSync(join(dir, 'btw.js'));
      const manifest = describeBundle(code, version);
      writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
      // The snippet a partner pastes, pinned to this exact file.
      this.info?.(`CDN snippet: <script type="module" src="https://cdn.example.org/beyond-the-wall-widgets@${version}/dist/btw.js" integrity="${manifest.integrity}" crossorigin="anonymous"></script>`);
    },
  };
}
