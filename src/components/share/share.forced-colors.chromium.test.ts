import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '../../../test/helpers/media.js';
import { control, share } from '../../../test/helpers/share.js';

const PAGE = 'https://example.org/beyond-the-wall/root-causes';

// Emulating forced colors needs Chromium's DevTools protocol: Chromium only.
describe('<btw-share> in forced-colors mode', () => {
  afterEach(() => emulateMedia({}));

  it('keeps button borders and icons visible in forced-colors mode', async () => {
    await emulateMedia({ 'forced-colors': 'active' });
    const el = await share(html`<btw-share url=${PAGE} networks="x copy"></btw-share>`);
    const button = getComputedStyle(control(el, 'copy')!);
    expect([button.borderTopStyle, button.borderTopWidth]).to.deep.equal(['solid', '1px']);
    const icon = getComputedStyle(el.shadowRoot!.querySelector('[data-network="x"] [part="icon"]')!);
    expect(icon.fill).to.equal(getComputedStyle(control(el, 'x')!).color);
    await expect(el).to.be.accessible();
    });
});
