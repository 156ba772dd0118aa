import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, visibleTextShare } from '../../../test/helpers/media.js';
import { $, $$, settled } from '../../../test/helpers/recommendation.js';
import type { BtwRecommendation } from './recommendation.js';

const DOC = JSON.stringify({
  schemaVersion: 1,
  id: 'forced',
  url: 'https://example.org/beyond-the-wall/root-causes',
  defaultLocale: 'en',
  locales: {
    en: {
      title: 'Address the root causes',
      summary: 'A wall does nothing about why families leave.',
      actions: ['One', 'Two', 'Three', 'Four'].map((title) => ({ title })),
      links: [{ label: 'Beyond the Wall', href: 'https://example.org/join', kind: 'campaign' }],
    },
  },
});

// Emulating forced colours needs Chromium's DevTools protocol: Chromium only.
describe('<btw-recommendation> in forced-colors mode', () => {
  afterEach(() => emulateMedia({}));

  for (const variant of ['card', 'full']) {
    it(`shows the text of its ${variant === 'full' ? 'call to action' : 'disclosure button'} (a screenshot’s pixels)`, async () => {
      await emulateMedia({ 'forced-colors': 'active' });
      const el = await fixture<BtwRecommendation>(html`<btw-recommendation variant=${variant}>
        <script type="application/json">${DOC}</script>
      </btw-recommendation>`);
      await settled(el);
      const labels = variant === 'full' ? $$(el, '[part="cta"] span') : [$(el, 'button')!];
      expect(labels.map((node) => node.textContent!.trim())).to.deep.equal(
        variant === 'full' ? ['Join the campaign', 'Beyond the Wall'] : ['Show all 4 actions'],
      );
      for (const label of labels) expect(await visibleTextShare(label), label.textContent!).to.be.above(0.05);
      await expect(el).to.be.accessible();
    });
  }
});
