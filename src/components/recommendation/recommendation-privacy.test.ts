import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import origin from '../../../test/server/origin.js';
import { $, capture, newKey, settled } from '../../../test/helpers/recommendation.js';
import type { BtwRecommendation } from './recommendation.js';
import { until } from '../../../test/helpers/until.js';

const doc = (image: string, summary = 'Short.') => ({
  schemaVersion: 1,
  id: 'privacy',
  url: 'https://example.org/privacy',
  defaultLocale: 'en',
  locales: { en: { title: 'Title', summary, image: { src: image, alt: 'A wall' }, actions: [{ title: 'Act' }] } },
});

describe('<btw-recommendation> privacy', () => {
  it("sends no Referer for a document's image, whatever the page's own policy", async () => {
    const address = location.href;
    const meta = document.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'unsafe-url';
    document.head.append(meta);
    history.replaceState(null, '', `${location.pathname}?token=SECRET`);
    try {
      const key = newKey();
      const el = await fixture<BtwRecommendation>(
        html`<btw-recommendation variant="full"><script type="application/json">${JSON.stringify(doc(`${origin}/api/image.png?key=${key}`))}</script></btw-recommendation>`,
      );
      await settled(el);
      expect($(el, 'img')!.getAttribute('referrerpolicy')).to.equal('no-referrer');
      const requests = async () =>
        (await (await fetch(`${origin}/api/log?key=${key}`)).json()) as { headers: Record<string, string> }[];
      await until(async () => (await requests()).length, 'the image request');
      expect((await requests()).map((request) => request.headers.referer)).to.deep.equal([undefined]);
    } finally {
      history.replaceState(null, '', address);
    }
  });

  it('refuses an inline document over 256 kB, as it refuses one from src', async () => {
    const json = JSON.stringify(doc('https://example.org/wall.jpg', 'é'.repeat(130 * 1024)));
    expect(json.length, 'under the cap in characters, over it in UTF-8 bytes').to.be.below(256 * 1024);
    const logged = await capture('error', async () => {
      const el = await fixture<BtwRecommendation>(
        html`<btw-recommendation><script type="application/json">${json}</script></btw-recommendation>`,
      );
      await aTimeout(0);
      await el.updateComplete;
      expect($(el, '[part="error"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
    expect(logged.join('\n')).to.contain('the inline document is larger than 256 kB');
  });

  it('shows an inline document just under the cap', async () => {
    const el = await fixture<BtwRecommendation>(
      html`<btw-recommendation><script type="application/json">${JSON.stringify(doc('https://example.org/wall.jpg', 'a'.repeat(200 * 1024)))}</script></btw-recommendation>`,
    );
    await settled(el);
    expect($(el, '[part="card"]')).to.not.equal(null);
  });
});
