import { expect } from '@open-wc/testing';
import { h, place, setAttr, setText } from '../../src/shared/dom.js';

/** Everything a MutationObserver saw on `target` (and below it) while `change` ran. */
function mutationsOf(target: Node, change: () => void): MutationRecord[] {
  const observer = new MutationObserver(() => {});
  observer.observe(target, { childList: true, characterData: true, attributes: true, subtree: true });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

/** The nodes a change removed from their parent, however briefly (a move removes, then inserts). */
const removedBy = (records: MutationRecord[]) => records.flatMap((record) => [...record.removedNodes]);

/** A connected box with buttons a, b, c… (each named by its text), in a shadow root as the elements use. */
function box(...names: string[]) {
  const host = document.body.appendChild(h('div'));
  const root = host.attachShadow({ mode: 'open' });
  const buttons = Object.fromEntries(names.map((name) => [name, h('button', { type: 'button' }, name)]));
  const parent = root.appendChild(h('div'));
  parent.append(...Object.values(buttons));
  return { host, root, parent, buttons };
}

const order = (parent: Node) => [...parent.childNodes].map((node) => node.textContent).join(' ');

describe('shared/dom', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((node) => node.remove()));

  describe('h', () => {
    it('makes an element with its attributes and children, leaving out undefined attributes', () => {
      const el = h('a', { href: '/x', title: undefined }, 'text', h('span', {}, 'more'));
      expect(el.outerHTML).to.equal('<a href="/x">text<span>more</span></a>');
    });

    it('writes text as text, never as markup', () => {
      expect(h('p', {}, '<b>bold</b>').children.length).to.equal(0);
    });
  });

  describe('setText', () => {
    it('leaves an unchanged text alone: a live region is not written again', () => {
      const region = document.body.appendChild(h('div', { role: 'status' }, 'Link copied'));
      expect(mutationsOf(region, () => setText(region, 'Link copied'))).to.have.length(0);
    });

    it('writes a changed text', () => {
      const region = document.body.appendChild(h('div', {}, 'Loading…'));
      expect(mutationsOf(region, () => setText(region, 'Loaded'))).to.not.have.length(0);
      expect(region.textContent).to.equal('Loaded');
    });
  });

  describe('setAttr', () => {
    it('leaves an unchanged attribute alone, writes a changed one and removes an undefined one', () => {
      const el = document.body.appendChild(h('input', { 'aria-invalid': 'true', title: 'x' }));
      expect(mutationsOf(el, () => setAttr(el, 'aria-invalid', 'true'))).to.have.length(0);
      setAttr(el, 'aria-invalid', 'false');
      setAttr(el, 'title', undefined);
      expect([el.getAttribute('aria-invalid'), el.hasAttribute('title')]).to.deep.equal(['false', false]);
    });
  });

  describe('place', () => {
    it('never moves a node already in order', () => {
      const { parent, buttons } = box('a', 'b', 'c');
      const { a, b, c } = buttons;
      expect(mutationsOf(parent, () => place(parent, [a, b, c]))).to.have.length(0);
      // Adding and dropping nodes around them inserts and removes only those.
      const d = h('button', {}, 'd');
      const records = mutationsOf(parent, () => place(parent, [a, false, d, c, undefined]));
      expect(removedBy(records)).to.deep.equal([b]);
      expect(order(parent)).to.equal('a d c');
    });

    it('removes a stale node before the focused one instead of moving the focused one', () => {
      const { root, parent, buttons } = box('error', 'send');
      buttons.send!.focus();
      const records = mutationsOf(parent, () => place(parent, [buttons.send]));
      expect(removedBy(records)).to.deep.equal([buttons.error]);
      expect(root.activeElement).to.equal(buttons.send);
    });

    it('keeps the focused node where it is when the order changes; the others move around it', () => {
      const { root, parent, buttons } = box('a', 'b', 'c');
      const { a, b, c } = buttons;
      b!.focus();
      const records = mutationsOf(parent, () => place(parent, [b, c, a]));
      expect(order(parent)).to.equal('b c a');
      expect(removedBy(records)).to.not.include(b);
      expect(root.activeElement).to.equal(b);
    });

    it('keeps the focus through every kind of update: insert, remove, reorder, text and attributes', () => {
      const { root, parent, buttons } = box('a', 'b', 'c');
      const { a, b, c } = buttons;
      const d = h('button', {}, 'd');
      c!.focus();
      const updates = [
        () => place(parent, [d, a, b, c]),
        () => place(parent, [c]),
        () => place(parent, [a, b, c, d]),
        () => place(parent, [d, c, b, a]),
        () => setText(c!, 'C'),
        () => setAttr(c!, 'aria-pressed', 'true'),
      ];
      for (const update of updates) {
        update();
        expect(root.activeElement, update.toString()).to.equal(c);
      }
      expect(order(parent)).to.equal('d C b a');
    });
  });
});
