// The VS Code custom data the package ships (after `npm run build`), read as the
// editor reads it.
import { expect } from '@open-wc/testing';

interface Attribute {
  name: string;
  valueSet?: string;
  values?: { name: string }[];
}
interface Tag {
  name: string;
  description: string;
  attributes: Attribute[];
}
interface Entry {
  name: string;
  description: string;
}

const load = async <T>(path: string): Promise<T> => (await fetch(path)).json() as Promise<T>;
const duplicates = (names: string[]) => names.filter((name, i) => names.indexOf(name) !== i);

describe('the VS Code custom data', () => {
  let tags: Tag[];
  let css: { properties: Entry[]; pseudoElements: Entry[] };
  before(async () => {
    ({ tags } = await load<{ tags: Tag[] }>('/dist/vscode.html-custom-data.json'));
    css = await load('/dist/vscode.css-custom-data.json');
  });

  const attribute = (tag: string, name: string) =>
    tags.find((t) => t.name === tag)!.attributes.find((a) => a.name === name)!;

  it('completes boolean attributes without a value (`valueSet: "v"`), and only those', () => {
    expect(attribute('btw-signup', 'consent').valueSet).to.equal('v');
    expect(attribute('btw-recommendation', 'share').valueSet).to.equal('v');
    const marked = tags.flatMap((tag) =>
      tag.attributes.filter((a) => a.valueSet === 'v').map((a) => `${tag.name} ${a.name}`),
    );
    expect(marked.sort()).to.deep.equal(['btw-recommendation share', 'btw-signup consent']);
    expect(attribute('btw-share', 'variant').values?.map((value) => value.name)).to.deep.equal(['buttons', 'icons']);
  });

  it('lists each CSS custom property and each part once, naming every element that takes it', () => {
    const names = css.properties.map((entry) => entry.name);
    expect(duplicates(names)).to.deep.equal([]);
    expect(names).to.include.members(['--btw-accent', '--btw-font', '--btw-min-height']);
    expect(duplicates(css.pseudoElements.map((entry) => entry.name))).to.deep.equal([]);
    const accent = css.properties.find((entry) => entry.name === '--btw-accent')!.description;
    for (const tag of ['btw-recommendation', 'btw-share', 'btw-signup']) expect(accent).to.contain(`<${tag}>`);
    const button = css.pseudoElements.find((entry) => entry.name === '::part(button)')!.description;
    expect(button).to.contain('<btw-share>').and.to.contain('<btw-signup>');
  });

  it('describes each tag without empty sections or unknown defaults', () => {
    expect(tags.map((tag) => tag.name).sort()).to.deep.equal(['btw-recommendation', 'btw-share', 'btw-signup']);
    for (const tag of tags) {
      expect(tag.description, tag.name).not.to.contain('undefined');
      // Every "### **Section:**" heading has something under it.
      expect(tag.description, tag.name).not.to.match(/### \*\*[^*]+:\*\*\s*(###|$)/);
      expect(tag.description, tag.name).to.contain('### **CSS Parts:**');
    }
  });
});
