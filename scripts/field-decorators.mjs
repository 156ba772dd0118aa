// A Vite plugin for the kit's build: the kit's field decorators (`@property()`,
// `@state()`, src/shared/decorators.ts) become plain calls after their class,
// `property()(Class.prototype, 'name')`, which is what TypeScript's legacy
// decorators do for a plain field, without the general `__decorate` helper the
// transform would add (descriptors, Reflect.decorate, class decorators; ~0.1 kB
// gzip) and its per-field array. Decorators run in the same order TypeScript
// runs them (bottom to top of a field's list, fields in order, right after the
// class). Only fields of named classes: anything else fails the build, and so
// does the general helper in the bundle.
import MagicString from 'magic-string';
import ts from 'typescript';

/** Returns `code` with its field decorators moved after their class, or undefined when it has none. */
export const moveFieldDecorators = (code, fileName) => fieldDecoratorEdits(code, fileName)?.toString();

/** The same edits as a MagicString (which gives the pass's source map), or undefined. */
export function fieldDecoratorEdits(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out = new MagicString(code);
  let moved = false;
  const visit = (node) => {
    const decorators = ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : [];
    if (decorators.length) {
      const parent = node.parent;
      const field =
        ts.isPropertyDeclaration(node) && !ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
      if (!field || !ts.isIdentifier(node.name) || !ts.isClassDeclaration(parent) || !parent.name) {
        throw new Error(
          `field-decorators: only fields of named classes may be decorated (${fileName}: ${node.getText(source).slice(0, 60)})`,
        );
      }
      const calls = decorators
        .map(
          (d) => `${d.expression.getText(source)}(${parent.name.text}.prototype, ${JSON.stringify(node.name.text)});`,
        )
        .reverse();
      for (const d of decorators) out.remove(d.getStart(source), d.getEnd());
      // After the class, in the fields' order (appendLeft keeps the order of the calls).
      out.appendLeft(parent.getEnd(), ` ${calls.join(' ')}`);
      moved = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return moved ? out : undefined;
}

export function fieldDecoratorsPlugin() {
  return {
    name: 'btw-field-decorators',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('@')) return undefined;
      const out = fieldDecoratorEdits(code, id);
      return out === undefined
        ? undefined
        : { code: out.toString(), map: out.generateMap({ hires: true, source: id, includeContent: true }) };
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.code.includes('Reflect.decorate')) {
          this.error(`field-decorators: a decorator was left to the general helper in ${chunk.fileName}`);
        }
      }
    },
  };
}
