// The localized strings' keys (`signupErrorRateLimited`, ...), defined in
// src/locales/en.ts and used only as quoted literals ('signupHeading') and as the
// tables' property names, and the per-element bundles' plugin that leaves out the
// strings a bundle never uses. The keys stay as written in every bundle: a
// language a partner adds names its terms by them.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import MagicString from 'magic-string';
import ts from 'typescript';

/** Keys too short, or too common as other strings ('loading' is also a readyState), to rename. */
const KEEP = new Set(['loading', 'share']);

export function termKeys(file = 'src/locales/en.ts') {
  return [...readFileSync(file, 'utf8').matchAll(/^ {2}(\w+):/gm)].map((m) => m[1]).filter((key) => !KEEP.has(key));
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
 * sign-up text).
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
        const table =
          node.parent?.parent &&
          ts.isObjectLiteralExpression(node.parent) &&
          ts.isVariableDeclaration(node.parent.parent);
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
