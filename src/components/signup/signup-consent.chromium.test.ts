import { expect, html } from '@open-wc/testing';
import { axNodes, axTree } from '../../../test/helpers/media.js';
import { fastSettings, fill, origin, render, restoreSettings, submit } from './test-helpers.js';

// The accessibility tree needs Chromium's DevTools protocol: Chromium only.
describe('<btw-signup> consent as screen readers get it', () => {
  beforeEach(fastSettings);
  afterEach(restoreSettings);

  const consentNode = async () => axNodes(await axTree()).find((node) => node.role === 'checkbox')!;

  it('is not invalid before a submit, and invalid after an unticked submit', async () => {
    const el = await render(html`<btw-signup action="${origin}/api/signup" fields="" consent></btw-signup>`);
    const before = await consentNode();
    expect([before.name, before.invalid]).to.deep.equal(['I agree to receive emails from this campaign.', undefined]);
    await fill(el, { email: 'ana@example.org' });
    await submit(el);
    expect((await consentNode()).invalid).to.equal('true');
  });
});
