// Documents and pages that try to break <btw-recommendation>: impossible dates,
// inherited names as languages, and a page `fetch` that ignores the abort signal.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { httpSettings } from '../../shared/http.js';
import { $, $$, capture, docUrl, settled, text } from '../../../test/helpers/recommendation.js';
import { DocumentError, parseDocument } from './document.js';
import type { BtwRecommendation } from './recommendation.js';

const doc = (extra: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  id: 'x',
  url: 'https://example.org/beyond-the-wall/x',
  updated: '2024-02-29',
  defaultLocale: 'en',
  locales: { en: { title: 'A title', summary: 'A summary.', actions: [{ title: 'Act' }] } },
  ...extra,
});

/** The error `parseDocument` throws for `input`, or undefined when it accepts it. */
function refusal(input: unknown) {
  try {
    parseDocument(input);
    return undefined;
  } catch (error) {
    if (error instanceof DocumentError) return error;
    throw error;
  }
}

describe('<btw-recommendation> against hostile documents and pages', () => {
  describe('dates', () => {
    it('accepts real calendar days, leap days included', () => {
      for (const updated of ['2024-02-29', '2000-02-29', '2023-12-31', '0099-01-01'])
        expect(refusal(doc({ updated })), updated).to.equal(undefined);
    });

    it('refuses days the calendar lacks, at the field `updated`', () => {
      for (const updated of ['2024-02-31', '2023-02-29', '1900-02-29', '2024-04-31']) {
        expect(refusal(doc({ updated }))?.path, updated).to.equal('updated');
      }
    });

    it('shows the error state, not a shifted date, for "2024-02-31"', async () => {
      const errors = await capture('error', async () => {
        const el = await fixture<BtwRecommendation>(
          html`<btw-recommendation variant="full"><script type="application/json">${JSON.stringify(doc({ updated: '2024-02-31' }))}</script></btw-recommendation>`,
        );
        await settled(el);
        expect($(el, '[part="error"]')).not.to.equal(null);
        expect(el.shadowRoot!.textContent).not.to.contain('March 2, 2024');
        await expect(el).to.be.accessible();
      });
      expect(errors.join('\n')).to.contain('btw-recommendation').and.contain('updated');
    });
  });

  describe('languages', () => {
    it('refuses a defaultLocale or a locale key that is not a language tag', () => {
      const en = doc().locales.en;
      expect(refusal(doc({ defaultLocale: 'constructor-x', locales: { 'constructor-x': en } }))?.path).to.equal(
        'defaultLocale',
      );
      expect(refusal(doc({ locales: { en, 'toString-x': { title: 'T' } } }))?.path).to.equal('locales.toString-x');
      expect(refusal(doc({ defaultLocale: 'es-GT', locales: { 'es-GT': en, 'zh-Hant-TW': {} } }))).to.equal(undefined);
    });

    it('renders a full document in English inside lang="constructor", date and share names included', async () => {
      const wrapper = await fixture(html`<div lang="constructor"><btw-recommendation variant="full" share
        src=${docUrl('full')}></btw-recommendation></div>`);
      const el = wrapper.querySelector('btw-recommendation')!;
      await settled(el);
      expect(text($(el, '[part="error"]'))).to.equal('');
      expect(text($(el, 'time'))).to.match(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
      const share = $(el, 'btw-share') as HTMLElement & { updateComplete: Promise<unknown> };
      await share.updateComplete;
      const names = $$(share, 'a, button').map((control) => control.getAttribute('aria-label') ?? text(control));
      expect(names.length).to.be.above(0);
      for (const name of names) expect(name).not.to.equal('');
      await expect(el).to.be.accessible();
    });
  });

  describe('timeouts', () => {
    const defaults = { ...httpSettings };
    const pageFetch = window.fetch;
    afterEach(() => {
      window.fetch = pageFetch;
      Object.assign(httpSettings, defaults);
    });

    it('ends "Loading…" at the timeout even when the page fetch drops the abort signal', async () => {
      // A page's fetch wrapper (analytics, a polyfill) that forwards everything but the signal.
      window.fetch = (input, init) => pageFetch(input, { ...init, signal: undefined });
      httpSettings.timeoutMs = 300;
      const el = await fixture<BtwRecommendation>(
        html`<btw-recommendation src=${docUrl('short', undefined, '&delay=3000')}></btw-recommendation>`,
      );
      const { detail } = await oneEvent(el, 'btw-recommendation-error');
      await el.updateComplete;
      expect(detail.error.kind).to.equal('timeout');
      expect($(el, '[part="loading"]') === null, 'no loading').to.equal(true);
      expect($(el, '[part="error"]')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });
  });
});
