// Node side of test/site/kit-hosting.test.ts: two kit versions published into a
// fresh site's kit/ (scripts/kit-archive.mjs, as scripts/build-site.mjs does), the
// first released to an archive first; then that site served by scripts/serve-site.mjs
// with its _headers, and once more without them (a plain static server).
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publishKit } from '../../scripts/kit-archive.mjs';
import { SITE_HEADERS } from '../../scripts/site-headers.mjs';
import { startSiteServer } from '../../scripts/serve-site.mjs';

/** The built kit's files (read when a test asks: the test runner loads this module before any build). */
const kitFiles = () =>
  readdirSync('dist').filter((file) => /^btw(-[a-z]+)?\.js$/.test(file) || file === 'manifest.json');
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
let state;

/** Builds the two versions and starts both servers; returns what the browser needs. */
export async function startKitHosting() {
  await stopKitHosting();
  const dir = mkdtempSync(join(tmpdir(), 'btw-kit-'));
  const archive = join(dir, 'archive');
  const kitDir = join(dir, 'site', 'kit');
  // The first release, archived as a release does.
  publishKit({ dist: 'dist', files: kitFiles(), version: '1.0.0', kitDir, archive, release: true });
  const first = readFileSync(join(kitDir, '1.0.0', 'btw-share.js'));
  // The next build: site/ starts empty (Vite empties it), the code has changed.
  rmSync(join(dir, 'site'), { recursive: true });
  const next = join(dir, 'next');
  cpSync('dist', next, { recursive: true, filter: (path) => !path.includes('/types') });
  appendFileSync(join(next, 'btw-share.js'), '\n// the next version\n');
  publishKit({ dist: next, files: kitFiles(), version: '1.1.0', kitDir, archive });
  writeFileSync(join(dir, 'site', '_headers'), SITE_HEADERS);
  // The same version built again with a changed file is refused.
  let refused = '';
  try {
    publishKit({ dist: next, files: kitFiles(), version: '1.0.0', kitDir, archive });
  } catch (error) {
    refused = String(error.message);
  }
  const kept = readFileSync(join(kitDir, '1.0.0', 'btw-share.js'));
  const withHeaders = await startSiteServer({ root: join(dir, 'site') });
  const plain = await startSiteServer({ root: join(dir, 'site'), headers: false });
  state = { dir, servers: [withHeaders, plain] };
  // Read here: a page cannot read these headers of another origin's response.
  const response = await fetch(`${withHeaders.origin}/kit/1.0.0/btw-share.js`);
  return {
    origin: withHeaders.origin,
    plainOrigin: plain.origin,
    versions: readdirSync(kitDir).sort(),
    integrity: { '1.0.0': sri(first), '1.1.0': sri(readFileSync(join(kitDir, '1.1.0', 'btw-share.js'))) },
    keptByteForByte: kept.equals(first),
    headers: Object.fromEntries(
      ['access-control-allow-origin', 'x-content-type-options', 'cache-control', 'content-type'].map((name) => [
        name,
        response.headers.get(name),
      ]),
    ),
    refused,
  };
}

export async function stopKitHosting() {
  if (!state) return;
  for (const server of state.servers) await server.close();
  rmSync(state.dir, { recursive: true, force: true });
  state = undefined;
}
