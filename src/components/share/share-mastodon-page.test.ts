import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { control, share } from '../../../test/helpers/share.js';
import en from '../../locales/en.js';
import es from '../../locales/es.js';
import { STORAGE_KEY } from './mastodon.js';
import type { BtwShare } from './share.js';

// Mastodon without knowing your server: the prompt's second way, a plain link to
// Mastodon's own share page (share.joinmastodon.org/?text=…). The reader's server
// stays the first choice; nothing is loaded until the reader clicks.

const PAGE = 'https://example.org/beyond-the-wall/root-causes';
const link = (el: BtwShare) => el.shadowRoot!.querySelector<HTMLAnchorElement>('#mastodon-prompt .other a');

async function openPrompt(el: BtwShare) {
  control(el, 'mastodon')!.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

describe('<btw-share> Mastodon share page', () => {
  const opened: string[] = [];
  const onClick = (event: Event) => {
    const anchor = (event.composedPath()[0] as Element).closest?.('a');
    if (anchor && !event.defaultPrevented) opened.push(anchor.href);
    if (anchor) event.preventDefault(); // never leave the test page
  };
  beforeEach(() => {
    opened.length = 0;
    document.addEventListener('click', onClick);
  });
  afterEach(() => document.removeEventListener('click', onClick));

  it('is offered in the prompt, after the reader’s own server, as a link to Mastodon’s share page', async () => {
    const el = await share(html`<btw-share url=${PAGE} text="Hola" networks="mastodon" utm-source="blog"></btw-share>`);
    expect(link(el), 'nothing before the prompt opens').to.equal(null);
    await openPrompt(el);
    const anchor = link(el)!;
    const url = `${PAGE}?utm_source=blog&utm_medium=mastodon`;
    expect(anchor.textContent).to.equal(en.shareMastodonSharePage);
    expect(anchor.getAttribute('href')).to.equal(
      `https://share.joinmastodon.org/?text=Hola%20${encodeURIComponent(url)}`,
    );
    expect([anchor.target, anchor.rel]).to.deep.equal(['_blank', 'noopener noreferrer']);
    // The reader's own server comes first: the field has the focus, the link follows the buttons.
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('#mastodon-server'));
    const order = [
      ...el.shadowRoot!.querySelectorAll('#mastodon-prompt input, #mastodon-prompt button, #mastodon-prompt a'),
    ];
    expect(order.at(-1)).to.equal(anchor);
    await expect(el).to.be.accessible();
  });

  it('announces the share with btw-share, which a host may cancel', async () => {
    const el = await share(html`<btw-share url=${PAGE} text="Hola" networks="mastodon"></btw-share>`);
    await openPrompt(el);
    const announced = oneEvent(el, 'btw-share');
    link(el)!.click();
    expect((await announced).detail).to.deep.equal({ network: 'mastodon', url: PAGE });
    expect(opened).to.deep.equal([link(el)!.href]);

    el.addEventListener('btw-share', (event) => event.preventDefault(), { once: true });
    link(el)!.click();
    expect(opened, 'a cancelled share opens nothing').to.have.length(1);
  });

  it('speaks Spanish, with the remembered server’s Forget too', async () => {
    localStorage.setItem(STORAGE_KEY, 'social.example.org');
    try {
      const el = await share(html`<btw-share lang="es" url=${PAGE} networks="mastodon"></btw-share>`);
      await openPrompt(el);
      expect(link(el)!.textContent).to.equal(es.shareMastodonSharePage);
      const forget = el.shadowRoot!.querySelector<HTMLButtonElement>('.remember button')!;
      expect(forget.textContent).to.equal(es.shareMastodonForget);
      await expect(el).to.be.accessible();
      forget.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(es.shareMastodonForgotten);
    } finally {
      localStorage.removeItem(STORAGE_KEY);
    }
  });
});
