import { expect, html } from '@open-wc/testing';
import { emulateMedia, visibleTextShare } from '../../../test/helpers/media.js';
import { ratio } from '../../../test/helpers/contrast.js';
import { button, origin, render, submit } from './test-helpers.js';

// Emulating forced colours needs Chromium's DevTools protocol: Chromium only.
describe('<btw-signup> in forced-colors mode', () => {
  afterEach(() => emulateMedia({}));

  it('shows the submit button’s text (a screenshot’s pixels)', async () => {
    await emulateMedia({ 'forced-colors': 'active' });
    const el = await render(html`<btw-signup action="${origin}/api/signup" fields=""></btw-signup>`);
    expect(button(el).textContent!.trim()).to.equal('Sign up');
    expect(await visibleTextShare(button(el))).to.be.above(0.05);
    await expect(el).to.be.accessible();
  });
});

/** A computed colour as [r, g, b]. */
const rgb = (colour: string) =>
  colour
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map(Number) as [number, number, number];

/** The forced palette's Canvas, what every box is painted on. */
function canvas() {
  const probe = document.body.appendChild(document.createElement('div'));
  probe.style.background = 'Canvas';
  const colour = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return rgb(colour);
}

describe('<btw-signup> invalid fields in forced colours', () => {
  afterEach(() => emulateMedia({}));

  for (const palette of ['light', 'dark']) {
    it(`keep a visible border and error bar in the ${palette} palette (3:1 against Canvas)`, async () => {
      await emulateMedia({ 'forced-colors': 'active', 'prefers-color-scheme': palette });
      const el = await render(html`<btw-signup action="${origin}/api/signup" fields=""></btw-signup>`);
      await submit(el);
      const email = el.shadowRoot!.querySelector<HTMLInputElement>('input[aria-invalid="true"]')!;
      const bar = el.shadowRoot!.querySelector('[part="error"]')!;
      const style = getComputedStyle(email);
      expect(ratio(rgb(style.borderTopColor), canvas()), 'field border').to.be.at.least(3);
      expect(ratio(rgb(getComputedStyle(bar).borderInlineStartColor), canvas()), 'error bar').to.be.at.least(3);
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(2);
    });
  }
});
