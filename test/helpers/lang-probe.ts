// A test-only element: shows the strings and dates the shared localize code gives it.
import { BtwElement } from '../../src/shared/btw-element.js';
import { defineOnce } from '../../src/shared/define.js';
import { h } from '../../src/shared/dom.js';
import { baseStyles } from '../../src/shared/styles.js';

export class LangProbe extends BtwElement {
  static override styles = [baseStyles];
  renders = 0;

  protected override render() {
    this.renders++;
    (this.renderRoot as HTMLElement).replaceChildren(
      h('p', { 'data-lang': this.localize.lang }, this.localize.term('loading')),
      h('time', {}, this.localize.date('2020-02-01')),
      h('button', {}, this.localize.term('share')),
    );
  }

  get text() {
    return this.shadowRoot!.querySelector('p')!.textContent;
  }
  get resolved() {
    return this.shadowRoot!.querySelector('p')!.dataset.lang;
  }
}
defineOnce('lang-probe', LangProbe);

declare global {
  interface HTMLElementTagNameMap {
    'lang-probe': LangProbe;
  }
}

/** Waits for the shared observer (a microtask) and the re-render it asks for. */
export async function settled(el: LangProbe) {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}
