import { expect, html } from '@open-wc/testing';
import { emulateMedia, visibleTextShare } from '../../../test/helpers/media.js';
import { button, origin, render } from './test-helpers.js';

// Emulating forced colours needs Chromium's DevTools protocol: Chromium only.
describe('<btw-signup> in forced-colors mode', () => {
  afterEach(() => emulateMedia({}));

  it('shows the submit button’s text (a screenshot’s pixels)', async () => {
    await emulateMedia({ 'forced-colors': 'active' });
    const el = await render(html`<btw-signup action="${origin}/api/signup" fields=""></btw-signup>`);
    expect(button(el).textContent!.trim()).to.equal('Sign up');
    expect(await visibleTextShare(button(el))).to.be.above(0.05);
    await expect(el).to.be.accessible();
  });
});
