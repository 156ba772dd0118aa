// The snippet as a partner uses it: copied with the Copy button, pasted into a
// plain HTML page. It loads the pinned file (the browser checks its SRI hash),
// works, keeps its space, and shows its fallback without JavaScript.
import { expect } from '@open-wc/testing';
import { pasteFromClipboard } from '../helpers/clipboard.js';
import { sendKeys } from '@web/test-runner-commands';
import origin from '../server/origin.js';
import type { Manifest } from '../../scripts/build-manifest.mjs';
import { fill, openBuilder, snippetText, steady, tick, until, type Builder } from './builder-page.js';

let b: Builder | undefined;
const pages: HTMLIFrameElement[] = [];
afterEach(() => {
  b?.frame.remove();
  for (const page of pages.splice(0)) page.remove();
});

/** Presses Copy with the keyboard and pastes what the clipboard holds, as a partner would. */
async function copyAndPaste(builder: Builder): Promise<string> {
  builder.doc.querySelector<HTMLButtonElement>('#copy')!.focus();
  await sendKeys({ press: 'Enter' });
  await until(() => builder.doc.querySelector('#copy-status')!.textContent, 'the announcement');
  return pasteFromClipboard();
}

/**
 * A blank page holding the snippet, 360 px wide, in the builder's font (the
 * reservation is measured in it). `scripts: false` is a reader without JavaScript.
 */
