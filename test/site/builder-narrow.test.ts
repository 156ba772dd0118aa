// The builder on a 320 px phone (WCAG 1.4.10): a closed select shows its chosen
// option on one line and cuts what does not fit, so every option of every select
// must fit its box, in Spanish and in English, for each widget.
import { expect } from '@open-wc/testing';
import { drawn } from '../helpers/frames.js';
import { openBuilder, until, type Builder } from './builder-page.js';

/**
 * The options of `select` wider than it: each is measured as the browser sizes a
 * select that holds it alone (`width: auto`: its text, padding, border and arrow,
 * with the page's own font), beside the real one, then compared with the real width.
 */
function cut(select: HTMLSelectElement) {
  const width = select.getBoundingClientRect().width;
  return [...select.options].flatMap((option) => {
    const alone = select.cloneNode(false) as HTMLSelectElement;
    alone.removeAttribute('id');
    alone.style.cssText = 'width: auto; max-width: none; min-width: 0; position: absolute; visibility: hidden';
    alone.append(option.cloneNode(true));
    select.after(alone);
    const needs = alone.getBoundingClientRect().width;
    alone.remove();
    return needs > width
      ? [`#${select.id}: "${option.textContent!.trim()}" needs ${Math.ceil(needs)} px of ${Math.floor(width)}`]
      : [];
  });
}

const ELEMENTS = ['btw-share', 'btw-signup', 'btw-recommendation'];

describe('the builder at 320 px', function () {
  // Each language opens the whole builder (the kit's source, Lit's development build) in a frame.
  this.timeout(60_000);
  let b: Builder | undefined;
  afterEach(() => b?.frame.remove());

  for (const lang of ['es', 'en']) {
    it(`shows every option of every select in full (${lang}), for each widget`, async () => {
      b = await openBuilder(`?lang=${lang}`, { width: 320 });
      const found: string[] = [];
      let selects = 0;
      for (const tag of ELEMENTS) {
        b.doc.querySelector<HTMLInputElement>(`#element-${tag}`)!.click();
        await until(() => b!.doc.querySelector(`#preview-frame > ${tag}`), `the ${tag} settings`);
        await drawn(b.win);
        expect(b.doc.documentElement.scrollWidth, 'the page').to.be.at.most(320);
        const all = [...b.doc.querySelectorAll('select')].filter((select) => select.checkVisibility());
        selects += all.length;
        found.push(...all.flatMap(cut));
      }
      // The language, the provider, both variants and the heading level at least.
      expect(selects).to.be.at.least(7);
      expect(found).to.deep.equal([]);
    });
  }
});
