import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { COUNT, manyElements, type SlowRender } from './slow-render.js';

describe('first renders of many elements', () => {
  it('render every element, each with its text', async () => {
    const all = await manyElements();
    expect(all).to.have.length(COUNT);
    for (const el of all) expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Share');
  });

  it('let other tasks run between slices (the page can answer a tap while they render)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    let renderedWhenTaskRan = -1;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      renderedWhenTaskRan = [...host.querySelectorAll('test-slow-render')].filter((el) =>
        el.shadowRoot?.querySelector('p'),
      ).length;
    };
    render(html`${Array.from({ length: COUNT }, () => html`<test-slow-render></test-slow-render>`)}`, host);
    channel.port2.postMessage(null); // a task queued while the elements wait for their first render
    await Promise.all([...host.querySelectorAll<SlowRender>('test-slow-render')].map((el) => el.updateComplete));
    expect(renderedWhenTaskRan).to.be.above(0);
    expect(renderedWhenTaskRan).to.be.below(COUNT);
  });

  it('do not queue later updates: a changed language re-renders within microtasks, as Lit does', async () => {
    const el = await fixture<SlowRender>(html`<test-slow-render></test-slow-render>`);
    el.setAttribute('lang', 'es');
    await Promise.resolve(); // the shared lang observer's callback
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Compartir');
  });
});
