// Part of `npm run build`: dist/THIRD-PARTY-LICENSES.txt, the licence of every
// package whose code is inside dist/btw.js (found from its source map), as their
// licences ask of a redistributed binary (Lit: BSD-3-Clause), plus the data we
// derive from simple-icons (CC0-1.0, credited though no notice is required).
// Written from the installed packages at build time, never committed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const map = JSON.parse(readFileSync('dist/btw.js.map', 'utf8'));
/** `../node_modules/@lit/reactive-element/x.js` -> `@lit/reactive-element`. */
const packageOf = (source) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1];
const bundled = [...new Set(map.sources.map(packageOf).filter(Boolean))].sort();
const credited = ['simple-icons'];

const sections = [...bundled, ...credited].map((name) => {
  const dir = `node_modules/${name}`;
  const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt'].map((f) => `${dir}/${f}`).find(existsSync);
  const how = bundled.includes(name)
    ? 'code bundled in dist/btw.js and the per-element bundles'
    : 'icon path data, adapted, in dist/btw.js, btw-share.js and btw-recommendation.js';
  const text = file ? readFileSync(file, 'utf8').trim() : `License: ${pkg.license}`;
  return `${pkg.name} ${pkg.version} (${pkg.license}): ${how}\n${pkg.homepage ?? ''}\n\n${text}\n`;
});
const rule = `\n${'-'.repeat(72)}\n\n`;
writeFileSync(
  'dist/THIRD-PARTY-LICENSES.txt',
  `Beyond the Wall widgets (MIT, see LICENSE) include the following.\n${rule}${sections.join(rule)}`,
);
console.log(`licenses: dist/THIRD-PARTY-LICENSES.txt (${[...bundled, ...credited].join(', ')})`);
