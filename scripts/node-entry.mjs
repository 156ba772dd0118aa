// Part of `npm run build`: dist/btw.node.js, what `import 'beyond-the-wall-widgets'`
// (or an element's entry) gives where there is no DOM, through the package's export
// conditions: Node (server-side rendering in Next.js, Nuxt, SvelteKit or Astro,
// build tools, tests without a DOM) and edge runtimes and workers (`edge-light`,
// `workerd`, `worker`, listed before `browser`, which edge runtimes also match).
// The bundles extend HTMLElement, which these do not have, so this module loads
// none of them and defines nothing: it only has the bundles' export names, so a
// server-side `import { BtwShare } from …` links (to `undefined`) instead of failing.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const bundles = readdirSync('dist').filter((file) => /^btw(-[a-z-]+)?\.js$/.test(file));
const names = new Set();
for (const file of bundles) {
  const clause = /export\s*\{([^}]*)\}\s*;?\s*(\/\/# sourceMappingURL=\S+\s*)?$/.exec(
    readFileSync(`dist/${file}`, 'utf8'),
  );
  for (const item of clause?.[1].split(',') ?? [])
    names.add(
      item
        .trim()
        .split(/\s+as\s+/)
        .pop(),
    );
}
names.delete('');

// Functions stay callable (and do nothing), so that server code may call them.
const FUNCTIONS = new Set(['defineOnce', 'registerLocale']);
const lines = [...names]
  .sort()
  .map((name) => (FUNCTIONS.has(name) ? `export function ${name}() {}` : `export const ${name} = undefined;`));
writeFileSync(
  'dist/btw.node.js',
  `// Beyond the Wall widgets outside a browser: no DOM, so nothing is defined here.\n// Browsers (and bundles for them) get dist/btw.js instead.\n${lines.join('\n')}\n`,
);
console.log(`node entry: dist/btw.node.js (${names.size} names, from ${bundles.join(', ')})`);
