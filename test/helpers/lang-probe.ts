// A test-only element: shows the strings and dates the shared localize code gives it.
import { html } from 'lit';
import { BtwElement } from '../../src/shared/btw-element.js';
import { defineOnce } from '../../src/shared/define.js';

export class LangProbe extends BtwElement {
  renders = 0;

  override render() {
    this.renders++;
    return html`<p data-lang=${this.localize.lang}>${this.localize.term('loading')}</p>
      <time>${this.localize.date('2020-02-01')}</time>
      <button>${this.localize.term('share')}</button>`;
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
