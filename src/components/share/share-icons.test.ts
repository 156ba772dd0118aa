import { expect } from '@open-wc/testing';
import * as simpleIcons from 'simple-icons';
import { BRAND_PATHS, DECIMALS, SIMPLE_ICONS } from './brand-icons.js';
import { roundPath } from './round-path.mjs';

// brand-icons.ts is generated from simple-icons (build-icons.mjs), its path data
// rounded by round-path.mjs: this is the one test page that loads the package's
// 5 MB index, to catch a stale copy and a rounding that changes how a mark looks.
const installed = Object.fromEntries(
  Object.entries(SIMPLE_ICONS).map(([network, name]) => [
    network,
    (simpleIcons as Record<string, { path: string }>)[name].path,
  ]),
) as Record<keyof typeof BRAND_PATHS, string>;

const SIZE = 96; // px for the 24-unit box: four times the size the marks are shown at

/** Alpha of each pixel of path data `d` filled at SIZE×SIZE. */
function draw(d: string): Uint8ClampedArray {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = SIZE;
  const context = canvas.getContext('2d')!;
  context.scale(SIZE / 24, SIZE / 24);
  context.fill(new Path2D(d));
  const { data } = context.getImageData(0, 0, SIZE, SIZE);
  return data.filter((_, i) => i % 4 === 3);
}

/**
 * How two drawings differ: `ink`, the share of the mark's ink that moved (0 =
 * identical), and `pixel`, the largest change of one pixel (255 = a pixel went
 * from outside the mark to inside it).
 */
function difference(a: Uint8ClampedArray, b: Uint8ClampedArray) {
  let changed = 0;
  let ink = 0;
  let pixel = 0;
  for (let i = 0; i < a.length; i++) {
    changed += Math.abs(a[i] - b[i]);
    ink += Math.max(a[i], b[i]);
    pixel = Math.max(pixel, Math.abs(a[i] - b[i]));
  }
  return { ink: changed / ink, pixel };
}

describe('<btw-share> brand icons', () => {
  it('match the installed simple-icons, mark for mark, rounded as build-icons.mjs does', () => {
    const rounded = Object.fromEntries(
      Object.entries(installed).map(([network, d]) => [network, roundPath(d, DECIMALS)]),
    );
    expect(BRAND_PATHS).to.deep.equal(rounded);
  });

  it('look like the simple-icons marks when drawn at four times their size', () => {
    for (const [network, d] of Object.entries(installed) as [keyof typeof BRAND_PATHS, string][]) {
      // Edges move by a fraction of a pixel at four times the size: no pixel turns
      // from outside to inside, and at most 3% of the ink (thin strokes of X) moves.
      const { ink, pixel } = difference(draw(d), draw(BRAND_PATHS[network]));
      expect(pixel, `${network}: a pixel changed by ${pixel}/255`).to.be.below(128);
      expect(ink, `${network}: ${(ink * 100).toFixed(2)}% of the ink differs`).to.be.below(0.03);
    }
  });

  it('tell two different marks apart (the drawing comparison can fail)', () => {
    expect(difference(draw(installed.x), draw(installed.threads)).ink).to.be.above(0.2);
    // Rounded to whole units, every mark has pixels that change side.
    for (const d of Object.values(installed))
      expect(difference(draw(d), draw(roundPath(d, 0))).pixel).to.be.at.least(128);
  });

  it('keep the geometry of path data rounded to three decimals (the precision of simple-icons)', () => {
    for (const d of Object.values(installed)) {
      expect(difference(draw(d), draw(roundPath(d, 3))).ink).to.be.below(0.001);
    }
  });

  describe('roundPath', () => {
    it('rounds every point as an absolute position, then writes it relative to the previous rounded one', () => {
      // 1.25 -> 1.3 and .06 -> .1: the second move is 1.3 - .1 = 1.2, not a rounded 1.19.
      expect(roundPath('M0.04 0.06 1.25 1.25', 1)).to.equal('m0 .1 1.3 1.2');
    });

    it('leaves out what a fill does not draw: zero-length and closing lines, straight curves, the last close', () => {
      expect(roundPath('M1 1H1L2 2C2 2 3 3 4 4L1 1Z', 1)).to.equal('m1 1 1 1 2 2');
    });

    it('draws a curve or arc that is straight to within half the last decimal as a line', () => {
      // Height over the chord: .0023 (a line), then .063 and .1 (kept).
      expect(roundPath('M0 0A26.8 26.8 0 0 0 .7 0', 1)).to.equal('m0 0h.7');
      expect(roundPath('M0 0A1 1 0 0 0 .7 0', 1)).to.equal('m0 0a1 1 0 0 0 .7 0');
      expect(roundPath('M0 0C1 .02 2 .02 3 0', 1)).to.equal('m0 0h3');
      expect(roundPath('M0 0C1 .1 2 .1 3 0', 1)).to.equal('m0 0c1 .1 2 .1 3 0');
    });

    it('writes a curve whose first control point mirrors the previous one, to within one unit of the last decimal, as s', () => {
      expect(roundPath('M0 0C1 1 2 1 3 0C4-1 5 0 6 0', 1)).to.equal('m0 0c1 1 2 1 3 0s2 0 3 0');
      expect(roundPath('M0 0C1 1 2 1 3 0C4.1-1 5 0 6 0', 1)).to.equal('m0 0c1 1 2 1 3 0s2 0 3 0');
      expect(roundPath('M0 0C1 1 2 1 3 0C4.1-1.1 5 0 6 0', 1)).to.equal('m0 0c1 1 2 1 3 0 1.1-1.1 2 0 3 0');
    });

    it('keeps a close only where the next subpath is shorter from the start point', () => {
      expect(roundPath('M0 0h2v2zM5 5h1v1z', 1)).to.equal('m0 0h2v2m3 3h1v1');
      expect(roundPath('M0 0h2v2zM0.5 .5h1v1z', 1)).to.equal('m0 0h2v2zm.5.5h1v1');
    });
  });
});