async function plainPage(snippet: string, font: string, { scripts = true } = {}) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 360px; height: 900px; border: 0; display: block';
  frame.title = 'a partner page';
  if (!scripts) frame.sandbox.add('allow-same-origin');
  frame.srcdoc = `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Blog</title>
<style>body { margin: 0; font: ${font}; }</style>
${scripts ? '<script>addEventListener("error", (e) => { if (e.target.localName === "script") window.refused = e.target.src; }, true);</script>' : ''}
</head><body><p>Mi entrada.</p>
${snippet}
<p id="after">Después.</p></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  pages.push(frame);
  await loaded;
  return frame;
}

/** The snippet's script tag names the smallest file of dist/manifest.json that defines `tag`, with its hash. */
async function expectPinned(snippet: string, tag: string) {
  const manifest: Manifest = await (await fetch('/dist/manifest.json')).json();
  const smallest = manifest.files.filter((f) => f.elements.includes(tag)).sort((x, y) => x.gzip - y.gzip)[0]!;
  const script = new DOMParser().parseFromString(snippet, 'text/html').querySelector('script[src]')!;
  expect(script.getAttribute('src')).to.equal(new URL(`/dist/${smallest.file}`, location.href).href);
  expect(script.getAttribute('integrity')).to.equal(smallest.integrity);
}

const fontOf = (builder: Builder) => builder.win.getComputedStyle(builder.doc.querySelector('#preview-frame')!).font;
const top = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector('#after')!.getBoundingClientRect().top;

async function shareSnippet() {
  b = await openBuilder('?lang=es&kit-lang=es');
  fill(b, '#f-url', 'https://partner.example/posts/muro');
  fill(b, '#f-text', 'Un muro no resuelve por qué la gente se va');
  tick(b, '#f-networks-telegram');
  await steady(b);
  return b;
}

describe('builder: the copied snippet on a plain page', function () {
  // A builder page loads the kit's source and its manifests: slow on a loaded machine.
  this.timeout(30_000);
  it('copies the snippet and says "Copiado"', async () => {
    const builder = await shareSnippet();
    const pasted = await copyAndPaste(builder);
    expect(pasted).to.equal(snippetText(builder));
    expect(builder.doc.querySelector('#copy-status')!.textContent).to.equal('Copiado');
  });

  it('share: loads the pinned file with its SRI hash, renders without a shift, and shares in Spanish', async () => {
    const builder = await shareSnippet();
    const pasted = await copyAndPaste(builder);
    await expectPinned(pasted, 'btw-share');

    const withoutJs = await plainPage(pasted, fontOf(builder), { scripts: false });
    const page = await plainPage(pasted, fontOf(builder));
    const win = page.contentWindow as Window & typeof globalThis & { refused?: string };
    const el = await until(
      () => page.contentDocument!.querySelector('btw-share')?.shadowRoot?.querySelector('a[href^="https://t.me/"]'),
      'the share links',
    );
    expect(win.refused).to.equal(undefined);
    expect(decodeURIComponent((el as HTMLAnchorElement).href))
      .to.contain('https://partner.example/posts/muro')
      .and.contain('Un muro');
    expect(el.textContent!.trim()).to.equal('Telegram');
    // The text after the element is where it was before the kit ran.
    expect(top(page)).to.equal(top(withoutJs));
  });

  it('share: without JavaScript, the reader gets plain share links', async () => {
    const builder = await shareSnippet();
    const page = await plainPage(snippetText(builder), fontOf(builder), { scripts: false });
    const links = [...page.contentDocument!.querySelectorAll<HTMLAnchorElement>('btw-share a')];
    expect(links.map((a) => a.textContent)).to.include.members(['Telegram', 'Correo']);
    const telegram = links.find((a) => a.textContent === 'Telegram')!;
    expect(telegram.getBoundingClientRect().height, 'shown').to.be.above(0);
    expect(telegram.href).to.match(
      /^https:\/\/t\.me\/share\/url\?url=https%3A%2F%2Fpartner\.example%2Fposts%2Fmuro&text=Un%20muro/,
    );
  });

  it('is refused by the browser when the file does not match its integrity hash', async () => {
    const builder = await shareSnippet();
    const wrong = snippetText(builder).replace(
      /integrity="sha384-[^"]+"/,
      `integrity="sha384-${btoa('x'.repeat(48))}"`,
    );
    const page = await plainPage(wrong, fontOf(builder));
    const win = page.contentWindow as Window & typeof globalThis & { refused?: string };
    await until(() => win.refused, 'the refusal');
    expect(win.customElements.get('btw-share')).to.equal(undefined);
    // The reader still has the fallback links.
    expect(page.contentDocument!.querySelector('btw-share a')!.textContent).to.equal('WhatsApp');
  });

  it('sign-up: the pasted form sends to the partner’s endpoint', async () => {
    const key = `paste-${Math.random().toString(36).slice(2)}`;
    b = await openBuilder('?element=btw-signup');
    fill(b, '#f-action', `${origin}/api/signup?key=${key}`);
    fill(b, '#f-source', 'partner-x');
    await steady(b);
    await expectPinned(snippetText(b), 'btw-signup');
    const page = await plainPage(snippetText(b), fontOf(b));
    const el = page.contentDocument!.querySelector('btw-signup')!;
    const email = await until(() => el.shadowRoot?.querySelector<HTMLInputElement>('input[type="email"]'), 'the form');
    // A reader takes more than the spam trap's 2 s to type.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    email.value = 'ana@example.org';
    const success = new Promise((resolve) => el.addEventListener('btw-signup-success', resolve, { once: true }));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
    await success;
    const [request] = await (await fetch(`${origin}/api/log?key=${key}`)).json();
    expect(JSON.parse(request.body)).to.include({ email: 'ana@example.org', source: 'partner-x' });
  });

  it('mailchimp: the pasted sign-up renders its form, and links to the list’s page without JavaScript', async () => {
    b = await openBuilder('?element=btw-signup&provider=mailchimp');
    fill(
      b,
      '#f-mailchimp',
      '<form action="https://partner.us21.list-manage.com/subscribe/post?u=5f3a&amp;id=8e21" method="post">',
    );
    await steady(b);
    const page = await plainPage(snippetText(b), fontOf(b));
    const el = page.contentDocument!.querySelector('btw-signup')!;
    await until(() => el.shadowRoot?.querySelector('input[type="email"]'), 'the form');
    expect(el.shadowRoot!.querySelector('[part~="error"][role="alert"]'), 'no setup error').to.equal(null);
    const withoutJs = await plainPage(snippetText(b), fontOf(b), { scripts: false });
    const link = withoutJs.contentDocument!.querySelector<HTMLAnchorElement>('btw-signup a')!;
    expect([link.href, link.textContent]).to.deep.equal([
      'https://partner.us21.list-manage.com/subscribe?u=5f3a&id=8e21',
      'Sign up on our list’s page',
    ]);
  });

  it('recommendation: an inline document renders on the plain page, without a shift', async () => {
    const json = await (await fetch('/demo/recommendations/root-causes.json')).text();
    b = await openBuilder('?element=btw-recommendation');
    tick(b, '#doc-inline');
    // Measured as it reads on a Spanish page.
    tick(b, '#preview-lang-es');
    fill(b, '#f-doc', json);
    const preview = b.doc.querySelector('#preview-frame btw-recommendation')!;
    await until(
      () =>
        preview.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() === JSON.parse(json).locales.es.title,
      'the preview in Spanish',
    );
    await steady(b);
    await expectPinned(snippetText(b), 'btw-recommendation');
    const withoutJs = await plainPage(snippetText(b), fontOf(b), { scripts: false });
    const page = await plainPage(snippetText(b), fontOf(b));
    const title = await until(
      () => page.contentDocument!.querySelector('btw-recommendation')?.shadowRoot?.querySelector('[part~="title"]'),
      'the title',
    );
    // The page is in Spanish and the element's language is automatic.
    expect(title.textContent!.trim()).to.equal(JSON.parse(json).locales.es.title);
    expect(top(page)).to.equal(top(withoutJs));
  });
});
