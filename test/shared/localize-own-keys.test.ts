// Names every object inherits (`constructor`, `toString`, `__proto__`) are no
// language: the kit reads them as any unknown language, English.
import { expect, fixture, html } from '@open-wc/testing';
import { toLocale } from '../../src/shared/localize.js';
import '../../src/index.js';

const INHERITED = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'constructor-x'];

type Kit = HTMLElement & { updateComplete: Promise<unknown> };

describe('language lookup: own keys only', () => {
  it('maps inherited property names to English', () => {
    for (const tag of INHERITED) expect(toLocale(tag), tag).to.equal('en');
    expect(toLocale('es-GT')).to.equal('es');
  });

  it('keeps every sign-up label and the button inside lang="constructor"', async () => {
    const wrapper = await fixture(html`<div lang="constructor"><btw-signup action="https://example.org/signup" consent
      fields="given-name family-name postal-code country"></btw-signup></div>`);
    const el = wrapper.firstElementChild as Kit;
    await el.updateComplete;
    const texts = [...el.shadowRoot!.querySelectorAll('label, button, h2')].map((node) => node.textContent!.trim());
    expect(texts).to.include.members(['Email', 'Sign up']);
    for (const text of texts) expect(text).not.to.equal('');
    await expect(el).to.be.accessible();
  });

  it('keeps share’s accessible names inside lang="constructor"', async () => {
    const wrapper = await fixture(
      html`<div lang="constructor"><btw-share variant="icons" url="https://example.org/p"></btw-share></div>`,
    );
    const el = wrapper.firstElementChild as Kit;
    await el.updateComplete;
    const controls = [...el.shadowRoot!.querySelectorAll('a, button')];
    expect(controls.length).to.be.above(0);
    for (const control of controls) {
      const name = control.getAttribute('aria-label') ?? control.textContent!.trim();
      expect(name, control.outerHTML).not.to.match(/^(undefined)?$/);
    }
    await expect(el).to.be.accessible();
  });
});
