import { expect } from '@open-wc/testing';
import { kitReady, openPage, recordOf } from '../bundle/kit.js';

// An Arabic, right-to-left blog post. The kit has no Arabic, so it falls back to
// English: that English must still read left to right, and say it is English.
describe('the built kit on an Arabic right-to-left page', () => {
  let frame: HTMLIFrameElement;
  let kit: Awaited<ReturnType<typeof kitReady>>;
  before(async () => {
    frame = await openPage('rtl.html', { width: 800, height: 2400 });
    kit = await kitReady(frame);
  });
  after(() => frame.remove());

  const style = (node: Element) => frame.contentWindow!.getComputedStyle(node);
  const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
  /** The screen box of one character of an element's (single) text: `index` counts from the end when negative. */
  function charBox(node: Element, index: number) {
    const text = [...node.childNodes].find(
      (child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim(),
    ) as Text;
    const at = index < 0 ? text.data.trimEnd().length + index : index;
    const range = node.ownerDocument.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + 1);
    return range.getBoundingClientRect();
  }

  it('renders each element’s content as English, left to right', () => {
    expect(recordOf(frame).errors).to.deep.equal([]);
    for (const el of [kit.recommendation, kit.share, kit.signup]) {
      const box = el.shadowRoot!.firstElementChild as HTMLElement;
      expect([el.localName, box.lang, box.dir, style(box).direction]).to.deep.equal([el.localName, 'en', 'ltr', 'ltr']);
    }
    // The share inside the card resolves its language from the card's content.
    const inner = $(kit.recommendation, 'btw-share').shadowRoot!.firstElementChild as HTMLElement;
    expect([inner.lang, inner.dir]).to.deep.equal(['en', 'ltr']);
  });

  it('keeps the full stop at the end of an English sentence, on the right', () => {
    const summary = $(kit.recommendation, '[part~="summary"]');
    expect(summary.textContent!.trim()).to.match(/^A wall .*\.$/);
    // The full stop and the letter before it, on one line.
    const letter = charBox(summary, -2);
    const stop = charBox(summary, -1);
    expect(stop.top).to.be.closeTo(letter.top, 2);
    expect(stop.left, 'the full stop is right of the last word').to.be.above(letter.left);
  });

  it('puts the action numbers on the left, before the text', () => {
    const action = $(kit.recommendation, '[part~="action"]');
    const list = $(kit.recommendation, '[part~="actions"]');
    expect(action.getBoundingClientRect().left - list.getBoundingClientRect().left).to.be.above(10);
  });

  it('leaves the page’s own Arabic heading in a slot right to left', () => {
    const heading = kit.signup.querySelector('[slot="heading"]')!;
    expect(style(heading).direction).to.equal('rtl');
  });

  it('mirrors its layout when its content runs right to left (logical properties)', () => {
    // No shipped language is written right to left yet: turn the box round by hand.
    const card = kit.recommendation.shadowRoot!.firstElementChild as HTMLElement;
    card.dir = 'rtl';
    try {
      const list = $(kit.recommendation, '[part~="actions"]');
      const item = $(kit.recommendation, '[part~="action"]').getBoundingClientRect();
      expect(list.getBoundingClientRect().right - item.right, 'numbers on the right').to.be.above(10);
      const toggle = $(kit.recommendation, 'button').getBoundingClientRect();
      expect(toggle.right, 'the button at the start, on the right').to.be.closeTo(
        list.getBoundingClientRect().right,
        2,
      );
    } finally {
      card.dir = 'ltr';
    }
  });
});
