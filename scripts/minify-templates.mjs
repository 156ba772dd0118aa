// A Vite plugin for the kit's build: collapses the whitespace of Lit's css`` and
// html`` (and svg``) template literals in src/, which the JS minifier keeps as
// written (multi-line CSS and markup, comments in CSS). Only runs of whitespace
// that contain a line break become one space, and CSS comments go; text on one
// line is left alone, so what a template renders does not change (the kit has
// no <pre> or <textarea> in templates). Uses the TypeScript parser to find the
// templates, so code, strings and regular expressions are never touched.
import ts from 'typescript';

const TAGS = new Set(['css', 'html', 'svg']);

/**
 * Shortest equal CSS for the kit's stylesheets: no comments; whitespace only where
 * it separates tokens (a descendant combinator, `1px solid`, `a * b` in calc());
 * none around `{ } ; ,` or after `:` (a space BEFORE `:` is a combinator and stays);
 * no `;` before `}`; `0.5` written `.5`. Quoted strings are left alone.
 */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^'\n]*'|"[^"\n]*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/\s+!important/g, '!important')
            .replace(/(^|[\s:(,])0\.(\d)/g, '$1.$2')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}

function collapse(text, tag) {
  if (tag === 'css') return minifyCss(text);
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Returns `code` with its tagged templates collapsed, or undefined when nothing changed. */
export function minifyTemplates(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const tag = node.tag.text;
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const part of parts) {
        // The raw text between the delimiters (` or } before, ` or ${ after).
        const start = part.getStart(source) + 1;
        const end = part.getEnd() - (part.kind === ts.SyntaxKind.TemplateHead || part.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1);
        const raw = code.slice(start, end);
        const next = collapse(raw, tag);
        if (next !== raw) edits.push([start, end, next]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!edits.length) return undefined;
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

export function minifyTemplatesPlugin() {
  return {
    name: 'btw-minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html|svg)`/.test(code)) return undefined;
      const out = minifyTemplates(code, id);
      return out === undefined ? undefined : { code: out, map: null };
    },
  };
}
