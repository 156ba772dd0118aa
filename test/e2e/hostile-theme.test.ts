import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { kitReady, openPage, recordOf } from '../bundle/kit.js';
import { screenshot } from '../helpers/screenshot.js';

// test/pages/hostile.css: a 10px root font, `* { box-sizing: content-box; line-height: 3 }`,
// red wavy links, `button { all: unset }`, `svg { width: 100% }`, borderless inputs.
describe('the built kit on a blog with a hostile theme', () => {
  let frame: HTMLIFrameElement;
  let kit: Awaited<ReturnType<typeof kitReady>>;
  before(async () => {
    frame = await openPage('hostile.html', { width: 800, height: 2400 });
    kit = await kitReady(frame);
  });
  after(() => frame.remove());

  const all = (el: HTMLElement, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
  const style = (node: Element) => frame.contentWindow!.getComputedStyle(node);
  const box = (node: Element) => node.getBoundingClientRect();

  it('renders all three elements without an error', () => {
    expect(recordOf(frame).errors).to.deep.equal([]);
    expect(all(kit.recommendation, '[part~="title"]')[0].textContent).to.contain('Central America');
  });

  it('keeps every control at least 24×24 px', () => {
    const controls = [
      ...all(kit.share, '[part~="button"]'),
      ...all(kit.signup, 'input:not([type="hidden"]):not([tabindex="-1"]), button'),
      ...all(kit.recommendation, 'a, button'),
    ].filter((node) => box(node).width > 0);
    expect(controls.length).to.be.above(10);
    const small = controls.filter((node) => {
      const { width, height } = box(node);
      // a link inside running text may be a line tall; anything a reader taps alone is 24×24
      return style(node).display !== 'inline' && (width < 24 || height < 24);
    });
    expect(small.map((node) => node.outerHTML.slice(0, 80))).to.deep.equal([]);
  });

  it('keeps text readable: the theme’s line-height 3 does not reach it', () => {
    for (const node of [
      all(kit.recommendation, '[part~="summary"]')[0],
      all(kit.signup, 'label')[0],
      all(kit.share, '[part~="label"]')[0],
    ]) {
      const { lineHeight, fontSize } = style(node);
      expect(parseFloat(lineHeight) / parseFloat(fontSize), node.outerHTML.slice(0, 60)).to.be.below(2);
      expect(parseFloat(fontSize)).to.be.at.least(12);
    }
  });

  it('keeps icons icon-sized and buttons and fields visible', () => {
    for (const icon of all(kit.share, '[part~="icon"]')) expect(box(icon).width).to.be.below(40);
    const email = all(kit.signup, 'input[type="email"]')[0];
    expect(parseFloat(style(email).borderTopWidth)).to.be.above(0);
    const submit = all(kit.signup, '[part~="button"]')[0];
    expect(style(submit).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
  });

  it('keeps its own link colour (the theme’s red !important stays outside)', () => {
    const link = all(kit.recommendation, 'a')[0];
    expect(style(link).color).not.to.equal('rgb(255, 0, 0)');
  });

  it('saves a screenshot that shows all three elements, as a test artifact', async () => {
    await setViewport({ width: 820, height: 2000 });
    frame.scrollIntoView();
    const path = await screenshot('hostile-theme');
    // Read the saved picture back and look where each element is: something is drawn there.
    const picture = await createImageBitmap(await (await fetch(`/${path}`)).blob());
    const canvas = new OffscreenCanvas(picture.width, picture.height);
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(picture, 0, 0);
    const scale = picture.width / innerWidth;
    const colours = (el: HTMLElement) => {
      const outer = box(frame);
      const inner = box(el);
      const [x, y] = [(outer.left + inner.left) * scale, (outer.top + inner.top) * scale];
      const { data } = context.getImageData(x, y, Math.max(1, inner.width * scale), Math.max(1, inner.height * scale));
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 7) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      return seen.size;
    };
    for (const [name, el] of Object.entries(kit)) expect(colours(el as HTMLElement), name).to.be.above(2);
  });
});
