// Server-rendered pages: a framework hydrates the HTML the server sent and
// complains about any attribute it did not write. So the kit writes nothing on a
// host element, at upgrade or after: its state lives in the shadow root and in
// ElementInternals.
import { expect, oneEvent } from '@open-wc/testing';
import { capture, docUrl, newKey, settled } from '../helpers/recommendation.js';
import type { BtwRecommendation } from '../../src/components/recommendation/recommendation.js';
import '../../src/index.js';
import { until } from '../helpers/until.js';

const attributesOf = (el: Element) => el.getAttributeNames().map((name) => `${name}=${el.getAttribute(name)}`);

/**
 * `html` as a server sends it: parsed in a document with no custom elements (so
 * nothing upgrades), its attributes recorded, then moved into this page, where
 * the element upgrades. Returns the element and its attributes as parsed.
 */
function serverRendered<T extends HTMLElement>(html: string) {
  const parsed = document.implementation.createHTMLDocument('').body;
  parsed.innerHTML = html;
  const el = parsed.firstElementChild as T;
  expect(el.shadowRoot, 'not upgraded while parsed').to.equal(null);
  const sent = attributesOf(el);
  const container = document.body.appendChild(document.createElement('div'));
  container.append(document.adoptNode(el));
  return { el, sent, cleanup: () => container.remove() };
}

describe('hydration: host attributes stay as the server sent them', () => {
  it('<btw-recommendation src>: at upgrade, while loading, once loaded', async () => {
    const src = docUrl('short', newKey(), '&delay=400');
    const { el, sent, cleanup } = serverRendered<BtwRecommendation>(
      `<btw-recommendation src="${src}" variant="card"></btw-recommendation>`,
    );
    try {
      expect(el.shadowRoot, 'upgraded in the page').not.to.equal(null);
      expect(attributesOf(el), 'at upgrade').to.deep.equal(sent);
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      expect(attributesOf(el), 'while loading').to.deep.equal(sent);
      await oneEvent(el, 'btw-recommendation-load');
      await settled(el);
      expect(attributesOf(el), 'once loaded').to.deep.equal(sent);
    } finally {
      cleanup();
    }
  });

  it('<btw-recommendation src> that fails', async () => {
    const src = docUrl('missing-actions');
    const { el, sent, cleanup } = serverRendered<BtwRecommendation>(
      `<btw-recommendation src="${src}"></btw-recommendation>`,
    );
    try {
      await capture('error', async () => void (await oneEvent(el, 'btw-recommendation-error')));
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(attributesOf(el)).to.deep.equal(sent);
    } finally {
      cleanup();
    }
  });

  it('<btw-share> (its default variant is not written back) and <btw-signup>', async () => {
    for (const html of [
      '<btw-share networks="email copy"></btw-share>',
      '<btw-share variant="icons" networks="email copy"></btw-share>',
      '<btw-signup action="/api/signup" consent></btw-signup>',
    ]) {
      const { el, sent, cleanup } = serverRendered<HTMLElement & { updateComplete: Promise<boolean> }>(html);
      try {
        expect(attributesOf(el), `${html} at upgrade`).to.deep.equal(sent);
        await until(() => el.shadowRoot?.querySelector('button, a, form'), `${html} to render`);
        await el.updateComplete;
        expect(attributesOf(el), `${html} rendered`).to.deep.equal(sent);
      } finally {
        cleanup();
      }
    }
  });
});
