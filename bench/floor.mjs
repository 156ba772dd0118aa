// `node bench/floor.mjs`: what the kit weighs before any of its own behaviour.
// Builds, with the kit's own Vite config (same minification), bundles that hold
// only Lit (a LitElement with a template and styles), then Lit plus the two
// languages' strings, then plus the brand marks, and prints their gzip sizes next
// to dist/btw.js: the floor that a size target for the whole kit must allow for.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'btw-floor-'));
// The entry sits in the project, so that 'lit' resolves as the kit's does.
const entry = join(root, 'bench/.floor-entry.ts');
const lit = `import { LitElement, css, html } from 'lit';
class Floor extends LitElement {
  static styles = css\`:host { display: block }\`;
  render() { return html\`<p>\${globalThis.floor}</p>\`; }
}
customElements.define('btw-floor', Floor);
`;
const steps = [
  ['Lit (an element with a template and styles)', lit],
  [
    '+ both languages\u2019 strings',
    `${lit}import { LOCALES } from '${root}src/locales/index.ts';\nglobalThis.floor = LOCALES;\n`,
  ],
  [
    '+ the brand marks',
    `${lit}import { LOCALES } from '${root}src/locales/index.ts';\nimport { BRAND_PATHS } from '${root}src/components/share/brand-icons.ts';\nglobalThis.floor = [LOCALES, BRAND_PATHS];\n`,
  ],
];
const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const rows = [];
try {
  for (const [name, source] of steps) {
    writeFileSync(entry, source);
    const log = console.log; // the build's size table is not this tool's output
    console.log = () => {};
    await build({
      root,
      logLevel: 'silent',
      build: {
        outDir: join(dir, 'out'),
        emptyOutDir: true,
        sourcemap: false,
        lib: { entry, formats: ['es'], fileName: () => 'btw.js' },
      },
    });
    console.log = log;
    rows.push([name, gzip(readFileSync(join(dir, 'out/btw.js')))]);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(entry, { force: true });
}
rows.push(['the kit, dist/btw.js', gzip(readFileSync(join(root, 'dist/btw.js')))]);
for (const [name, bytes] of rows)
  console.log(`${String(bytes).padStart(6)} B  ${(bytes / 1024).toFixed(2)} kB  ${name}`);
