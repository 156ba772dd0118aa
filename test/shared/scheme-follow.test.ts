// A theme switch on a page that declares no color-scheme: the widgets follow it.
import { expect, fixture, html } from '@open-wc/testing';
import type { BtwShare } from '../../src/components/share/share.js';
import { until } from '../helpers/until.js';
import '../../src/index.js';

const root = document.documentElement;

/** A share widget on a page whose theme turns dark with `html.night`, as many blog themes do. */
async function themedPage(transition = '') {
  const page = await fixture<HTMLElement>(html`<div>
    <style>
      body { background: #fff; color: #222; ${transition} }
      html.night body { background: #111; color: #eee; }
    </style>
    <btw-share url="https://example.org/"></btw-share>
  </div>`);
  const el = page.querySelector<BtwShare>('btw-share')!;
  await el.updateComplete;
  return el;
}

describe('shared/scheme: a page that switches theme later', () => {
  afterEach(() => root.classList.remove('night'));

  it('takes the dark palette when the theme turns dark, and the light one back', async () => {
    const el = await themedPage();
    expect(el.matches(':state(dark)'), 'light at first').to.equal(false);
    root.classList.add('night');
    await until(() => el.matches(':state(dark)'), 'the dark palette');
    await expect(el).to.be.accessible();
    root.classList.remove('night');
    await until(() => !el.matches(':state(dark)'), 'the light palette again');
  });

  it('reads the colours once the theme’s transition has ended', async () => {
    const el = await themedPage('transition: color 300ms linear;');
    root.classList.add('night');
    // When the class changes, the text still has its light-page colour.
    expect(el.matches(':state(dark)'), 'not yet').to.equal(false);
    await until(() => el.matches(':state(dark)'), 'the dark palette after the transition');
  });

  it('reads the page again when a widget comes back to it after the switch', async () => {
    const el = await themedPage();
    const parent = el.parentElement!;
    el.remove();
    root.classList.add('night');
    parent.append(el);
    await until(() => el.matches(':state(dark)'), 'the dark palette once back on the page');
  });
});
