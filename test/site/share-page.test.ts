// The share page (demo/share.html; site/share.html): the full <btw-share> for any
// http(s) address in its fragment, in English or Spanish; a message and no link
// for anything else; and the builder's share link opening it with the right state.
import { expect } from '@open-wc/testing';
import { until } from './builder-page.js';
import { closePages, expectAccessible, openPage, type Page } from './site-page.js';

const POST = 'https://partner.example/blog/muro?ref=news&x=1#part-2';
const TEXT = 'Un muro no resuelve por qué la gente se va';
const fragment = (values: Record<string, string>) => `#${new URLSearchParams(values).toString().replace(/\+/g, '%20')}`;

afterEach(closePages);

async function openShare(hash: string): Promise<Page> {
  const page = await openPage(`/demo/share.html${hash}`, { width: 360, height: 800 });
  await until(() => page.doc.querySelector('h1'), 'the page');
  return page;
}

/** The element's share links, once it has rendered them. */
async function shareLinks(page: Page) {
  const el = await until(
    () => page.doc.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('btw-share'),
    'the element',
  );
  await until(() => page.win.customElements.get('btw-share'), 'the element to be defined');
  await el.updateComplete;
  return until(() => {
    const links = [...(el.shadowRoot?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? [])];
    return links.length ? links : undefined;
  }, 'the share links');
}

describe('the share page', function () {
  this.timeout(30_000);

  for (const lang of ['en', 'es'] as const) {
    it(`shares an http(s) address with the full <btw-share>, in ${lang}`, async () => {
      const page = await openShare(fragment({ url: POST, text: TEXT, lang }));
      const links = await shareLinks(page);
      const hrefs = links.map((a) => a.href);
      const url = encodeURIComponent(POST);
      expect(hrefs).to.include(`https://wa.me/?text=${encodeURIComponent(TEXT)}%20${url}`);
      expect(hrefs).to.include(`https://www.facebook.com/sharer/sharer.php?u=${url}`);
      expect(
        hrefs.some((href) => href.startsWith('https://x.com/intent/tweet?') && href.includes(`url=${url}`)),
      ).to.equal(true);
      expect(hrefs.some((href) => href.startsWith('mailto:?subject='))).to.equal(true);
      expect(page.doc.documentElement.lang).to.equal(lang);
      expect(page.doc.querySelector('btw-share')!.getAttribute('lang')).to.equal(lang);
      const heading = page.doc.querySelector('h1')!.textContent;
      expect(heading).to.equal(lang === 'es' ? 'Comparte esta página' : 'Share this page');
      // The widget speaks the page's language too: its own heading.
      expect(page.doc.querySelector('btw-share')!.shadowRoot!.textContent).to.contain(
        lang === 'es' ? 'Compartir' : 'Share',
      );
      expect(page.doc.querySelector('.shared')!.textContent).to.contain(POST);
      await expectAccessible(page);
    });
  }

  it('keeps itself out of search engines and sends no referrer on', async () => {
    const page = await openShare(fragment({ url: POST }));
    expect(page.doc.querySelector('meta[name="robots"]')!.getAttribute('content')).to.equal('noindex');
    expect(page.doc.querySelector('meta[name="referrer"]')!.getAttribute('content')).to.equal('no-referrer');
    // Without a text of its own, the message names the site shared, not the share page.
    expect(page.doc.querySelector('btw-share')!.getAttribute('text')).to.equal('partner.example');
  });

  it('switches language in place and keeps the address', async () => {
    const page = await openShare(fragment({ url: POST, text: TEXT, lang: 'en' }));
    await shareLinks(page);
    page.doc.querySelector<HTMLAnchorElement>('.lang-note a')!.click();
    await until(() => page.doc.documentElement.lang === 'es', 'the Spanish page');
    expect(page.doc.querySelector('btw-share')!.getAttribute('url')).to.equal(POST);
    expect(page.doc.querySelector('h1')!.textContent).to.equal('Comparte esta página');
  });

  const BAD: [string, string][] = [
    ['javascript: address', fragment({ url: 'javascript:alert(1)//https://partner.example/' })],
    ['data: address', fragment({ url: 'data:text/html,<a href=x>x</a>' })],
    ['garbage', fragment({ url: 'garbage here', lang: 'es' })],
    ['scheme only', fragment({ url: 'https://' })],
    ['other scheme', fragment({ url: 'ftp://partner.example/post' })],
    ['missing address', fragment({ text: TEXT })],
    ['empty fragment', ''],
  ];
  for (const [name, hash] of BAD) {
    it(`shows a message and no link for a ${name}`, async () => {
      const page = await openShare(hash);
      const problem = await until(() => page.doc.querySelector('#problem'), 'the message');
      const spanish = hash.includes('lang=es');
      expect(problem.textContent).to.contain(spanish ? 'no hay nada que compartir' : 'there is nothing to share');
      expect(page.doc.querySelector('btw-share')).to.equal(null);
      expect(page.doc.querySelectorAll('a').length).to.equal(0);
      await expectAccessible(page);
    });
  }
});

describe('the builder’s share link', function () {
  // Two pages, the builder loading the kit's source and manifests: slow on a loaded machine.
  this.timeout(60_000);

  it('opens the share page with the post, its text and the widget’s language', async () => {
    const search = new URLSearchParams({
      element: 'btw-share',
      output: 'link',
      url: POST,
      text: TEXT,
      'kit-lang': 'es',
    });
    const builder = await openPage(`/demo/builder.html?${search}`);
    const area = await until(() => {
      const field = builder.doc.querySelector<HTMLTextAreaElement>('#snippet-text');
      return field?.value.includes('share.html#') ? field : undefined;
    }, 'the share link');
    const link = new URL(area.value);
    expect(link.pathname).to.equal('/demo/share.html');
    // Nothing of the post in the part of the address a server sees.
    expect(link.search).to.equal('');
    expect(builder.doc.querySelector<HTMLAnchorElement>('#share-link-try')!.href).to.equal(area.value);
    await expectAccessible(builder);

    const page = await openShare(link.hash);
    const hrefs = (await shareLinks(page)).map((a) => a.href);
    expect(page.doc.documentElement.lang).to.equal('es');
    expect(page.doc.querySelector('btw-share')!.getAttribute('url')).to.equal(POST);
    expect(page.doc.querySelector('btw-share')!.getAttribute('text')).to.equal(TEXT);
    expect(hrefs).to.include(`https://wa.me/?text=${encodeURIComponent(TEXT)}%20${encodeURIComponent(POST)}`);
  });

  it('is not offered until the post’s address is an http(s) address, and says why', async () => {
    const builder = await openPage('/demo/builder.html?element=btw-share&output=link&url=garbage');
    const error = await until(() => builder.doc.querySelector('#f-post-url-error')?.textContent, 'the message');
    expect(error).to.contain('https://');
    expect(builder.doc.querySelector<HTMLTextAreaElement>('#snippet-text')!.value).to.equal('');
    expect(builder.doc.querySelector<HTMLButtonElement>('#copy')!.disabled).to.equal(true);
    expect(builder.doc.querySelector('#share-link-try')).to.equal(null);
    await expectAccessible(builder);
  });
});
