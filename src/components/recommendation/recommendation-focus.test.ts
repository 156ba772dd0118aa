import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, capture, docUrl, newKey, settled, text } from '../../../test/helpers/recommendation.js';
import type { BtwShare } from '../share/share.js';
import type { BtwRecommendation } from './recommendation.js';
import { until } from '../../../test/helpers/until.js';

/** The node that has the keyboard, looked for through the shadow roots it sits in. */
function deepFocus(): Element | null {
  let node = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  return node;
}

/** An element whose first load fails with `src`; the error shown. */
async function failing(src: string, lang = 'en') {
  let el!: BtwRecommendation;
  await capture('error', async () => {
    el = await fixture<BtwRecommendation>(html`<btw-recommendation lang=${lang} src=${src}></btw-recommendation>`);
    await oneEvent(el, 'btw-recommendation-error');
  });
  await el.updateComplete;
  return el;
}

/** Presses Enter on "Try again" as a keyboard reader does. */
async function tryAgain(el: BtwRecommendation) {
  $<HTMLButtonElement>(el, '[part="error"] button')!.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

describe('<btw-recommendation> focus', () => {
  for (const [lang, loaded] of [
    ['en', 'Recommendation loaded'],
    ['es', 'Recomendación cargada'],
  ]) {
    it(`"Try again" keeps the focus while loading, then puts it on the title and says "${loaded}"`, async () => {
      const el = await failing(docUrl('short', newKey(), '&fail=500-once'), lang);
      const load = oneEvent(el, 'btw-recommendation-load');
      await capture('error', () => tryAgain(el));
      // Loading: the focus is on the status that says so, not on <body>.
      if (!$(el, '[part="title"]')) expect(deepFocus()).to.equal($(el, '[role="status"]'));
      await load;
      await settled(el);
      expect(deepFocus()).to.equal($(el, '[part="title"]'));
      expect(text($(el, '[role="status"]'))).to.equal(loaded);
      await expect(el).to.be.accessible();
    });
  }

  it('"Try again" that fails again puts the focus back on "Try again"', async () => {
    const el = await failing(docUrl('short', newKey(), '&fail=500'));
    const failed = oneEvent(el, 'btw-recommendation-error');
    await capture('error', async () => {
      await tryAgain(el);
      await failed;
    });
    await el.updateComplete;
    expect(deepFocus()).to.equal($(el, '[part="error"] button'));
    await expect(el).to.be.accessible();
  });

  it('keeps the focus on the same share control in a quote through lang and heading-level changes', async () => {
    const el = await fixture<BtwRecommendation>(
      html`<btw-recommendation lang="en" variant="full" src=${docUrl('full')}></btw-recommendation>`,
    );
    await settled(el);
    const share = $$<BtwShare>(el, '[part="quote"] btw-share')[0]!;
    const control = share.shadowRoot!.querySelectorAll<HTMLElement>('[data-network]')[1]!;
    control.focus();
    const network = control.dataset.network;
    el.setAttribute('lang', 'es');
    await new Promise((resolve) => setTimeout(resolve)); // the shared lang observer
    await el.updateComplete;
    await share.updateComplete;
    expect($$(el, '[part="quote"] btw-share')[0], 'the same share element').to.equal(share);
    expect((deepFocus() as HTMLElement).dataset.network).to.equal(network);
    expect(deepFocus()!.getAttribute('aria-label')).to.match(/^Compartir/);
    el.headingLevel = 3;
    await el.updateComplete;
    expect((deepFocus() as HTMLElement).dataset.network).to.equal(network);
    expect($$(el, '[part="quote"] btw-share')[0]).to.equal(share);
  });

  it("names each quote's share list after its quote", async () => {
    const el = await fixture<BtwRecommendation>(
      html`<btw-recommendation lang="en" variant="full" src=${docUrl('full')}></btw-recommendation>`,
    );
    await settled(el);
    const names = $$<BtwShare>(el, '[part="quote"] btw-share').map((share) => {
      const list = share.shadowRoot!.querySelector('[part="list"]')!;
      return text(share.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!));
    });
    expect(names).to.deep.equal([
      'Share the quote “First quote to share.”',
      'Share the quote “Second quote to share.”',
    ]);
    // Read out, not shown.
    const heading = $$<BtwShare>(el, '[part="quote"] btw-share')[0]!.shadowRoot!.querySelector('[part="heading"]')!;
    expect(heading.getBoundingClientRect().height).to.be.at.most(1);
    await expect(el).to.be.accessible();
  });

  it('keeps every node of the document when the language changes: only texts and attributes change', async () => {
    const el = await fixture<BtwRecommendation>(
      html`<btw-recommendation lang="en" variant="full" src=${docUrl('full')}></btw-recommendation>`,
    );
    await settled(el);
    const before = $$(el, 'article *');
    el.setAttribute('lang', 'es');
    await until(() => text($(el, '[part="title"]')) === 'Título de prueba', 'the Spanish title');
    const kept = $$(el, 'article *').filter((node) => before.includes(node));
    // Spanish has fewer quotes and links than English: what stays is the same node.
    expect(kept.length).to.be.above(0);
    expect($(el, '[part="summary"]')).to.equal(before.find((node) => node.matches('[part="summary"]')));
  });
});
