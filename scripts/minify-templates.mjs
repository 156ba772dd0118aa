// A Vite plugin for the build: collapses the line breaks and indentation inside
// Lit's html`` and css`` templates (and drops CSS comments), so dist/btw.js stays
// one line of code and a little smaller. Whitespace runs render the same in HTML
// and CSS, so the templates behave exactly as written. Only sources under src/.
import ts from 'typescript';

const TAGS = new Set(['html', 'css']);

export function minifyTemplates() {
  return {
    name: 'btw-minify-templates',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits = [];
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && TAGS.has(node.tag.getText(file))) {
          const { template } = node;
          const pieces = ts.isNoSubstitutionTemplateLiteral(template)
            ? [template]
            : [template.head, ...template.templateSpans.map((span) => span.literal)];
          for (const piece of pieces) {
            const start = piece.getStart(file);
            const end = piece.getEnd();
            let text = code.slice(start, end);
            if (node.tag.getText(file) === 'css') text = text.replace(/\/\*[\s\S]*?\*\//g, '');
            text = text.replace(/\s*\n\s*/g, ' ');
            edits.push([start, end, text]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return out === code ? null : { code: out, map: null };
    },
  };
}
