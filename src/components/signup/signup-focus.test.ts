import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  alertText,
  button,
  fastSettings,
  fill,
  input,
  newKey,
  origin,
  render,
  restoreSettings,
} from './test-helpers.js';
import type { BtwSignup } from './signup.js';

/** Where the keyboard is: the element's own focused node, or what the page has. */
const focusOf = (el: BtwSignup) =>
  document.activeElement === el ? el.shadowRoot!.activeElement : document.activeElement;

describe('btw-signup focus', () => {
  beforeEach(fastSettings);
  afterEach(restoreSettings);

  for (const fail of ['400', '500']) {
    it(`keeps the focus on the button when the reader sends again after a ${fail}`, async () => {
      const el = await render(
        html`<btw-signup action="${origin}/api/signup?key=${newKey()}&amp;fail=${fail}"></btw-signup>`,
      );
      await fill(el, { email: 'ana@example.org' });
      button(el).focus();
      for (let attempt = 1; attempt <= 3; attempt++) {
        const failed = new Promise((resolve) => el.addEventListener('btw-signup-error', resolve, { once: true }));
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        // Straight after the key: the old error is gone, the button is where it was.
        expect(focusOf(el), `attempt ${attempt}, sending`).to.equal(button(el));
        await failed;
        await el.updateComplete;
        expect(focusOf(el), `attempt ${attempt}, failed`).to.equal(button(el));
        expect(alertText(el)).to.not.equal(undefined);
      }
      await expect(el).to.be.accessible();
    });
  }

  it('exposes the consent box as required, as the email field is', async () => {
    const el = await render(html`<btw-signup consent action="${origin}/api/signup?key=${newKey()}"></btw-signup>`);
    expect([input(el, 'email').required, input(el, 'consent').required]).to.deep.equal([true, true]);
    // The form validates itself (novalidate): the browser shows no bubble of its own.
    expect(el.shadowRoot!.querySelector('form')!.noValidate).to.equal(true);
  });
});
