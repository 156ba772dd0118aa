import { expect } from '@open-wc/testing';
import { kitReady, openPage } from '../bundle/kit.js';
import { drawn } from '../helpers/frames.js';
import { until } from '../helpers/until.js';

// WCAG 1.4.10: at 320 CSS px nothing may make the page scroll sideways, with
// every panel the kit can open. This file clicks no real key or button (only
// script clicks), so the browser refuses the clipboard and the copy field shows.
describe('the built kit at 320 px wide', () => {
  let frame: HTMLIFrameElement;
  let kit: Awaited<ReturnType<typeof kitReady>>;
  before(async () => {
    frame = await openPage('reflow-320.html', { width: 320, height: 1200 });
    kit = await kitReady(frame);
  });
  after(() => frame.remove());

  const page = () => frame.contentDocument!.documentElement;
  /** Waits until the panel or message is shown, then for the page to draw it (what the reader sees). */
  const shown = async (check: () => unknown, what: string) => {
    await until(check, what);
    await drawn(frame.contentWindow!);
  };

  it('fits at first', () => {
    expect(page().scrollWidth).to.be.at.most(page().clientWidth);
  });

  it('fits with the copy field open, in a quote’s icon share and in the card’s share', async () => {
    const shares = [...kit.recommendation.shadowRoot!.querySelectorAll('btw-share')];
    expect(shares.length).to.be.at.least(2);
    for (const share of shares) share.shadowRoot!.querySelector<HTMLElement>('[data-network="copy"]')!.click();
    await shown(() => shares.every((share) => share.shadowRoot!.querySelector('#copy-field')), 'every copy field');
    for (const share of shares) expect(share.shadowRoot!.querySelector('#copy-field'), 'copy field shown').to.exist;
    expect(page().scrollWidth).to.be.at.most(page().clientWidth);
  });

  it('fits with the Mastodon prompt open, and with its error shown', async () => {
    const root = kit.share.shadowRoot!;
    root.querySelector<HTMLElement>('[data-network="mastodon"]')!.click();
    await shown(() => root.querySelector('#mastodon-server'), 'the Mastodon prompt');
    expect(root.querySelector('#mastodon-server')).to.exist;
    expect(page().scrollWidth).to.be.at.most(page().clientWidth);
    root.querySelector<HTMLInputElement>('#mastodon-server')!.value = 'not a server';
    root.querySelector<HTMLElement>('form [type="submit"]')!.click();
    await shown(() => root.querySelector('#mastodon-error')?.textContent, 'the Mastodon error');
    expect(root.querySelector('#mastodon-error')!.textContent).to.contain('mastodon.social');
    expect(page().scrollWidth).to.be.at.most(page().clientWidth);
  });

  it('fits with the sign-up’s errors shown', async () => {
    kit.signup.shadowRoot!.querySelector<HTMLElement>('[part="button"]')!.click();
    // The summary of what to fix is the last step of an empty submit, after the fields are marked.
    await shown(() => kit.signup.shadowRoot!.querySelector('[part="status"]')!.textContent, 'the sign-up’s errors');
    expect(kit.signup.shadowRoot!.querySelectorAll('[aria-invalid="true"]')).to.have.length(2);
    expect(page().scrollWidth).to.be.at.most(page().clientWidth);
  });
});
