// A Vite plugin for the kit's build: collapses the whitespace of Lit's css`` and
// html`` (and svg``) template literals in src/, which the JS minifier keeps as
// written (multi-line CSS and markup, comments in CSS). Only runs of whitespace
// that contain a line break become one space, and CSS comments go; text on one
// line is left alone, so what a template renders does not change (the kit has
// no <pre> or <textarea> in templates). Uses the TypeScript parser to find the
// templates, so code, strings and regular expressions are never touched.
import ts from 'typescript';

const TAGS = new Set(['css', 'html', 'svg']);

function collapse(text, tag) {
  let out = tag === 'css' ? text.replace(/\/\*[\s\S]*?\*\//g, '') : text;
  out = out.replace(/\s*\n\s*/g, ' ');
  return tag === 'css' ? out.replace(/\s*([{};])\s*/g, '$1') : out;
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
