import { expect, fixture, html } from '@open-wc/testing';
import { luminanceOf } from '../../src/shared/scheme.js';
import type { BtwShare } from '../../src/components/share/share.js';
import { contrastOf } from '../helpers/contrast.js';
import '../../src/index.js';

/** A share widget on a page styled `style`. */
async function shareOn(style: string) {
  const page = await fixture<HTMLElement>(
    html`<div style=${style}><btw-share url="https://example.org/"></btw-share></div>`,
  );
  const el = page.querySelector<BtwShare>('btw-share')!;
  await el.updateComplete;
  return el;
}

describe('shared/scheme: a dark page that declares no color-scheme', () => {
  it('reads light and dark from computed colours', () => {
    expect(luminanceOf('rgb(238, 238, 238)')).to.be.above(0.8);
    expect(luminanceOf('rgb(17, 17, 17)')).to.be.below(0.01);
    expect(luminanceOf('oklch(0.95 0 0)')).to.be.above(0.8);
    expect(luminanceOf('color(srgb 0.1 0.1 0.1)')).to.be.below(0.02);
  });

  it('takes the dark palette under light text on #111: the accent as ink (focus ring, outlined text) is 4.5:1', async () => {
    const el = await shareOn('background: #111; color: #eee');
    expect(el.matches(':state(dark)')).to.equal(true);
    // --_ink, the focus ring and outlined text, measured on a probe inside the widget.
    const probe = el.shadowRoot!.appendChild(document.createElement('p'));
    probe.style.color = 'var(--_ink)';
    expect(contrastOf(probe, getComputedStyle(probe).color, el.parentElement)).to.be.at.least(4.5);
    probe.remove();
  });

  it('keeps the light palette on a white page and follows a page that declares its scheme', async () => {
    expect((await shareOn('background: #fff; color: #222')).matches(':state(dark)')).to.equal(false);
    // A page that says "light" is taken at its word, whatever its text colour.
    expect((await shareOn('background: #111; color: #eee; color-scheme: light')).matches(':state(dark)')).to.equal(
      false,
    );
  });
});
