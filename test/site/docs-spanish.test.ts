// The docs in Spanish: each page follows its English one heading for heading, is
// published with lang="es", and the two link to each other; example addresses are
// marked as placeholders in both languages.
import { expect } from '@open-wc/testing';
import { closePages, expectAccessible, openPage } from './site-page.js';

/** The pages that have a Spanish version, as paths under docs/. */
const PAIRS = ['index.md', 'guides/blogger.md', 'guides/campaign-staff.md', 'guides/builder.md'];

const source = async (path: string) => {
  const response = await fetch(`/${path}`);
  expect(response.ok, path).to.equal(true);
  return response.text();
};

/** The levels of a Markdown file's headings, in order (code blocks left out): `[1, 2, 2, 3]`. */
export function headingLevels(markdown: string) {
  let fenced = false;
  const levels: number[] = [];
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const heading = !fenced && /^(#{1,6})\s/.exec(line);
    if (heading) levels.push(heading[1].length);
  }
  return levels;
}

describe('the docs in Spanish', () => {
  afterEach(closePages);

  it('reads headings the same way as the markdown it is given', () => {
    expect(headingLevels('# A\n\n```sh\n# not a heading\n```\n## B\n### C\n#no\n## D')).to.deep.equal([1, 2, 3, 2]);
  });

  for (const page of PAIRS) {
    it(`docs/es/${page} has the English page's headings, level for level`, async () => {
      const [english, spanish] = await Promise.all([source(`docs/${page}`), source(`docs/es/${page}`)]);
      const levels = headingLevels(english);
      expect(levels.length, 'the English page has headings').to.be.above(0);
      expect(headingLevels(spanish)).to.deep.equal(levels);
      // An example address is a placeholder, and both languages say so.
      if (english.includes('example.org')) {
        expect(english, 'English: example.org is called a placeholder').to.match(/placeholder/);
        expect(spanish, 'Spanish: example.org is called a placeholder').to.match(/marcador de posición/);
      }
    });
  }

  it('README marks its example.org address as a placeholder and points to the Spanish docs', async () => {
    const readme = await source('README.md');
    expect(readme).to.match(/example\.org[^\n]*placeholder|placeholder[^\n]*example\.org/);
    expect(readme).to.contain('docs/es/index.md');
  });

  for (const page of PAIRS) {
    const html = page.replace(/\.md$/, '.html');
    it(`the site publishes docs/es/${html} in Spanish, linked both ways with docs/${html}`, async () => {
      const es = await openPage(`/site/docs/es/${html}`, { width: 360 });
      expect(es.doc.documentElement.lang).to.equal('es');
      expect(es.doc.querySelector('.site-nav')!.getAttribute('aria-label')).to.equal('Sitio');
      const toEnglish = es.doc.querySelector<HTMLAnchorElement>('.lang-switch a')!;
      expect([toEnglish.textContent, toEnglish.lang, new URL(toEnglish.href).pathname]).to.deep.equal([
        'English',
        'en',
        `/site/docs/${html}`,
      ]);
      expect(es.doc.documentElement.scrollWidth, 'fits a phone').to.be.at.most(360);
      await expectAccessible(es);
      closePages();
      const en = await openPage(`/site/docs/${html}`);
      expect(en.doc.documentElement.lang).to.equal('en');
      const toSpanish = en.doc.querySelector<HTMLAnchorElement>('.lang-switch a')!;
      expect([toSpanish.textContent, toSpanish.lang, new URL(toSpanish.href).pathname]).to.deep.equal([
        'Español',
        'es',
        `/site/docs/es/${html}`,
      ]);
    });
  }
});
