import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { drawn } from '../../../test/helpers/frames.js';
import { $, docUrl, newKey, settled } from '../../../test/helpers/recommendation.js';
import { until } from '../../../test/helpers/until.js';

// Layout-shift entries exist in Chromium only (Firefox has no Layout Instability API).
describe('<btw-recommendation> layout', () => {
  /** Sum of layout shifts while a document loads into a card with `minHeight` reserved. */
  async function shiftWhileLoading(minHeight: string) {
    let total = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) total += entry.value;
      }
    });
    observer.observe({ type: 'layout-shift' });
    const page = await fixture(html`<div style="width: 320px">
      <btw-recommendation style=${`--btw-min-height: ${minHeight}`} src=${docUrl('short', newKey(), '&delay=400')}></btw-recommendation>
      <p>Text below the card, which must not move.</p>
    </div>`);
    const el = page.querySelector('btw-recommendation')!;
    // The loading state drawn first (the document comes 400 ms later): what the document then replaces.
    await until(() => $(el, '[part="loading"]'), 'the loading state');
    await drawn();
    await settled(el);
    await drawn();
    // That nothing shifted can only be seen over a window of time: a late shift would be reported within it.
    await aTimeout(100);
    observer.takeRecords().forEach((entry) => (total += (entry as unknown as { value: number }).value));
    observer.disconnect();
    return total;
  }

  it('moves nothing when the document replaces the loading state (CLS 0)', async () => {
    expect(await shiftWhileLoading('24rem')).to.equal(0);
  });

  it('measures a shift when no space is reserved (the check above can fail)', async () => {
    expect(await shiftWhileLoading('1px')).to.be.above(0);
  });
});
