// The test helper that measures contrast (test/helpers/contrast.ts) against colours
// worked out by hand: the element and page tests trust what it says.
import { expect, fixture, html } from '@open-wc/testing';
import { contrastOf, ratio } from '../helpers/contrast.js';

type Rgb = [number, number, number];
/** `top` faded to `alpha` over `under`, channel by channel, as browsers composite sRGB colours. */
const over = (top: Rgb, alpha: number, under: Rgb): Rgb =>
  top.map((channel, i) => Math.round(channel * alpha + under[i]! * (1 - alpha))) as Rgb;

const WHITE: Rgb = [255, 255, 255];
const BLUE: Rgb = [11, 83, 148];

describe('the contrast helper', () => {
  it('measures text on its own background, on the page behind it', async () => {
    const box = await fixture(html`<div style="background: rgb(11, 83, 148); color: #fff">Sign up</div>`);
    expect(contrastOf(box, getComputedStyle(box).color)).to.be.closeTo(ratio(WHITE, BLUE), 0.01);
  });

  it('fades an element with opacity as a group: its fill as well as its text', async () => {
    // A faded button: white text on blue, at half opacity, on a white page. A reader sees
    // white text (white faded over white) on a pale blue (blue faded over white).
    const page = await fixture(html`<div style="background: #fff">
      <button style="opacity: 0.5; background: rgb(11, 83, 148); color: #fff; border: 0">Sign up</button>
    </div>`);
    const button = page.querySelector('button')!;
    const expected = ratio(over(WHITE, 0.5, WHITE), over(BLUE, 0.5, WHITE));
    expect(contrastOf(button, getComputedStyle(button).color)).to.be.closeTo(expected, 0.05);
    // Fading only the text would find white faded over full blue: another figure altogether.
    expect(expected).to.be.below(ratio(over(WHITE, 0.5, BLUE), BLUE) - 0.5);
  });

  it('fades text with no fill of its own onto what is behind it', async () => {
    const page = await fixture(
      html`<div style="background: #fff"><span style="opacity: 0.8; color: #000">(optional)</span></div>`,
    );
    const span = page.querySelector('span')!;
    const black: Rgb = [0, 0, 0];
    expect(contrastOf(span, getComputedStyle(span).color)).to.be.closeTo(ratio(over(black, 0.8, WHITE), WHITE), 0.05);
  });
});
