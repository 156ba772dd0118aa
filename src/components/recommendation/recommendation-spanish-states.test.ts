// Every Spanish string of <btw-recommendation>, read where a reader meets it: each
// state rendered in Spanish, its text and accessible names compared with src/locales/es.ts.
import { expect, fixture, html } from '@open-wc/testing';
import { $, docUrl, settled } from '../../../test/helpers/recommendation.js';
import { expectSpanish, termKeys, type Shown } from '../../../test/helpers/reader.js';
import { until } from '../../../test/helpers/until.js';
import type { Terms } from '../../locales/en.js';
import type { BtwRecommendation } from './recommendation.js';

const render = (src: string, variant = 'card') =>
  fixture<BtwRecommendation>(html`<btw-recommendation lang="es" variant=${variant} src=${src}></btw-recommendation>`);

const KINDS = ['article', 'podcast', 'commentary', 'data', 'video', 'more', 'campaign'] as const;

const STATES: { name: string; reach(): Promise<BtwRecommendation>; shows: Shown[] }[] = [
  {
    name: 'loading (the server answers late)',
    reach: async () => {
      const el = await render(docUrl('full', undefined, '&delay=60000'));
      await until(() => $(el, '[part="loading"]'), 'the loading text');
      return el;
    },
    shows: [['loading']],
  },
  {
    name: 'the full document',
    reach: async () => {
      const el = await render(docUrl('full'), 'full');
      await settled(el);
      return el;
    },
    shows: [
      ['recUpdated'],
      ['recActions'],
      ['recQuotes'],
      ['recLinks'],
      ...KINDS.map((kind): Shown => ['recLink', kind]),
    ],
  },
  {
    name: 'the card, its actions folded',
    reach: async () => {
      const el = await render(docUrl('full'));
      await settled(el);
      return el;
    },
    shows: [['recShowAll', 5], ['recReadFull']],
  },
  {
    name: 'the card, its actions unfolded',
    reach: async () => {
      const el = await render(docUrl('full'));
      await settled(el);
      $(el, '[aria-expanded]')!.click();
      await el.updateComplete;
      return el;
    },
    shows: [['recShowFewer']],
  },
  {
    name: 'a document that does not load (500)',
    reach: async () => {
      const el = await render(docUrl('full', undefined, '&fail=500'));
      await settled(el);
      return el;
    },
    shows: [['recErrorLoad'], ['recRetry']],
  },
  {
    name: 'a document of an unknown version',
    reach: async () => {
      const el = await render(docUrl('version-2'));
      await settled(el);
      return el;
    },
    shows: [['recErrorInvalid'], ['recErrorLink']],
  },
];

describe('<btw-recommendation> in Spanish, state by state', function () {
  // A full document with its share widgets, and axe over it, on a loaded machine.
  this.timeout(30_000);

  for (const state of STATES) {
    it(`says ${state.shows.map(([key]) => key).join(', ')}: ${state.name}`, async () => {
      const el = await state.reach();
      try {
        expectSpanish(el, state.shows, expect);
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });
  }

  /** Spanish strings asserted in a file of their own. */
  const ELSEWHERE: Partial<Record<keyof Terms, string>> = {
    recRelated: 'recommendation-related.test.ts',
    recLoaded: 'recommendation-focus.test.ts',
    recShareQuote: 'recommendation-related.test.ts',
  };

  it('the states above and ELSEWHERE hold every Spanish string of the element, and "loading"', () => {
    const shown = new Set<keyof Terms>([
      ...STATES.flatMap((state) => state.shows.map(([key]) => key)),
      ...(Object.keys(ELSEWHERE) as (keyof Terms)[]),
    ]);
    expect([...termKeys('rec'), 'loading' as const].filter((key) => !shown.has(key))).to.deep.equal([]);
  });
});
