// The builder's ordered checklists with the keyboard: ticking an item moves it
// (ticked items are listed first), and the focus goes with it.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { openBuilder, snippetElement, until, type Builder } from './builder-page.js';

let b: Builder;
afterEach(() => b?.frame.remove());

const focused = () => b.doc.activeElement as HTMLInputElement;

describe('builder: focus in the checklists', function () {
  // A builder page loads the kit's source and its manifests: slow on a loaded machine.
  this.timeout(30_000);

  it('keeps the focus on the network ticked or unticked, so a second Space acts on it again', async () => {
    b = await openBuilder();
    b.doc.querySelector<HTMLInputElement>('#f-networks-reddit')!.focus();
    await sendKeys({ press: ' ' });
    await until(() => snippetElement(b).getAttribute('networks')?.endsWith(' reddit'), 'reddit ticked');
    expect([focused().id, focused().checked]).to.deep.equal(['f-networks-reddit', true]);
    await sendKeys({ press: ' ' });
    await until(() => !snippetElement(b).getAttribute('networks')?.includes('reddit'), 'reddit unticked');
    expect([focused().id, focused().checked]).to.deep.equal(['f-networks-reddit', false]);
    b.doc.querySelector<HTMLInputElement>('#f-networks-facebook')!.focus();
    await sendKeys({ press: ' ' });
    await until(() => !snippetElement(b).getAttribute('networks')?.includes('facebook'), 'facebook unticked');
    expect([focused().id, focused().checked]).to.deep.equal(['f-networks-facebook', false]);
    expect(snippetElement(b).hasAttribute('networks')).to.equal(true);
    await expect(b.doc.body).to.be.accessible();
  });

  it("keeps the focus on the field ticked in the sign-up's list", async () => {
    b = await openBuilder('?element=btw-signup');
    const box = await until(() => b.doc.querySelector<HTMLInputElement>('#f-fields-postal-code'), 'the fields list');
    box.focus();
    await sendKeys({ press: ' ' });
    await until(() => snippetElement(b).getAttribute('fields')?.includes('postal-code'), 'postal-code ticked');
    expect([focused().id, focused().checked]).to.deep.equal(['f-fields-postal-code', true]);
  });

  it('keeps a move button at the end of the list focusable with the same, unfaded focus ring', async () => {
    b = await openBuilder();
    const whatsapp = b.doc.querySelector<HTMLButtonElement>('#f-networks-whatsapp-up')!;
    whatsapp.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => snippetElement(b).getAttribute('networks')!.startsWith('whatsapp '), 'whatsapp first');
    const edge = focused() as unknown as HTMLButtonElement;
    expect([edge.id, edge.getAttribute('aria-disabled')]).to.deep.equal(['f-networks-whatsapp-up', 'true']);
    const style = b.win.getComputedStyle(edge);
    // Its ring is the one every button has, drawn at full strength (it was faded to 1.5:1).
    const other = b.doc.querySelector<HTMLButtonElement>('#f-networks-whatsapp-down')!;
    expect(style.opacity).to.equal('1');
    expect(style.outlineStyle).to.equal('solid');
    other.focus();
    await sendKeys({ press: 'Shift' });
    const { outlineColor, outlineWidth } = b.win.getComputedStyle(other);
    edge.focus();
    await sendKeys({ press: 'Shift' });
    const ring = b.win.getComputedStyle(edge);
    expect([ring.outlineColor, ring.outlineWidth]).to.deep.equal([outlineColor, outlineWidth]);
  });
});
