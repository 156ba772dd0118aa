import { expect } from '@open-wc/testing';
import { drawn } from '../helpers/frames.js';
import { manyElements } from './slow-render.js';

// The README tells pages to reserve each element's height with a rule that also
// holds once the kit has defined it: elements wait for their slice after being
// defined, with frames painted in between.
describe('first renders in slices and reserved space (Chromium)', () => {
  /** Layout shift while COUNT elements render in slices above a paragraph; `reserve` is a page rule. */
  async function shiftWhileRendering(reserve: string) {
    const style = document.createElement('style');
    style.textContent = reserve;
    document.head.append(style);
    let total = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) total += entry.value;
      }
    });
    observer.observe({ type: 'layout-shift' });
    try {
      await manyElements({ below: true });
      await drawn();
      for (const entry of observer.takeRecords() as unknown as { value: number }[]) total += entry.value;
    } finally {
      observer.disconnect();
      style.remove();
    }
    return total;
  }

  it('moves nothing when the page reserves each element its rendered height', async () => {
    const [one] = await manyElements();
    const height = one.getBoundingClientRect().height;
    expect(height).to.be.above(0);
    expect(await shiftWhileRendering(`test-slow-render { display: block; min-height: ${height}px; }`)).to.equal(0);
  });

  it('measures a shift without the rule (the check above can fail)', async () => {
    expect(await shiftWhileRendering('')).to.be.above(0);
  });
});
