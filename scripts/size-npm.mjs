// Part of `npm run size`: what the npm build costs an app. The package is packed,
// installed (with its one dependency, Lit's `@lit/reactive-element`) into a
// throwaway app outside the repository, and two entries of that app are built by
// Vite for production, as a partner's app would be: one importing all three
// subpaths, one importing two (share and sign-up; the recommendation's subpath
// brings <btw-share> too). Their gzip sizes are compared with dist/btw.js, the
// self-contained CDN file with every element: three subpaths may cost at most 5 %
// more, two must cost less.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const gzipOf = (buffer) => gzipSync(buffer, { level: 9 }).length;

export const APPS = {
  'three subpaths': ['share', 'signup', 'recommendation'],
  'two subpaths (share, signup)': ['share', 'signup'],
};

/** Gzip bytes of each app's production JavaScript (all its chunks), by the app's name. */
export async function npmAppSizes() {
  const dir = mkdtempSync(join(tmpdir(), 'btw-size-'));
  try {
    const npm = (...args) =>
      execFileSync('npm', [...args, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
        cwd: dir,
        stdio: 'pipe',
      });
    const [{ filename }] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    );
    writeFileSync(join(dir, 'package.json'), '{ "name": "a-partner-app", "private": true, "type": "module" }\n');
    npm('install', '--no-save', join(dir, filename));
    const sizes = {};
    for (const [name, parts] of Object.entries(APPS)) {
      const entry = join(dir, `${parts.join('-')}.js`);
      writeFileSync(entry, parts.map((part) => `import 'beyond-the-wall-widgets/${part}';\n`).join(''));
      const outDir = join(dir, 'dist', parts.join('-'));
      await build({
        root: dir,
        configFile: false,
        logLevel: 'silent',
        build: { outDir, modulePreload: { polyfill: false }, rolldownOptions: { input: entry } },
      });
      const files = readdirSync(outDir, { recursive: true }).filter((file) => String(file).endsWith('.js'));
      sizes[name] = files.reduce((sum, file) => sum + gzipOf(readFileSync(join(outDir, file))), 0);
    }
    return sizes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
