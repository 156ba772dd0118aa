// custom-elements.json (what editors and docs read) and dist/manifest.json (which file to load).
import { expect } from '@open-wc/testing';
import { KIT_TAGS } from './kit.js';
import type { Manifest } from '../../scripts/build-manifest.mjs';

interface Named {
  name: string;
}
interface Declaration {
  customElement?: boolean;
  tagName?: string;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  slots?: Named[];
  cssProperties?: Named[];
}
interface SpecElement {
  attributes: string[];
  events: string[];
  parts: string[];
  slots: string[];
  cssProperties: string[];
}

const load = async (url: string) => (await fetch(url)).json();
const names = (list?: Named[]) => (list ?? []).map(({ name }) => name);

describe('custom-elements.json', () => {
  let spec: { cssProperties: string[]; elements: Record<string, SpecElement> };
  let declarations: Declaration[];
  before(async () => {
    spec = await load('/test/fixtures/spec-names.json');
    const manifest = await load('/dist/custom-elements.json');
    declarations = manifest.modules.flatMap((module: { declarations?: Declaration[] }) => module.declarations ?? []);
  });

  it('describes every element the bundle defines, under its tag', () => {
    const tags = declarations.filter((d) => d.customElement).map((d) => d.tagName);
    expect(tags).to.include.members(KIT_TAGS);
  });

  for (const tag of KIT_TAGS) {
    it(`names every attribute, event, part, slot and CSS property the public contract gives <${tag}>`, () => {
      const element = declarations.find((d) => d.tagName === tag)!;
      const expected = spec.elements[tag];
      expect(names(element.attributes), 'attributes').to.include.members(expected.attributes);
      expect(names(element.events), 'events').to.include.members(expected.events);
      expect(names(element.cssParts), 'parts').to.include.members(expected.parts);
      expect(names(element.slots), 'slots').to.include.members(expected.slots);
      expect(names(element.cssProperties), 'CSS properties').to.include.members([
        ...spec.cssProperties,
        ...expected.cssProperties,
      ]);
    });
  }
});

/** Opens test/pages/bundles-alone.html with one file; resolves with the kit's tags it defined. */
async function tagsDefinedBy(file: string): Promise<string[]> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/pages/bundles-alone.html?file=${file}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await win.customElements.whenDefined(file === 'btw-signup.js' ? 'btw-signup' : 'btw-share');
  const tags = KIT_TAGS.filter((tag) => win.customElements.get(tag));
  const errors = (win as unknown as { __btw: { errors: string[] } }).__btw.errors;
  frame.remove();
  expect(errors, `errors loading ${file}`).to.deep.equal([]);
  return tags;
}

describe('dist/manifest.json', () => {
  let manifest: Manifest;
  before(async () => {
    manifest = await load('/dist/manifest.json');
  });

  it('names the package, its version and each file with the elements it defines', async () => {
    const pkg = await load('/package.json');
    expect(manifest.name).to.equal(pkg.name);
    expect(manifest.version).to.equal(pkg.version);
    expect(manifest.files.map(({ file, elements }) => [file, elements])).to.deep.equal([
      ['btw-share.js', ['btw-share']],
      ['btw-signup.js', ['btw-signup']],
      ['btw-recommendation.js', ['btw-recommendation', 'btw-share']],
      ['btw.js', ['btw-recommendation', 'btw-share', 'btw-signup']],
    ]);
  });

  it('holds the sha384 integrity hash and sizes of each file it describes', async () => {
    for (const entry of manifest.files) {
      const code = await (await fetch(`/dist/${entry.file}`)).arrayBuffer();
      const digest = await crypto.subtle.digest('SHA-384', code);
      expect(entry.integrity, entry.file).to.equal(`sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`);
      expect(entry.size, entry.file).to.equal(code.byteLength);
      expect(entry.gzip, entry.file).to.be.above(0).and.below(entry.size);
      expect(entry.brotli, entry.file).to.be.above(0).and.below(entry.size);
    }
  });

  it('lists for each file exactly the tags that file defines when loaded alone', async () => {
    for (const { file, elements } of manifest.files) {
      expect(await tagsDefinedBy(file), file).to.deep.equal([...elements].sort());
    }
  });

  it('makes a file for one element smaller than the whole kit', () => {
    const gzipOf = (file: string) => manifest.files.find((entry) => entry.file === file)!.gzip;
    for (const file of ['btw-share.js', 'btw-signup.js', 'btw-recommendation.js']) {
      expect(gzipOf(file), file).to.be.below(gzipOf('btw.js'));
    }
  });
});
