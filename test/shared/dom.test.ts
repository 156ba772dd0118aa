import { expect } from '@open-wc/testing';
import { setAttr, setText } from '../../src/shared/dom.js';

/** The mutations `change` makes to `node` and below, as the DOM records them. */
function mutations(node: Node, change: () => void): MutationRecord[] {
  const observer = new MutationObserver(() => {});
  observer.observe(node, { subtree: true, childList: true, characterData: true, attributes: true });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

// A live region re-announces when its text is written again, even the same text.
describe('shared/dom writes only what changed', () => {
  it('setText leaves a text that is already there untouched, and writes a new one', () => {
    const region = document.createElement('p');
    region.textContent = 'Link copied';
    expect(mutations(region, () => setText(region, 'Link copied'))).to.have.length(0);
    expect(mutations(region, () => setText(region, 'Copied again'))).to.have.length.above(0);
    expect(region.textContent).to.equal('Copied again');
  });

  it('setAttr leaves an attribute that already holds the value untouched, and writes a new one', () => {
    const node = document.createElement('input');
    node.setAttribute('aria-invalid', 'true');
    expect(mutations(node, () => setAttr(node, 'aria-invalid', 'true'))).to.have.length(0);
    expect(mutations(node, () => setAttr(node, 'aria-invalid', undefined))).to.have.length(1);
    expect(node.hasAttribute('aria-invalid')).to.equal(false);
  });
});
