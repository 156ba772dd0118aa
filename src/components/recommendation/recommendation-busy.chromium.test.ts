// The busy state as assistive technology gets it (Chromium's accessibility tree):
// set on the box in the shadow root, not as an attribute on the host.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { axNodes, axTree, type AxNode } from '../../../test/helpers/media.js';
import { docUrl, newKey, settled } from '../../../test/helpers/recommendation.js';
import type { BtwRecommendation } from './recommendation.js';

/** The busy nodes of the page, each with the text of its subtree. */
const busyNodes = async () =>
  axNodes(await axTree())
    .filter((node) => node.busy)
    .map((node) =>
      axNodes(node)
        .map((inner: AxNode) => inner.name ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );

describe('<btw-recommendation> busy state (accessibility tree)', () => {
  it('is busy while loading, and no longer once the document rendered', async () => {
    const el = await fixture<BtwRecommendation>(
      html`<btw-recommendation src=${docUrl('short', newKey(), '&delay=800')}></btw-recommendation>`,
    );
    const loaded = oneEvent(el, 'btw-recommendation-load');
    expect(el.hasAttribute('aria-busy'), 'no attribute on the host').to.equal(false);
    const busy = await busyNodes();
    expect(busy).to.have.length(1);
    expect(busy[0]).to.contain('Loading…');
    await loaded;
    await settled(el);
    expect(await busyNodes()).to.deep.equal([]);
  });
});
