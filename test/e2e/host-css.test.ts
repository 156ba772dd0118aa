import { expect } from '@open-wc/testing';
import { kitReady, openPage } from '../bundle/kit.js';
import { drawn } from '../helpers/frames.js';
import { until } from '../helpers/until.js';

// test/pages/host-css.css: `html { font-size: 62.5% }` and
// `.entry-content * { text-align: justify }`, as many themes have.
describe('the built kit under a theme’s root font size and justified text', () => {
  let frame: HTMLIFrameElement;
  let kit: Awaited<ReturnType<typeof kitReady>>;
  let elements: Element[];
  before(async () => {
    frame = await openPage('host-css.html', { width: 800, height: 3000 });
    kit = await kitReady(frame);
    // kitReady waits for the first of each: here the full card and the second share too,
    // and every share inside the cards (each renders its own controls, later).
    const doc = frame.contentDocument!;
    const cards = () => [...doc.querySelectorAll('btw-recommendation')];
    const shares = () => [
      ...doc.querySelectorAll('btw-share'),
      ...cards().flatMap((el) => [...el.shadowRoot!.querySelectorAll('btw-share')]),
    ];
    await until(
      () =>
        cards().every((el) => el.shadowRoot!.querySelector('[part~="title"]')) &&
        shares().every((el) => el.shadowRoot?.querySelector('[part~="button"]')),
      'every card and share rendered',
    );
    elements = [...doc.querySelectorAll('btw-recommendation, btw-share, btw-signup')];
    elements.push(...elements.flatMap((el) => [...el.shadowRoot!.querySelectorAll('btw-share')]));
    kit.share.shadowRoot!.querySelector<HTMLElement>('[data-network="mastodon"]')!.click();
    await until(() => kit.share.shadowRoot!.querySelector('#mastodon-server'), 'the Mastodon prompt');
    await drawn(frame.contentWindow!);
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
    const justified = texts
      .filter((node) => style(node).textAlign === 'justify')
      .map((node) => node.outerHTML.slice(0, 60));
    expect(justified).to.deep.equal([]);
  });
});
