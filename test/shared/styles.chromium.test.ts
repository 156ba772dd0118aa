import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulateMedia } from '../helpers/media.js';
import type { LangProbe } from '../helpers/lang-probe.js';
import '../helpers/lang-probe.js';

// Media emulation needs Chromium's DevTools protocol: these run in Chromium only
// (files named *.chromium.test.ts; see web-test-runner.config.mjs).
describe('base styles under emulated media', () => {
  afterEach(() => emulateMedia({}));

  it('uses system colours for the focus ring in forced-colors mode', async () => {
    await emulateMedia({ 'forced-colors': 'active' });
    const probe = await fixture<LangProbe>(html`<lang-probe></lang-probe>`);
    probe.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: 'Shift' });
    const button = probe.shadowRoot!.querySelector('button')!;
    const highlight = document.createElement('span');
    highlight.style.color = 'Highlight';
    probe.after(highlight);
    expect(getComputedStyle(button).outlineColor).to.equal(getComputedStyle(highlight).color);
    highlight.remove();
  });

  it('stops transitions when the reader prefers reduced motion', async () => {
    await emulateMedia({ 'prefers-reduced-motion': 'reduce' });
    const el = await fixture(html`<lang-probe></lang-probe>`);
    const probe = el as LangProbe;
    const button = probe.shadowRoot!.querySelector('button')!;
    button.setAttribute('style', 'transition: opacity 2s');
    expect(parseFloat(getComputedStyle(button).transitionDuration)).to.be.below(0.001);
  });
});
