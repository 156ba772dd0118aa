import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { pasteFromClipboard } from '../../../test/helpers/clipboard.js';
import { control, hrefOf, param, share, warnings } from '../../../test/helpers/share.js';

// A reader who arrives from a newsletter: a subscriber token, an email, a
// Mailchimp id and an access token in the fragment, next to a plain permalink.
const PERSONAL = 'token=SECRET&p=42&mc_eid=abc123&Email=ana%40example.org&fbclid=F1&utm_source=news#access_token=XYZ';

describe('<btw-share> the address it shares', () => {
  const original = location.href;
  /** The test page's own query (the runner's), as pairs to keep. */
  const own = location.search.slice(1);
  const base = `${location.origin}${location.pathname}?${own ? `${own}&` : ''}`;
  let added: Element[] = [];

  beforeEach(() => history.replaceState(null, '', `${base}${PERSONAL}`));
  afterEach(() => {
    history.replaceState(null, '', original);
    added.forEach((node) => node.remove());
    added = [];
  });
  const canonical = (href: string) => {
    const link = document.createElement('link');
    link.rel = 'canonical';
    link.setAttribute('href', href);
    document.head.append(link);
    added.push(link);
  };

  it('drops the fragment and the parameters that name a person or a visit, keeping the rest', async () => {
    const el = await share(html`<btw-share networks="x facebook"></btw-share>`);
    expect(param(hrefOf(el, 'x')!, 'url')).to.equal(`${base}p=42&utm_source=news`);
    expect(param(hrefOf(el, 'facebook')!, 'u')).to.equal(`${base}p=42&utm_source=news`);
    for (const secret of ['SECRET', 'abc123', 'ana', 'F1', 'XYZ']) expect(hrefOf(el, 'x')).not.to.include(secret);
  });

  it('adds its own utm_* to what is left', async () => {
    const el = await share(html`<btw-share networks="whatsapp" text="Hola" utm-source="blog"></btw-share>`);
    expect(hrefOf(el, 'whatsapp')).to.equal(
      `https://wa.me/?text=Hola%20${encodeURIComponent(`${base}p=42&utm_source=blog&utm_medium=whatsapp`)}`,
    );
  });

  it('gives the same address to the btw-share event and the copied link', async () => {
    const el = await share(html`<btw-share networks="copy"></btw-share>`);
    control(el, 'copy')!.focus();
    const [shared, copied] = await Promise.all([
      oneEvent(el, 'btw-share'),
      oneEvent(el, 'btw-copy'),
      sendKeys({ press: 'Enter' }),
    ]);
    expect(shared.detail.url).to.equal(`${base}p=42&utm_source=news`);
    expect(copied.detail.url).to.equal(`${base}p=42&utm_source=news`);
    expect(await pasteFromClipboard()).to.equal(`${base}p=42&utm_source=news`);
  });

  it('gives the same address to the Web Share API', async () => {
    // Linux Chromium and desktop Firefox have no Web Share API: the page gets one.
    const calls: ShareData[] = [];
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: (data: ShareData) => (calls.push(data), Promise.resolve()),
    });
    try {
      const el = await share(html`<btw-share networks="native" text="Hola"></btw-share>`);
      control(el, 'native')!.focus();
      await Promise.all([oneEvent(el, 'btw-share'), sendKeys({ press: 'Enter' })]);
      expect(calls.map((data) => data.url)).to.deep.equal([`${base}p=42&utm_source=news`]);
    } finally {
      delete (navigator as { share?: unknown }).share;
    }
  });

  it('keeps a plain permalink whole', async () => {
    history.replaceState(null, '', `${base}p=42`);
    const el = await share(html`<btw-share networks="reddit"></btw-share>`);
    expect(param(hrefOf(el, 'reddit')!, 'url')).to.equal(`${base}p=42`);
  });

  it('shares the canonical link, when there is one, as it is', async () => {
    canonical('https://example.org/articulo?p=42');
    const el = await share(html`<btw-share networks="reddit"></btw-share>`);
    expect(param(hrefOf(el, 'reddit')!, 'url')).to.equal('https://example.org/articulo?p=42');
  });

  it('skips an invalid canonical link for the next valid one', async () => {
    canonical('javascript:alert(1)');
    canonical('https://example.org/articulo?p=42');
    let el!: HTMLElement;
    const seen = await warnings(async () => (el = await share(html`<btw-share networks="reddit"></btw-share>`)));
    expect(param(hrefOf(el as never, 'reddit')!, 'url')).to.equal('https://example.org/articulo?p=42');
    expect(seen.some((line) => line.includes('canonical link') && line.includes('javascript:'))).to.equal(true);
  });

  it('falls back to the cleaned address when no canonical link is valid', async () => {
    canonical('javascript:alert(1)');
    let el!: HTMLElement;
    await warnings(async () => (el = await share(html`<btw-share networks="reddit"></btw-share>`)));
    expect(param(hrefOf(el as never, 'reddit')!, 'url')).to.equal(`${base}p=42&utm_source=news`);
  });

  it('shares the url attribute as it is', async () => {
    const el = await share(html`<btw-share url="https://example.org/a?token=given#top" networks="reddit"></btw-share>`);
    expect(param(hrefOf(el, 'reddit')!, 'url')).to.equal('https://example.org/a?token=given#top');
  });
});
