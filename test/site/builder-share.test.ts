// The builder for <btw-share>: form -> live preview -> snippet, the ordered
// network checklist with the keyboard, and the interface in both languages.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  fill,
  linkState,
  openBuilder,
  previewElement,
  snippetElement,
  snippetText,
  tick,
  until,
  type Builder,
} from './builder-page.js';

const PAGE = 'https://partner.example/posts/muro?ref=home';
let b: Builder;
afterEach(() => b?.frame.remove());

const links = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')];

describe('builder: <btw-share>', function () {
  // A builder page loads the kit's source and its manifests: slow on a loaded machine.
  this.timeout(30_000);
  it('puts what is typed into the preview element and the snippet, with plain share links as fallback', async () => {
    b = await openBuilder();
    fill(b, '#f-url', PAGE);
    fill(b, '#f-text', 'Un muro no resuelve por qué la gente se va');
    fill(b, '#f-hashtags', 'BeyondTheWall');
    tick(b, '#f-networks-native', false);
    tick(b, '#f-networks-telegram');
    await until(
      () => links(previewElement(b)!).some((a) => a.href.startsWith('https://t.me/')),
      'the Telegram link in the preview',
    );
    const preview = previewElement(b)!;
    await preview.updateComplete;
    expect(preview.getAttribute('url')).to.equal(PAGE);
    const telegram = links(preview).find((a) => a.href.startsWith('https://t.me/'))!;
    expect(telegram.href).to.contain(encodeURIComponent(PAGE));

    const el = snippetElement(b);
    expect(el.getAttribute('url')).to.equal(PAGE);
    expect(el.getAttribute('hashtags')).to.equal('BeyondTheWall');
    expect(el.getAttribute('networks')).to.equal('whatsapp facebook x bluesky email copy telegram');
    // Defaults are left out.
    expect(el.hasAttribute('variant')).to.equal(false);
    expect(el.hasAttribute('lang')).to.equal(false);
    // The fallback: the heading and one item per control, the links being the element's own links.
    expect(el.querySelector('div')!.textContent).to.equal('Share');
    expect(
      [...el.querySelectorAll('li')].map((li) => `${li.firstElementChild!.localName} ${li.textContent}`),
    ).to.deep.equal(['a WhatsApp', 'a Facebook', 'a X', 'a Bluesky', 'a Email', 'span Copy link', 'a Telegram']);
    const fallback = [...el.querySelectorAll('a')];
    for (const a of fallback)
      expect(
        links(preview).map((link) => link.href),
        a.textContent!,
      ).to.include(a.href);
    expect(b.doc.querySelector('.hints')).to.equal(null);
  });

  it('offers every network of the manifest, each one a control the element knows', async () => {
    b = await openBuilder();
    const boxes = [...b.doc.querySelectorAll<HTMLInputElement>('#f-networks-help ~ ol input[type="checkbox"]')];
    expect(boxes.length).to.be.at.least(12);
    const warnings: string[] = [];
    b.win.console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    for (const box of boxes) if (!box.checked) box.click();
    fill(b, '#f-mastodon-instance', 'mastodon.social');
    // The preview warns, if it does, while it updates to the new attributes.
    await previewElement(b)!.updateComplete;
    expect(warnings).to.deep.equal([]);
    expect(snippetElement(b).getAttribute('networks')!.split(' ').length).to.equal(boxes.length);
  });

  it('moves a network with the keyboard, keeps focus on the button and says where it went', async () => {
    b = await openBuilder();
    const up = b.doc.querySelector<HTMLButtonElement>('#f-networks-x-up')!;
    up.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: ' ' });
    await until(
      () => snippetElement(b).getAttribute('networks') === 'native x whatsapp facebook bluesky email copy',
      'x moved up twice',
    );
    expect(snippetElement(b).getAttribute('networks')).to.equal('native x whatsapp facebook bluesky email copy');
    expect(b.doc.activeElement!.id).to.equal('f-networks-x-up');
    // The first move's announcement may come first: wait for the second's.
    await until(
      () => b.doc.querySelector('#preview-status')!.textContent === 'X moved to position 2 of 12.',
      'the announcement of the second move',
    );
    expect(b.doc.querySelector('#preview-status')!.textContent).to.equal('X moved to position 2 of 12.');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await until(
      () =>
        snippetElement(b).getAttribute('networks')!.startsWith('x ') &&
        previewElement(b)!.shadowRoot!.querySelector('[part~="button"]')?.textContent!.trim() === 'X',
      'x at the top of the snippet and the preview',
    );
    // At the top the button is marked disabled, keeps focus, and does nothing.
    expect(snippetElement(b).getAttribute('networks')).to.equal('x native whatsapp facebook bluesky email copy');
    expect(b.doc.activeElement!.getAttribute('aria-disabled')).to.equal('true');
    expect(b.doc.activeElement!.getAttribute('aria-label')).to.equal('Move X up');
    const order = [...previewElement(b)!.shadowRoot!.querySelectorAll('[part~="button"]')].map((c) =>
      c.textContent!.trim(),
    );
    expect(order[0]).to.equal('X');
    await expect(b.doc.body).to.be.accessible();
  });

  it('writes the element’s language and shows the preview in Spanish', async () => {
    b = await openBuilder('?lang=es');
    expect(b.doc.documentElement.lang).to.equal('es');
    expect(b.doc.querySelector('h1')!.textContent).to.equal('Generador de código');
    fill(b, '#f-lang', 'es');
    tick(b, '#preview-lang-en');
    await until(() => previewElement(b)!.shadowRoot!.textContent!.includes('Copiar enlace'), 'the preview in Spanish');
    const preview = previewElement(b)!;
    await preview.updateComplete;
    expect(snippetElement(b).getAttribute('lang')).to.equal('es');
    // The element's own lang wins over the preview page's.
    expect(preview.shadowRoot!.textContent).to.contain('Copiar enlace');
    fill(b, '#f-lang', '');
    await until(() => preview.shadowRoot!.textContent!.includes('Copy link'), 'the preview in the page’s English');
    await preview.updateComplete;
    expect(preview.shadowRoot!.textContent).to.contain('Copy link');
    // Its fallback is its reservation, whatever the page's language: nothing was measured.
    expect(b.doc.querySelector('#snippet-measured')).to.equal(null);
    await expect(b.doc.body).to.be.accessible();
  });

  it('keeps the whole page usable at 360 px, in English and Spanish', async () => {
    for (const lang of ['en', 'es']) {
      b = await openBuilder(`?lang=${lang}`, { width: 360 });
      expect(b.doc.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(360);
      await expect(b.doc.body).to.be.accessible();
      b.frame.remove();
    }
  });

  it('previews at phone and desktop widths, and offers the other widgets', async () => {
    b = await openBuilder();
    const frame = b.doc.querySelector<HTMLElement>('#preview-frame')!;
    expect(frame.getBoundingClientRect().width).to.equal(360);
    tick(b, '#width-desktop');
    await until(
      () => frame.getBoundingClientRect().width === 720 && previewElement(b)!.getBoundingClientRect().width === 720,
      'the desktop width',
    );
    expect(frame.getBoundingClientRect().width).to.equal(720);
    expect(previewElement(b)!.getBoundingClientRect().width).to.equal(720);
    tick(b, '#element-btw-signup');
    await until(() => previewElement(b)?.localName === 'btw-signup', 'the sign-up in the preview');
    expect(previewElement(b)!.localName).to.equal('btw-signup');
    expect(snippetElement(b).localName).to.equal('btw-signup');
    expect(linkState(b).get('element')).to.equal('btw-signup');
    expect(b.doc.querySelector('#f-provider')).to.exist;
  });

  it('reserves the widget’s space with the style that lays out its fallback, and writes networks out', async () => {
    b = await openBuilder();
    expect(snippetText(b)).to.match(
      /^<!--[^\n]*-->\n<style>btw-share\{display:block;content-visibility:visible\}[^\n]*<\/style>\n<script /,
    );
    expect(snippetElement(b).getAttribute('networks')).to.equal('native whatsapp facebook x bluesky email copy');
    // Without a URL the builder cannot write the links: the controls are boxes of their size.
    expect([...snippetElement(b).querySelectorAll('li > span')].length).to.equal(6);
  });
});
