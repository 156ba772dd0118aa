// `npm run build`, first step: the two builds of one source.
// The CDN build: each bundle of BUNDLES is its own Vite build of its entry
// (vite.config.ts, with the entry and file name swapped in), so that every file
// is one ES module with no imports and no shared chunk. Then dist/manifest.json
// describes them all.
// The npm build (BTW_BUILD=npm, see vite.config.ts): dist/npm/, every entry in
// one build, code-split, importing `@lit/reactive-element`; package.json's
// exports point there.
import { cpSync, readdirSync } from 'node:fs';
import { build } from 'vite';
import { BUNDLES, writeManifest } from './build-manifest.mjs';

for (const { entry, file } of BUNDLES) {
  await build({ logLevel: 'warn', build: { lib: { entry, formats: ['es'], fileName: () => file } } });
}
process.env.BTW_BUILD = 'npm';
await build({ logLevel: 'warn' });
delete process.env.BTW_BUILD;
// Languages a partner can add, as examples beside the bundles (dist/locales/fr.json).
for (const file of readdirSync('src/locales').filter((name) => name.endsWith('.json'))) {
  cpSync(`src/locales/${file}`, `dist/locales/${file}`);
}
// Each build prints its file's sizes (rollup-plugin-summary); the manifest has them too.
const manifest = writeManifest();
const kit = manifest.files.find(({ file }) => file === 'btw.js');
console.log(
  `build: CDN snippet: <script type="module" src="https://cdn.example.org/${manifest.name}@${manifest.version}/dist/btw.js" integrity="${kit.integrity}" crossorigin="anonymous"></script>`,
);
