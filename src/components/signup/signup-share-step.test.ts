// The share step after a sign-up, as the builder writes it: the thanks and a
// <btw-share> in the `success` slot. Focus goes to the thanks, the share controls
// come next in tab order, and every state passes axe.
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { shareStepMarkup } from '../../../demo/builder/share-step.js';
import type { BtwSignup } from './signup.js';
import { fastSettings, fill, newKey, origin, part, restoreSettings, submitAndWait } from './test-helpers.js';

const STEP = { on: true, text: 'Beyond the Wall: share the campaign', url: 'https://example.org/beyond-the-wall/' };

/** The builder's markup inside a sign-up, rendered with the kit. */
async function renderStep(lang: 'en' | 'es', key: string) {
  const wrapper = await fixture<HTMLDivElement>(
    `<div><btw-signup action="${origin}/api/signup?key=${key}" lang="${lang}">\n${shareStepMarkup('btw-signup', STEP, lang)}\n</btw-signup></div>`,
  );
  return wrapper.querySelector<BtwSignup>('btw-signup')!;
}

/** The element that has focus, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('btw-signup: a share step in the success slot', function () {
  this.timeout(20_000);
  beforeEach(fastSettings);
  afterEach(restoreSettings);

  for (const [lang, thanks, shareFirst] of [
    ['en', 'Thank you for signing up!', 'WhatsApp'],
    ['es', '¡Gracias por suscribirte!', 'WhatsApp'],
  ] as const) {
    it(`${lang}: focus on the thanks after signing up, Tab goes to the first share control, accessible`, async () => {
      const el = await renderStep(lang, newKey());
      await expect(el).to.be.accessible();
      const share = el.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('btw-share')!;
      expect(share.getAttribute('url')).to.equal(STEP.url);
      expect(share.getAttribute('text')).to.equal(STEP.text);
      await fill(el, { email: 'ana@example.org' });
      await submitAndWait(el, 'btw-signup-success');
      await share.updateComplete;
      const success = part(el, '.success')!;
      expect(el.shadowRoot!.activeElement, 'focus on the success container').to.equal(success);
      expect(el.querySelector('[slot="success"] p')!.textContent).to.contain(thanks);
      // The slotted content is what the success container shows.
      const slot = success.querySelector<HTMLSlotElement>('slot[name="success"]')!;
      expect(slot.assignedElements()).to.deep.equal([el.querySelector('[slot="success"]')]);

      await sendKeys({ press: 'Tab' });
      const first = share.shadowRoot!.querySelector<HTMLElement>('a[href], button')!;
      expect(deepActive(), 'Tab moves to the first share control').to.equal(first);
      expect(first.textContent).to.contain(shareFirst);
      expect((first as HTMLAnchorElement).href).to.contain(encodeURIComponent(STEP.url));
      await expect(el).to.be.accessible();
    });
  }

  it('keeps the hidden thanks out of sight until a sign-up, then shows it, even under a page reset for [hidden]', async () => {
    // A theme's reset, as Bootstrap and others write it: it would hide the thanks for good.
    const wrapper = await fixture<HTMLDivElement>(
      `<div><style>[hidden] { display: none !important; }</style><btw-signup action="${origin}/api/signup?key=${newKey()}">\n${shareStepMarkup('btw-signup', STEP, 'en')}\n</btw-signup></div>`,
    );
    const el = wrapper.querySelector<BtwSignup>('btw-signup')!;
    const thanks = el.querySelector<HTMLElement>('[slot="success"]')!;
    expect(thanks.hidden, 'the builder writes it hidden').to.equal(true);
    expect(thanks.getClientRects().length, 'not drawn before a sign-up').to.equal(0);
    await fill(el, { email: 'ana@example.org' });
    await submitAndWait(el, 'btw-signup-success');
    expect(getComputedStyle(thanks).display).to.equal('block');
    expect(thanks.getBoundingClientRect().height, 'drawn after the sign-up').to.be.above(0);
    expect(thanks.querySelector('p')!.textContent).to.equal(
      'Thank you for signing up! Help us reach more people: share the campaign.',
    );
    await expect(el).to.be.accessible();
  });
});
