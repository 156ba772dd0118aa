import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emit } from '../../src/shared/events.js';

declare global {
  interface HTMLElementEventMap {
    /** Test-only event, to check the helper's typing and behaviour. */
    'btw-test-ping': CustomEvent<{ count: number }>;
  }
}

describe('emit', () => {
  it('dispatches a CustomEvent that bubbles out of a shadow root, with its detail', async () => {
    const outer = await fixture(html`<div><span></span></div>`);
    const shadow = outer.querySelector('span')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('b');
    shadow.append(inner);
    setTimeout(() => emit(inner, 'btw-test-ping', { count: 2 }));
    const event = await oneEvent(outer, 'btw-test-ping');
    expect(event).to.be.instanceOf(CustomEvent);
    expect(event.detail).to.deep.equal({ count: 2 });
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.cancelable).to.equal(false);
  });

  it('lets a listener cancel a cancelable event', async () => {
    const el = await fixture(html`<div></div>`);
    el.addEventListener('btw-test-ping', (event) => event.preventDefault());
    expect(emit(el, 'btw-test-ping', { count: 1 }, { cancelable: true }).defaultPrevented).to.equal(true);
    expect(emit(el, 'btw-test-ping', { count: 1 }).defaultPrevented).to.equal(false);
  });
});
