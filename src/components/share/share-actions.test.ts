import { expect, html, oneEvent } from '@open-wc/testing';
import { pasteFromClipboard } from '../../../test/helpers/clipboard.js';
import { sendKeys } from '@web/test-runner-commands';
import { control, live, share } from '../../../test/helpers/share.js';

const PAGE = 'https://example.org/beyond-the-wall/root-causes?lang=es#acciones';
const LATER = 'https://example.org/beyond-the-wall/later';

/** Every btw-copy's URL, in order. */
function copiesOf(el: HTMLElement) {
  const urls: string[] = [];
  el.addEventListener('btw-copy', (event) => urls.push((event as CustomEvent<{ url: string }>).detail.url));
  return urls;
}

/** Waits for the btw-copy of `url`: a copy started before it would have been seen first. */
const copied = (el: HTMLElement, url: string) =>
  new Promise<void>((resolve) =>
    el.addEventListener('btw-copy', function seen(event) {
      if ((event as CustomEvent<{ url: string }>).detail.url !== url) return;
      el.removeEventListener('btw-copy', seen);
      resolve();
    }),
  );

/**
 * Watches clicks on links at the document, after the element had its say: records
 * whether the click was already prevented, then always prevents it so no test
 * opens a real share site.
 */
function watchClicks() {
  const clicks: { href: string | null; prevented: boolean }[] = [];
  const listener = (event: Event) => {
    const link = (event.composedPath()[0] as Element).closest?.('a');
    if (!link) return;
    clicks.push({ href: link.getAttribute('href'), prevented: event.defaultPrevented });
    event.preventDefault();
  };
  document.addEventListener('click', listener);
  return { clicks, stop: () => document.removeEventListener('click', listener) };
}

describe('<btw-share> actions', () => {
  let watch: ReturnType<typeof watchClicks>;
  beforeEach(() => (watch = watchClicks()));
  afterEach(() => watch.stop());

  describe('btw-share', () => {
    it('fires before a link opens, with the network and the final URL', async () => {
      const el = await share(html`<btw-share url=${PAGE} networks="telegram" utm-source="blog"></btw-share>`);
      const link = control(el, 'telegram')!;
      link.focus();
      const [event] = await Promise.all([oneEvent(el, 'btw-share'), sendKeys({ press: 'Enter' })]);
      expect(event.detail).to.deep.equal({
        network: 'telegram',
        url: 'https://example.org/beyond-the-wall/root-causes?lang=es&utm_source=blog&utm_medium=telegram#acciones',
      });
      expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
      expect(watch.clicks).to.deep.equal([{ href: link.getAttribute('href'), prevented: false }]);
    });

    it('stops the link from opening when a listener calls preventDefault()', async () => {
      const el = await share(html`<btw-share url=${PAGE} networks="x"></btw-share>`);
      el.addEventListener('btw-share', (event) => event.preventDefault());
      control(el, 'x')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(watch.clicks).to.have.length(1);
      expect(watch.clicks[0].prevented).to.equal(true);
    });

    it('stops the copy when cancelled', async () => {
      const el = await share(html`<btw-share url=${PAGE} networks="copy"></btw-share>`);
      const copies = copiesOf(el);
      el.addEventListener('btw-share', (event) => event.preventDefault(), { once: true });
      control(el, 'copy')!.focus();
      const [cancelled] = await Promise.all([oneEvent(el, 'btw-share'), sendKeys({ press: 'Enter' })]);
      expect(cancelled.defaultPrevented).to.equal(true);
      expect(el.shadowRoot!.querySelector('input')).to.equal(null);
      // The next, uncancelled copy (of another URL) completes, and is the only one.
      el.url = LATER;
      await el.updateComplete;
      await Promise.all([copied(el, LATER), sendKeys({ press: 'Enter' })]);
      expect(copies).to.deep.equal([LATER]);
    });
  });

  describe('copy', () => {
    it('writes the URL to the clipboard, announces it and fires btw-copy', async () => {
      const el = await share(html`<btw-share url=${PAGE} networks="copy" utm-campaign="spring"></btw-share>`);
      const url =
        'https://example.org/beyond-the-wall/root-causes?lang=es&utm_campaign=spring&utm_medium=copy#acciones';
      control(el, 'copy')!.focus();
      const [event] = await Promise.all([oneEvent(el, 'btw-copy'), sendKeys({ press: 'Enter' })]);
      expect(event.detail).to.deep.equal({ url });
      await el.updateComplete;
      expect(live(el)).to.equal('Link copied');
      // Paste it back with the keyboard: what the reader would get.
      expect(await pasteFromClipboard()).to.equal(url);
    });

    it('announces in Spanish', async () => {
      const el = await share(html`<btw-share lang="es" url=${PAGE} networks="copy"></btw-share>`);
      control(el, 'copy')!.focus();
      await Promise.all([oneEvent(el, 'btw-copy'), sendKeys({ press: ' ' })]);
      await el.updateComplete;
      expect(live(el)).to.equal('Enlace copiado');
    });
  });

  describe('native share', () => {
    // Linux Chromium has no Web Share API: these tests give the page one, the
    // only browser API the tests stand in for.
    let calls: ShareData[] = [];
    let answer: () => Promise<void> = () => Promise.resolve();
    beforeEach(() => {
      calls = [];
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: (data: ShareData) => (calls.push(data), answer()),
      });
    });
    afterEach(() => {
      delete (navigator as { share?: unknown }).share;
      answer = () => Promise.resolve();
    });

    it('is shown where the browser can share, and shares title, text and URL', async () => {
      const el = await share(html`<btw-share url=${PAGE} text="Más allá del muro" utm-source="blog"></btw-share>`);
      const button = control(el, 'native')!;
      expect([button.localName, button.getAttribute('aria-label')]).to.deep.equal(['button', 'Share…']);
      button.focus();
      const [event] = await Promise.all([oneEvent(el, 'btw-share'), sendKeys({ press: 'Enter' })]);
      const url = 'https://example.org/beyond-the-wall/root-causes?lang=es&utm_source=blog&utm_medium=native#acciones';
      expect(event.detail).to.deep.equal({ network: 'native', url });
      expect(calls).to.deep.equal([{ title: 'Más allá del muro', text: 'Más allá del muro', url }]);
    });

    it('treats the reader closing the share sheet (AbortError) as no error', async () => {
      answer = () => Promise.reject(new DOMException('Share canceled', 'AbortError'));
      const el = await share(html`<btw-share url=${PAGE} networks="native"></btw-share>`);
      const copies = copiesOf(el);
      control(el, 'native')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(calls).to.have.length(1);
      // A later share that fails otherwise falls back to a copy: that copy is the only one.
      answer = () => Promise.reject(new DOMException('Not allowed', 'NotAllowedError'));
      el.url = LATER;
      await el.updateComplete;
      await Promise.all([copied(el, LATER), sendKeys({ press: 'Enter' })]);
      expect(calls).to.have.length(2);
      expect(copies).to.deep.equal([LATER]);
      expect(el.shadowRoot!.querySelector('input')).to.equal(null);
    });

    it('copies the link instead when sharing fails otherwise', async () => {
      answer = () => Promise.reject(new DOMException('Not allowed', 'NotAllowedError'));
      const el = await share(html`<btw-share url=${PAGE} networks="native"></btw-share>`);
      control(el, 'native')!.focus();
      const [event] = await Promise.all([oneEvent(el, 'btw-copy'), sendKeys({ press: 'Enter' })]);
      expect(event.detail.url).to.equal(PAGE);
    });
  });
});
