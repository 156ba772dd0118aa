// A Vite plugin for the kit's build: gives the localized strings' keys
// (`signupErrorRateLimited`, ...) short names in dist/btw.js. The keys are
// defined in src/locales/en.ts and used only as quoted literals ('signupHeading')
// and as the tables' property names; the minifier cannot shorten either, and
// they cost ~0.35 kB gzip. Sources and tests keep the readable names.
// The build fails if a key is left in the bundle under its long name (a use the
// plugin did not rename, such as a key built at run time).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import MagicString from 'magic-string';
import ts from 'typescript';

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
      const out = new MagicString(code);
      for (const match of code.matchAll(/(['"])(\w+)\1|^( {2})(\w+):/gm)) {
        const [whole, quote, word, indent, prop] = match;
        if (quote && names.has(word)) out.overwrite(match.index, match.index + whole.length, `${quote}${names.get(word)}${quote}`);
        else if (!quote && locale && names.has(prop)) out.overwrite(match.index + indent.length, match.index + indent.length + prop.length, names.get(prop));
      }
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true, source: id, includeContent: true }) } : undefined;
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

/**
 * The term keys a bundle can ask for: every key written as a quoted literal in
 * the sources that `entry` imports, directly or not (locale tables aside).
 * Term keys are only ever used as quoted literals (see above), so this is all.
 */
export function usedTermKeys(entry, keys = new Set(termKeys().concat([...KEEP]))) {
  const used = new Set();
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
    }
    if (/\/src\/locales\//.test(file)) return;
    for (const [, word] of code.matchAll(/['"](\w+)['"]/g)) if (keys.has(word)) used.add(word);
  };
  visit(resolve(entry));
  return used;
}

/**
 * A Vite plugin for the per-element bundles: leaves out of the locale tables
 * the strings that no element of the bundle uses (dist/btw-share.js carries no
 * sign-up text). Runs before shortKeysPlugin, on the tables' readable keys.
 */
export function unusedTermsPlugin() {
  let used;
  return {
    name: 'btw-unused-terms',
    enforce: 'pre',
    apply: 'build',
    buildStart(options) {
      const entries = Array.isArray(options.input) ? options.input : Object.values(options.input ?? {});
      used = new Set(entries.flatMap((entry) => [...usedTermKeys(entry)]));
    },
    transform(code, id) {
      if (!/\/src\/locales\/(en|es)\.ts$/.test(id)) return undefined;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const cuts = [];
      const visit = (node) => {
        const table = node.parent?.parent && ts.isObjectLiteralExpression(node.parent) && ts.isVariableDeclaration(node.parent.parent);
        if (table && ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && !used.has(node.name.text)) {
          // The property and its comma; the pass's map keeps the rest where the source has it.
          let end = node.getEnd();
          if (code[end] === ',') end += 1;
          cuts.push([node.getStart(source), end]);
          return;
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (!cuts.length) return undefined;
      const out = new MagicString(code);
      for (const [start, end] of cuts) out.remove(start, end);
      return { code: out.toString(), map: out.generateMap({ hires: true, source: id, includeContent: true }) };
    },
  };
}
