import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { pixelsOf } from '../../../test/helpers/media.js';
import { control, share } from '../../../test/helpers/share.js';

const PAGE = 'https://example.org/beyond-the-wall/root-causes';

/**
 * The share of the pixels in the 4 px strip left of the focused control that
 * have the ring's colour (pure red here): its focus ring as the screen shows it.
 * Chromium only (a screenshot through the DevTools protocol).
 */
async function ringLeftOf(wrapper: HTMLElement): Promise<number> {
  const el = wrapper.querySelector('btw-share')!;
  await el.updateComplete;
  wrapper.querySelector('button')!.focus();
  await sendKeys({ press: 'Tab' });
  expect(el.shadowRoot!.activeElement).to.equal(control(el, 'x'));
  const rect = control(el, 'x')!.getBoundingClientRect();
  const { data } = await pixelsOf(new DOMRect(rect.left - 4, rect.top, 4, rect.height));
  let red = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! > 200 && data[i + 1]! < 60 && data[i + 2]! < 60) red++;
  return red / (data.length / 4);
}

// A widget out of view skips rendering (content-visibility: auto), which brings
// paint containment: without room to draw, the focus ring of a control at the
// widget's edge would be cut off. The first control touches the widget's left
// edge, and without a heading its top edge.
describe('<btw-share> focus ring at the widget edge', () => {
  it('is drawn whole outside the widget box', async () => {
    const wrapper = await share(html`<div style="padding: 16px; background: #fff">
      <button>before</button>
      <btw-share url=${PAGE} label="" networks="x copy" style="--btw-accent: #f00"></btw-share>
    </div>`);
    expect(await ringLeftOf(wrapper)).to.be.above(0.3);
  });

  it('is cut off when the page takes the clip margin away (the check above can fail)', async () => {
    const wrapper = await share(html`<div style="padding: 16px; background: #fff">
      <button>before</button>
      <btw-share url=${PAGE} label="" networks="x copy" style="--btw-accent: #f00; overflow-clip-margin: 0px"></btw-share>
    </div>`);
    expect(await ringLeftOf(wrapper)).to.equal(0);
  });
});
