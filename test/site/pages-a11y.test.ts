// The built site's other pages as a visitor meets them: the campaign demo in
// English and Spanish, and every docs page the docs index links to, each with
// axe run in the page's own window once the kit has rendered. (The builder and
// the studio have tests of their own, in both languages and every state.)
import { expect } from '@open-wc/testing';
import { closePages, expectAccessible, openPage, until } from './site-page.js';

const SITE = '/site/';

/** The demo has rendered: its recommendations are loaded and every element has its shadow root. */
const rendered = (doc: Document) =>
  [...doc.querySelectorAll('btw-recommendation, btw-share, btw-signup')].every(
    (el) => el.shadowRoot?.childElementCount && !el.hasAttribute('aria-busy'),
  );

describe('the site: demo and docs pages', function () {
  // Each page loads the kit and runs axe; the docs crawl opens every docs page: slow on a loaded machine.
  this.timeout(30_000);
  afterEach(closePages);

  for (const lang of ['en', 'es']) {
    it(`the demo in ${lang} has no axe violation, with every element rendered`, async () => {
      const page = await openPage(`${SITE}index.html?lang=${lang}`);
      await until(() => rendered(page.doc) && page.doc.querySelector('btw-recommendation'), 'the demo renders');
      expect(page.doc.documentElement.lang).to.equal(lang);
      await expectAccessible(page);
    });
  }

  it('every docs page has no axe violation', async () => {
    const index = await openPage(`${SITE}docs/index.html`);
    await expectAccessible(index);
    const pages = [...index.doc.querySelectorAll<HTMLAnchorElement>('main a[href$=".html"]')]
      .map((a) => new URL(a.href))
      .filter((url) => url.pathname.startsWith(`${SITE}docs/`))
      .map((url) => url.pathname);
    const unique = [...new Set(pages)];
    // The index links to the three element references and the guides.
    expect(unique.filter((path) => path.includes('/elements/'))).to.have.length(3);
    expect(unique.filter((path) => path.includes('/guides/')).length).to.be.at.least(10);
    for (const path of unique) {
      closePages();
      const page = await openPage(path, { width: 360 });
      expect(page.doc.title, path).to.not.equal('');
      await expectAccessible(page);
    }
  });
});
