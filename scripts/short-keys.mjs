// A Vite plugin for the kit's build: gives the localized strings' keys
// (`signupErrorRateLimited`, ...) short names in dist/btw.js. The keys are
// defined in src/locales/en.ts and used only as quoted literals ('signupHeading')
// and as the tables' property names; the minifier cannot shorten either, and
// they cost ~0.35 kB gzip. Sources and tests keep the readable names.
// The build fails if a key is left in the bundle under its long name (a use the
// plugin did not rename, such as a key built at run time).
import { readFileSync } from 'node:fs';

/** Keys too short, or too common as other strings ('loading' is also a readyState), to rename. */
const KEEP = new Set(['loading', 'share']);

export function termKeys(file = 'src/locales/en.ts') {
  return [...readFileSync(file, 'utf8').matchAll(/^ {2}(\w+):/gm)].map((m) => m[1]).filter((key) => !KEEP.has(key));
}

export function shortKeysPlugin() {
  let names;
  return {
    name: 'btw-short-keys',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
      names = new Map(termKeys().map((key, i) => [key, (i >= letters.length ? letters[Math.floor(i / letters.length) - 1] : '') + letters[i % letters.length]]));
    },
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || id.endsWith('.test.ts')) return undefined;
      const locale = /\/src\/locales\/\w+\.ts$/.test(id);
      const out = code.replace(/(['"])(\w+)\1|^( {2})(\w+):/gm, (match, quote, word, indent, prop) => {
        if (quote) return names.has(word) ? `${quote}${names.get(word)}${quote}` : match;
        return locale && names.has(prop) ? `${indent}${names.get(prop)}:` : match;
      });
      return out === code ? undefined : { code: out, map: null };
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const left = [...names.keys()].filter((key) => new RegExp(`\\b${key}\\b`).test(chunk.code));
        if (left.length) this.error(`short-keys: ${left.join(', ')} still in ${chunk.fileName}; use term keys as quoted literals`);
      }
    },
  };
}
