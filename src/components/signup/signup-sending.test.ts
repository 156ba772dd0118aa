// The busy button, while a sign-up is sent: it keeps its full colours (text 4.5:1,
// on a light page, a page that declares a dark scheme and a dark page that declares
// nothing), it keeps the focus, and "Sending…" is said once, by the status region:
// the button's name stays its label.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { contrastOf } from '../../../test/helpers/contrast.js';
import { en, es, readerText } from '../../../test/helpers/reader.js';
import type { BtwSignup } from './signup.js';
import { button, fastSettings, fill, newKey, origin, restoreSettings, status, until } from './test-helpers.js';

const release = (key: string) => fetch(`${origin}/api/signup/release?held=${key}`);

/** Where the keyboard is: the element's own focused node, or what the page has. */
const focusOf = (el: BtwSignup) =>
  document.activeElement === el ? el.shadowRoot!.activeElement : document.activeElement;

/** The pages it is sent from, as their own styles paint them, and the language of each test. */
const PAGES = [
  ['a white page', 'background: #fff; color: #222', en],
  ['a page that declares color-scheme: dark', 'color-scheme: dark; background: #121212; color: #eee', es],
  ['a dark page that declares nothing', 'background: #111; color: #eee', en],
  ['a dark page that declares nothing', 'background: #111; color: #eee', es],
] as const;

/** How often `part` occurs in `text`. */
const count = (text: string, part: string) => text.split(part).length - 1;

describe('<btw-signup> while sending', () => {
  beforeEach(fastSettings);
  afterEach(restoreSettings);

  for (const [page, style, terms] of PAGES) {
    const lang = terms === es ? 'es' : 'en';
    it(`on ${page} (${lang}): the button keeps 4.5:1 and the focus, and "${terms.signupSending}" is said once`, async () => {
      const key = newKey();
      const wrapper = await fixture<HTMLElement>(
        html`<div style=${style}><btw-signup lang=${lang} action="${origin}/api/signup?key=${key}&amp;hold" fields=""></btw-signup></div>`,
      );
      const el = wrapper.querySelector<BtwSignup>('btw-signup')!;
      await el.updateComplete;
      const done = new Promise((resolve) => el.addEventListener('btw-signup-success', resolve, { once: true }));
      try {
        await fill(el, { email: 'ana@example.org' });
        button(el).focus();
        await sendKeys({ press: 'Enter' });
        await until(() => button(el).getAttribute('aria-disabled') === 'true', 'the busy button');
        await el.updateComplete;

        expect(focusOf(el), 'the focus').to.equal(button(el));
        const look = getComputedStyle(button(el));
        // Drawn opaque: contrastOf fades only the text by opacity, not the fill under it.
        expect(look.opacity, 'the busy button’s opacity').to.equal('1');
        expect(contrastOf(button(el), look.color), 'the busy button’s text').to.be.at.least(4.5);
        // Busy is shown by a progress mark drawn in the text's colour (3:1 at least as a graphic), not by fading.
        const mark = getComputedStyle(button(el), '::after');
        expect(mark.content, 'the progress mark').to.not.equal('none');
        expect(contrastOf(button(el), mark.borderTopColor), 'the progress mark').to.be.at.least(3);
        expect(look.cursor).to.equal('progress');

        // The status says it; the focused button's name stays its label, so a screen reader does not say it twice.
        expect(status(el)).to.equal(terms.signupSending);
        expect(count(readerText(el), terms.signupSending), 'times the reader meets it').to.equal(1);
        expect(button(el).hasAttribute('aria-label')).to.equal(false);
        expect(button(el).textContent!.trim(), 'the button’s name').to.equal(terms.signupSubmit);
        // Landing on the button, a reader hears that it is sending: the status describes it.
        const describedBy = button(el).getAttribute('aria-describedby');
        expect(el.shadowRoot!.getElementById(describedBy ?? '')?.textContent?.trim(), 'its description').to.equal(
          terms.signupSending,
        );
        await expect(el).to.be.accessible();
      } finally {
        await release(key);
      }
      await done;
    });
  }
});
