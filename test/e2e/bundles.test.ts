import { expect } from '@open-wc/testing';
import { kitReady, openPage, recordOf } from '../bundle/kit.js';

type DefinedBy = (files: string[]) => Promise<Record<string, string>>;

const label = (el: HTMLElement, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((node) =>
    (node.getAttribute('aria-label') ?? node.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );

// Each page loads some of the kit's files by script tag, in the order given;
// the first file to define a tag keeps it.
const PAGES = [
  {
    page: 'bundles-share-first.html',
    files: ['btw-share.js', 'btw.js'],
    definedBy: { 'btw-share': 'btw-share.js', 'btw-recommendation': 'btw.js', 'btw-signup': 'btw.js' },
  },
  {
    page: 'bundles-kit-first.html',
    files: ['btw.js', 'btw-recommendation.js', 'btw-share.js', 'btw-signup.js'],
    definedBy: { 'btw-share': 'btw.js', 'btw-recommendation': 'btw.js', 'btw-signup': 'btw.js' },
  },
  {
    page: 'bundles-parts-first.html',
    files: ['btw-signup.js', 'btw-recommendation.js', 'btw-share.js', 'btw.js'],
    definedBy: {
      'btw-share': 'btw-recommendation.js',
      'btw-recommendation': 'btw-recommendation.js',
      'btw-signup': 'btw-signup.js',
    },
  },
];

describe("several of the kit's files on one page", () => {
  for (const { page, files, definedBy } of PAGES) {
    it(`${files.join(' then ')}: the first file to define a tag keeps it, every element works, no error`, async () => {
      const frame = await openPage(page, { width: 800, height: 1600 });
      try {
        const kit = await kitReady(frame);
        const win = frame.contentWindow as unknown as Window & { __btwDefinedBy: DefinedBy };
        expect(await win.__btwDefinedBy(files)).to.deep.equal(definedBy);
        expect(recordOf(frame).loaded).to.include.members(files.map((file) => `/dist/${file}`));
        expect(label(kit.share, '[part~="button"]')).to.deep.equal([
          'Share on WhatsApp',
          'Share by email',
          'Copy link',
        ]);
        expect(label(kit.signup, 'label')[0]).to.contain('Email');
        expect(label(kit.recommendation, '[part~="title"]')[0]).to.contain('Central America');
        // The share buttons of a quote are a <btw-share> inside the recommendation.
        const quoteButtons = () =>
          kit.recommendation
            .shadowRoot!.querySelector('[part~="quote"] btw-share')
            ?.shadowRoot?.querySelectorAll('a[href], button') ?? [];
        for (let waited = 0; !quoteButtons().length && waited < 5000; waited += 20)
          await new Promise((resolve) => setTimeout(resolve, 20));
        expect(quoteButtons().length, 'share buttons of a quote').to.be.above(0);
        expect(recordOf(frame).errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
