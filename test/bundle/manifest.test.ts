import { expect } from '@open-wc/testing';
import { KIT_TAGS } from './kit.js';

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
      expect(names(element.cssProperties), 'CSS properties').to.include.members([...spec.cssProperties, ...expected.cssProperties]);
    });
  }
});
