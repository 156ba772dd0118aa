// The shipped source maps show the source as written: a position in dist/btw.js
// maps back to the line, column and identifier of src/, and each source's text is
// the file's own (term keys long, decorators in place, every Spanish string there).
import { expect } from '@open-wc/testing';
import { generatedPositionFor, originalPositionFor, sourceContentFor, TraceMap } from '@jridgewell/trace-mapping';

const mapOf = async (file: string) => new TraceMap(await (await fetch(`/dist/${file}.map`)).json());
const sourceOf = (map: TraceMap, path: string) => map.sources.find((source) => source?.endsWith(path))!;

describe('the source maps', () => {
  it('map a call in dist/btw.js back to its line, column and name in src/components/signup/view.ts', async () => {
    const map = await mapOf('btw.js');
    const source = sourceOf(map, 'src/components/signup/view.ts');
    const lines = sourceContentFor(map, source)!.split('\n');
    const written = "setText(this.#heading, t('signupHeading'));";
    const line = lines.findIndex((text) => text.includes(written)) + 1;
    expect(line, 'the line as written').to.be.above(0);
    const code = (await (await fetch('/dist/btw.js')).text()).split('\n');
    for (const [identifier, column] of [
      ['setText', lines[line - 1].indexOf('setText')],
      ['t', lines[line - 1].indexOf("t('signupHeading')")],
    ] as const) {
      const generated = generatedPositionFor(map, { source, line, column });
      expect(generated.line, `${identifier} is in the bundle`).to.not.equal(null);
      // The bundle holds a call there (minified names), and it maps back exactly.
      expect(code[generated.line! - 1].slice(generated.column!)).to.match(/^[\w$]+\(/);
      expect(originalPositionFor(map, { line: generated.line!, column: generated.column! })).to.deep.equal({
        source,
        line,
        column,
        name: identifier,
      });
    }
  });

  it("hold each source's own text: long term keys, decorators, every Spanish string", async () => {
    const map = await mapOf('btw-share.js');
    expect(sourceContentFor(map, sourceOf(map, 'src/components/share/share.ts')))
      .to.contain("term('shareLinkCopied')")
      .and.contain('@property(');
    // btw-share.js leaves the sign-up strings out of its code, not out of its map.
    expect(sourceContentFor(map, sourceOf(map, 'src/locales/es.ts'))).to.contain('signupSuccess:');
  });
});
