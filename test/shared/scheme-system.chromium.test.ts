// A theme that follows the reader's system (`prefers-color-scheme`) without declaring a
// color-scheme: when the system turns dark, so do the widgets. Chromium only (emulated media).
import { expect, fixture, html } from '@open-wc/testing';
import type { BtwShare } from '../../src/components/share/share.js';
import { emulateMedia } from '../helpers/media.js';
import { until } from '../helpers/until.js';
import '../../src/index.js';

describe('shared/scheme: the reader’s system turns dark', () => {
  afterEach(() => emulateMedia({}));

  it('takes the dark palette with a theme that follows the system, and the light one back', async () => {
    await emulateMedia({ 'prefers-color-scheme': 'light' });
    const page = await fixture<HTMLElement>(html`<div>
      <style>
        @media (prefers-color-scheme: dark) {
          body { background: #111; color: #eee; }
        }
      </style>
      <btw-share url="https://example.org/"></btw-share>
    </div>`);
    const el = page.querySelector<BtwShare>('btw-share')!;
    await el.updateComplete;
    expect(el.matches(':state(dark)'), 'light at first').to.equal(false);
    await emulateMedia({ 'prefers-color-scheme': 'dark' });
    await until(() => el.matches(':state(dark)'), 'the dark palette');
    await expect(el).to.be.accessible();
    await emulateMedia({ 'prefers-color-scheme': 'light' });
    await until(() => !el.matches(':state(dark)'), 'the light palette again');
  });
});
