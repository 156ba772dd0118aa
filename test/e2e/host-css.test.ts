import { expect } from '@open-wc/testing';
import { kitReady, openPage } from '../bundle/kit.js';

// test/pages/host-css.css: `html { font-size: 62.5% }` and
// `.entry-content * { text-align: justify }`, as many themes have.
describe('the built kit under a theme’s root font size and justified text', () => {
  let frame: HTMLIFrameElement;
  let kit: Awaited<ReturnType<typeof kitReady>>;
  let elements: Element[];
  before(async () => {
    frame = await openPage('host-css.html', { width: 800, height: 3000 });
    kit = await kitReady(frame);
    elements = [...frame.contentDocument!.querySelectorAll('btw-recommendation, btw-share, btw-signup')];
    elements.push(...elements.flatMap((el) => [...el.shadowRoot!.querySelectorAll('btw-share')]));
    await new Promise((resolve) => setTimeout(resolve, 300)); // the full card and second share
    kit.share.shadowRoot!.querySelector<HTMLElement>('[data-network="mastodon"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
  });
  after(() => frame.remove());

  const style = (node: Element) => frame.contentWindow!.getComputedStyle(node);
  const all = (selector: string) => elements.flatMap((el) => [...el.shadowRoot!.querySelectorAll(selector)]);

  it('keeps every control at least 44×44 px with a 10 px root font', () => {
    expect(parseFloat(style(frame.contentDocument!.documentElement).fontSize)).to.equal(10);
    const controls = all('[part~="button"], [part~="cta"], button, input:not([type="checkbox"]):not([tabindex="-1"])');
    expect(controls.length).to.be.above(25);
    const small = controls
      .map((node) => [node, node.getBoundingClientRect()] as const)
      .filter(([, box]) => box.width < 44 || box.height < 44)
      .map(([node, box]) => `${node.outerHTML.slice(0, 60)} ${box.width.toFixed(1)}×${box.height.toFixed(1)}`);
    expect(small).to.deep.equal([]);
  });

  it('keeps titles, actions, labels and buttons aligned to the start, not justified', () => {
    const texts = all('[part~="title"], [part~="summary"], [part~="action"], [part~="heading"], label, button, p');
    expect(texts.length).to.be.above(20);
    const justified = texts.filter((node) => style(node).textAlign === 'justify').map((node) => node.outerHTML.slice(0, 60));
    expect(justified).to.deep.equal([]);
  });
});
