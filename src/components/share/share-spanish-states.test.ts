// Every Spanish string of <btw-share>, read where a reader meets it: each state
// rendered in Spanish, its text and accessible names compared with src/locales/es.ts.
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectSpanish, termKeys, type Shown } from '../../../test/helpers/reader.js';
import { control, share } from '../../../test/helpers/share.js';
import type { Terms } from '../../locales/en.js';
import { STORAGE_KEY } from './mastodon.js';
import type { BtwShare } from './share.js';

const PAGE = 'https://example.org/beyond-the-wall/root-causes';

async function openMastodonPrompt() {
  const el = await share(html`<btw-share lang="es" url=${PAGE} networks="mastodon"></btw-share>`);
  control(el, 'mastodon')!.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  return el;
}

const STATES: { name: string; reach(): Promise<BtwShare>; shows: Shown[] }[] = [
  {
    name: 'every kind of control, with the heading',
    reach: () => share(html`<btw-share lang="es" url=${PAGE} networks="native x email copy mastodon"></btw-share>`),
    shows: [
      ['share'],
      ['shareNative'],
      ['shareOn', 'X'],
      ['shareOn', 'Mastodon'],
      ['shareByEmail'],
      ['shareEmail'],
      ['shareCopyLink'],
    ],
  },
  {
    name: 'the Mastodon prompt',
    reach: openMastodonPrompt,
    shows: [['shareMastodonServer'], ['shareMastodonHint'], ['shareCancel'], ['shareOn', 'Mastodon']],
  },
  {
    name: 'a server name that is not one',
    reach: async () => {
      const el = await openMastodonPrompt();
      await sendKeys({ type: 'not a server' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      return el;
    },
    shows: [['shareMastodonInvalid']],
  },
  {
    name: 'the link copied (a real key press lets the page write to the clipboard)',
    reach: async () => {
      const el = await share(html`<btw-share lang="es" url=${PAGE} networks="copy"></btw-share>`);
      control(el, 'copy')!.focus();
      await Promise.all([oneEvent(el, 'btw-copy'), sendKeys({ press: 'Enter' })]);
      await el.updateComplete;
      return el;
    },
    shows: [['shareLinkCopied']],
  },
];

/** Strings shown in states this file cannot reach, and the test that reads them. */
const ELSEWHERE: Partial<Record<keyof Terms, string>> = {
  // The browser refuses the clipboard only to a page that had no key press: its own file.
  shareCopyField: 'share-copy-refused.test.ts',
  shareCopyRefused: 'share-copy-refused.test.ts',
  shareMastodonSharePage: 'share-mastodon-page.test.ts',
  shareMastodonRemember: 'share-mastodon.test.ts',
  shareMastodonForget: 'share-mastodon-page.test.ts',
  shareMastodonForgotten: 'share-mastodon-page.test.ts',
  shareNewTab: 'share-keyed.test.ts',
};

describe('<btw-share> in Spanish, state by state', () => {
  // Linux Chromium has no Web Share API: the page gets one, so the native button shows.
  beforeEach(() => {
    localStorage.removeItem(STORAGE_KEY);
    Object.defineProperty(navigator, 'share', { configurable: true, value: () => Promise.resolve() });
  });
  afterEach(() => {
    delete (navigator as { share?: unknown }).share;
    localStorage.removeItem(STORAGE_KEY);
  });

  for (const state of STATES) {
    it(`says ${state.shows.map(([key]) => key).join(', ')}: ${state.name}`, async () => {
      const el = await state.reach();
      expectSpanish(el, state.shows, expect);
      await expect(el).to.be.accessible();
    });
  }

  it('the states above and ELSEWHERE hold every Spanish string of the element', () => {
    const shown = new Set([...STATES.flatMap((state) => state.shows.map(([key]) => key)), ...Object.keys(ELSEWHERE)]);
    expect(termKeys('share').filter((key) => !shown.has(key))).to.deep.equal([]);
  });
});
