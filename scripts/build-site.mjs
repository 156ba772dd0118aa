// `npm run build:site`: the static site in site/, deployable as it is to any
// static host (relative URLs only, no server code):
//   index.html, builder.html, studio.html  the demo's pages, built by Vite (vite.site.config.ts)
//   kit/<version>/                         the built kit: bundles, maps, manifest.json, custom-elements.json;
//                                          every released version too, byte for byte (scripts/kit-archive.mjs)
//   _headers                               the headers the kit needs, for Netlify and Cloudflare Pages
//                                          (scripts/site-headers.mjs; `npm run serve:site` sends the same)
//   recommendations/, demo.js, schema/     the demo's document and script, the document's JSON Schema
//   docs/                                  docs/**/*.md rendered (scripts/site-docs.mjs)
// It needs dist/ (`npm run build`), which `npm run build:site` runs first.
// `--release` also adds this version's kit to the archive (kit-archive/, or BTW_KIT_ARCHIVE).
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'vite';
import { kitEntry } from './kit-entry.mjs';
import { changedFiles, publishKit } from './kit-archive.mjs';
import { SITE_HEADERS } from './site-headers.mjs';
import { docFiles, readManifest, renderDoc } from './site-docs.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
const out = join(root, 'site');

if (!existsSync('dist/manifest.json') || !existsSync('dist/custom-elements.json')) {
  console.error('build:site: dist/ is missing; run "npm run build" first (npm run build:site does).');
  process.exit(1);
}

// The kit, as a partner would self-host it: every file the manifest lists, with maps,
// beside every released version. Checked before the build: a released version never changes.
const kit = kitEntry();
const archive = resolve(process.env.BTW_KIT_ARCHIVE || join(root, 'kit-archive'));
const kitFiles = readdirSync('dist')
  .filter(
    (file) =>
      /\.js(\.map)?$/.test(file) ||
      ['manifest.json', 'custom-elements.json', 'THIRD-PARTY-LICENSES.txt'].includes(file),
  )
  // The example languages a partner can add (locales/fr.json).
  .concat(readdirSync('dist/locales').map((file) => `locales/${file}`));
const changed = changedFiles(archive, kit.version, 'dist', kitFiles);
if (changed.length) {
  console.error(
    `build:site: FAILED. kit/${kit.version}/ is released (${join(archive, kit.version)}) and must not change, but these files differ: ${changed.join(', ')}.`,
  );
  console.error('build:site: snippets pin them with an SRI hash. Give this build a new version in package.json.');
  process.exit(1);
}

await build({ configFile: join(root, 'vite.site.config.ts') });

const { versions } = publishKit({
  dist: 'dist',
  files: kitFiles,
  version: kit.version,
  kitDir: join(out, 'kit'),
  archive,
  release: process.argv.includes('--release'),
});
writeFileSync(join(out, '_headers'), SITE_HEADERS);

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

console.log(
  `build:site: site/ with the kit ${kit.version} (${kitFiles.length} files; kit/ holds ${versions.join(', ')}) and ${pages.length} docs pages.`,
);
