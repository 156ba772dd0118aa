import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { BtwElement } from '../../src/shared/btw-element.js';

declare global {
  interface HTMLElementEventMap {
    /** Test-only event, to check emit()'s typing and behaviour. */
    'btw-test-ping': CustomEvent<{ count: number }>;
  }
}

/** The smallest kit element: it renders nothing and emits on request. */
class PingElement extends BtwElement {
  protected override render() {}

  ping(count: number, cancelable?: boolean) {
    return this.emit('btw-test-ping', { count }, cancelable ? { cancelable } : undefined);
  }
}
customElements.define('btw-test-ping', PingElement);

describe('emit', () => {
  it('dispatches a CustomEvent that bubbles out of a shadow root, with its detail', async () => {
    const outer = await fixture(html`<div><span></span></div>`);
    const shadow = outer.querySelector('span')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('btw-test-ping') as PingElement;
    shadow.append(inner);
    setTimeout(() => inner.ping(2));
    const event = await oneEvent(outer, 'btw-test-ping');
    expect(event).to.be.instanceOf(CustomEvent);
    expect(event.target).to.equal(outer.querySelector('span'));
    expect(event.detail).to.deep.equal({ count: 2 });
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.cancelable).to.equal(false);
  });

  it('lets a listener cancel a cancelable event', async () => {
    const el = await fixture<PingElement>(html`<btw-test-ping></btw-test-ping>`);
    el.addEventListener('btw-test-ping', (event) => event.preventDefault());
    expect(el.ping(1, true).defaultPrevented).to.equal(true);
    expect(el.ping(1).defaultPrevented).to.equal(false);
  });
});
