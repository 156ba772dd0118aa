// Test helper: many kit elements whose first render costs script time.
import { fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { BtwElement } from '../../src/shared/btw-element.js';
import { defineOnce } from '../../src/shared/define.js';
import { h } from '../../src/shared/dom.js';

/** An element whose first render costs about 2 ms of script, like a heavy widget on a slow phone. */
export class SlowRender extends BtwElement {
  protected override render() {
    const until = performance.now() + 2;
    while (performance.now() < until) {
      // busy: stands for rendering work
    }
    (this.renderRoot as HTMLElement).replaceChildren(h('p', {}, this.localize.term('share')));
  }
}
defineOnce('test-slow-render', SlowRender);

export const COUNT = 60;

/** COUNT elements in a fixture, rendered; `below`: a paragraph after them (for layout shifts). */
export async function manyElements({ below = false } = {}): Promise<SlowRender[]> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  render(
    html`${Array.from({ length: COUNT }, () => html`<test-slow-render></test-slow-render>`)}${below ? html`<p>Below</p>` : ''}`,
    host,
  );
  const all = [...host.querySelectorAll<SlowRender>('test-slow-render')];
  await Promise.all(all.map((el) => el.updateComplete));
  return all;
}
