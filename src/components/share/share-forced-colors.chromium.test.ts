import { expect, html } from '@open-wc/testing';
import { emulateMedia, visibleTextShare } from '../../../test/helpers/media.js';
import { control, share } from '../../../test/helpers/share.js';

const PAGE = 'https://example.org/beyond-the-wall/root-causes';

// Emulating forced colours needs Chromium's DevTools protocol: Chromium only.
// Windows High Contrast as the reader sees it: a screenshot of each control,
// with its text's pixels standing out from what is behind them.
describe('<btw-share> in forced-colors mode', () => {
  afterEach(() => emulateMedia({}));

  it('shows the text of every share control and of the Mastodon prompt’s buttons', async () => {
    await emulateMedia({ 'forced-colors': 'active' });
    const el = await share(html`<btw-share url=${PAGE} networks="x email mastodon copy"></btw-share>`);
    control(el, 'mastodon')!.click();
    await el.updateComplete;
    const labels = [
      ...el.shadowRoot!.querySelectorAll('[part="list"] [part="label"]'),
      ...el.shadowRoot!.querySelectorAll('form [part="button"]'),
    ];
    expect(labels.map((node) => node.textContent!.trim())).to.deep.equal([
      'X',
      'Email',
      'Mastodon',
      'Copy link',
      'Share on Mastodon',
      'Cancel',
    ]);
    for (const label of labels) {
      expect(await visibleTextShare(label), label.textContent!).to.be.above(0.05);
    }
    await expect(el).to.be.accessible();
  });

  it('sees no text where the text has the colour of what is behind it (the check above can fail)', async () => {
    await emulateMedia({ 'forced-colors': 'active' });
    const el = await share(
      html`<btw-share url=${PAGE} networks="copy" style="--btw-accent-contrast: Canvas"></btw-share>`,
    );
    const label = control(el, 'copy')!.querySelector('[part="label"]')!;
    label.setAttribute('style', 'color: Canvas');
    expect(await visibleTextShare(label)).to.be.below(0.01);
  });

  it('keeps button borders in forced-colors mode', async () => {
    await emulateMedia({ 'forced-colors': 'active' });
    const el = await share(html`<btw-share url=${PAGE} networks="x copy"></btw-share>`);
    const button = getComputedStyle(control(el, 'copy')!);
    expect([button.borderTopStyle, button.borderTopWidth]).to.deep.equal(['solid', '1px']);
  });
});
