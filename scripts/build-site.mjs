// `npm run build:site`: the static site in site/, deployable as it is to any
// static host (relative URLs only, no server code):
//   index.html, builder.html, studio.html  the demo's pages, built by Vite (vite.site.config.ts)
//   kit/<version>/                         the built kit: bundles, maps, manifest.json, custom-elements.json
//   recommendations/, demo.js, schema/     the demo's document and script, the document's JSON Schema
//   docs/                                  docs/**/*.md rendered (scripts/site-docs.mjs)
// It needs dist/ (`npm run build`), which `npm run build:site` runs first.
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'vite';
import { kitEntry } from './kit-entry.mjs';
import { docFiles, readManifest, renderDoc } from './site-docs.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
const out = join(root, 'site');

if (!existsSync('dist/manifest.json') || !existsSync('dist/custom-elements.json')) {
  console.error('build:site: dist/ is missing; run "npm run build" first (npm run build:site does).');
  process.exit(1);
}

await build({ configFile: join(root, 'vite.site.config.ts') });

// The kit, as a partner would self-host it: every file the manifest lists, with maps.
const kit = kitEntry();
const kitDir = join(out, 'kit', kit.version);
mkdirSync(kitDir, { recursive: true });
const kitFiles = readdirSync('dist').filter((file) => /\.js(\.map)?$/.test(file) || ['manifest.json', 'custom-elements.json', 'THIRD-PARTY-LICENSES.txt'].includes(file));
for (const file of kitFiles) copyFileSync(join('dist', file), join(kitDir, file));
cpSync(join('dist', 'locales'), join(kitDir, 'locales'), { recursive: true });

cpSync('demo/recommendations', join(out, 'recommendations'), { recursive: true });
copyFileSync('demo/demo.js', join(out, 'demo.js'));
cpSync('schema', join(out, 'schema'), { recursive: true });

const manifest = readManifest();
const pages = docFiles();
for (const file of pages) {
  const target = join(out, 'docs', file.replace(/\.md$/, '.html'));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, renderDoc(file, manifest));
}
copyFileSync('docs/docs.css', join(out, 'docs', 'docs.css'));

console.log(`build:site: site/ with the kit ${kit.version} (${kitFiles.length} files) and ${pages.length} docs pages.`);
