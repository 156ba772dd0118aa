// The builder for <btw-recommendation> (a src URL or an inline document), and the
// configuration kept in the page URL across a reload and a sent link.
import { expect } from '@open-wc/testing';
import origin from '../server/origin.js';
import {
  fill,
  linkState,
  openBuilder,
  previewDrawn,
  previewElement,
  previewReady,
  snippetElement,
  snippetText,
  steady,
  tick,
  until,
  type Builder,
} from './builder-page.js';

let b: Builder;
afterEach(() => b?.frame.remove());

const DOC_URL = new URL('/demo/recommendations/root-causes.json', location.href).href;
const titleOf = (el: Element) =>
  until(() => el.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim(), 'the title');
/** Waits until the preview shows `title` (the preview may still show the document it had). */
const previewTitle = (b: Builder, title: string) =>
  until(
    () => previewElement(b)?.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() === title,
    `the preview titled "${title}"`,
  );

describe('builder: <btw-recommendation>', function () {
  // A builder page loads the kit's source and its manifests: slow on a loaded machine.
  this.timeout(30_000);
  it('src: the preview renders the document, and the fallback holds its title and link in the chosen language', async () => {
    const doc = await (await fetch(DOC_URL)).json();
    b = await openBuilder('?element=btw-recommendation');
    expect(b.doc.querySelector('.hints')!.textContent).to.contain('document');
    // A relative address would point at the partner's page: refused by the field.
    fill(b, '#f-src', '/demo/recommendations/root-causes.json');
    await until(
      () => b.doc.querySelector('#f-src-problem')?.textContent?.includes('starting with https://'),
      'the message about a full address',
    );
    expect(snippetElement(b).hasAttribute('src')).to.equal(false);
    fill(b, '#f-src', DOC_URL);
    fill(b, '#f-variant', 'full');
    fill(b, '#f-heading-level', '3');
    fill(b, '#f-lang', 'es');
    await previewTitle(b, doc.locales.es.title);
    expect(await titleOf(previewElement(b)!)).to.equal(doc.locales.es.title);
    await until(() => snippetElement(b).querySelector('h3'), 'the fallback');
    expect(b.doc.querySelector('.hints'), 'nothing left to fill in').to.equal(null);
    const el = snippetElement(b);
    expect([
      el.getAttribute('src'),
      el.getAttribute('variant'),
      el.getAttribute('heading-level'),
      el.getAttribute('lang'),
    ]).to.deep.equal([DOC_URL, 'full', '3', 'es']);
    expect(el.querySelector('h3')!.textContent).to.equal(doc.locales.es.title);
    // The element's own language decides its size: no note about the preview's.
    expect(b.doc.querySelector('#snippet-measured')).to.equal(null);
    const link = el.querySelector('a')!;
    expect([link.getAttribute('href'), link.textContent]).to.deep.equal([doc.url, 'Lee la recomendación completa']);
    await expect(b.doc.documentElement).to.be.accessible();
  });

  it('src: the preview reads the document first; the fallback reads it once more, for every language', async () => {
    const doc = await (await fetch(DOC_URL)).json();
    const key = `builder-src-order-${Math.random()}`;
    const requests = async () => ((await (await fetch(`${origin}/api/log?key=${key}`)).json()) as unknown[]).length;
    b = await openBuilder('#element=btw-recommendation');
    // The server answers each read of the document only when the test says so.
    fill(b, '#f-src', `${origin}/api/documents/root-causes?key=${key}&hold`);
    await until(async () => (await requests()) === 1, 'the first read of the document');
    await fetch(`${origin}/api/documents/release?held=${key}&one`);
    // One answer is enough for the card: the builder's own read waits for the preview's.
    await previewTitle(b, doc.locales.en.title);
    await fetch(`${origin}/api/documents/release?held=${key}`);
    const fallbackTitle = () => snippetElement(b).querySelector('h2')?.textContent;
    await until(() => fallbackTitle() === doc.locales.en.title, 'the fallback titled in English');
    const read = await requests();
    expect(read, 'the preview’s read and the builder’s').to.equal(2);
    fill(b, '#f-lang', 'es');
    await previewTitle(b, doc.locales.es.title);
    await until(() => fallbackTitle() === doc.locales.es.title, 'the fallback titled in Spanish');
    await steady(b);
    expect(await requests(), 'reads after the language changed').to.equal(read);
    await expect(b.doc.documentElement).to.be.accessible();
  });

  it('inline: a pasted document goes into the preview and into the snippet’s JSON script, with no src', async () => {
    const json = await (await fetch(DOC_URL)).text();
    b = await openBuilder('?element=btw-recommendation&lang=es');
    tick(b, '#doc-inline');
    await until(() => b.doc.querySelector('#f-doc'), 'the document field');
    fill(b, '#f-doc', '{ "schemaVersion": 1,');
    await until(
      () => b.doc.querySelector('#f-doc')!.getAttribute('aria-invalid') === 'true',
      'the document marked invalid',
    );
    expect(b.doc.querySelector('#f-doc')!.getAttribute('aria-invalid')).to.equal('true');
    expect(b.doc.querySelector('#f-doc-status')!.textContent).to.equal('Todavía no es un JSON válido.');
    fill(b, '#f-doc', json);
    tick(b, '#f-share');
    const doc = JSON.parse(json);
    await previewTitle(b, doc.locales.es.title);
    expect(await titleOf(previewElement(b)!)).to.equal(doc.locales.es.title);
    const el = snippetElement(b);
    expect(el.hasAttribute('src')).to.equal(false);
    expect(el.hasAttribute('share')).to.equal(true);
    expect(JSON.parse(el.querySelector('script[type="application/json"]')!.textContent!)).to.deep.equal(doc);
    expect(el.querySelector('h2')!.textContent, 'fallback in the interface language').to.equal(doc.locales.es.title);
    // Automatic language: the card's height depends on the page's, so the builder says which it measured.
    expect(b.doc.querySelector('#snippet-measured')!.textContent).to.contain('para una página en español');
    await expect(b.doc.documentElement).to.be.accessible();
  });
});

describe('builder: the configuration in the page URL', function () {
  // A builder page loads the kit's source and its manifests: slow on a loaded machine.
  this.timeout(30_000);
  it('survives a reload and opens the same in a sent link', async () => {
    b = await openBuilder('?lang=es');
    fill(b, '#f-url', 'https://partner.example/post?a=1&b=2#top');
    fill(b, '#f-variant', 'icons');
    fill(b, '#f-lang', 'es');
    fill(b, '#f-base', 'https://cdn.partner.example/btw/');
    tick(b, '#f-networks-native', false);
    b.doc.querySelector<HTMLButtonElement>('#f-networks-email-up')!.click();
    await previewDrawn(b);
    await steady(b);
    const before = snippetText(b);
    // Opened with a query string (a link made before the fragment held the state): now in the fragment.
    expect(b.win.location.search).to.equal('');
    const link = b.win.location.hash;
    expect(linkState(b).get('networks')).to.equal('whatsapp facebook x email bluesky copy');
    expect(before).to.contain('src="https://cdn.partner.example/btw/');

    // Reload.
    const reloaded = new Promise((resolve) => b.frame.addEventListener('load', resolve, { once: true }));
    b.win.location.reload();
    await reloaded;
    b = { frame: b.frame, doc: b.frame.contentDocument!, win: b.frame.contentWindow as Builder['win'] };
    await until(
      () => b.doc.querySelector<HTMLTextAreaElement>('#snippet-text')?.value.includes('<btw-'),
      'the snippet',
    );
    await previewReady(b);
    expect(snippetText(b)).to.equal(before);
    expect(b.doc.querySelector<HTMLInputElement>('#f-url')!.value).to.equal('https://partner.example/post?a=1&b=2#top');
    expect(b.doc.querySelector<HTMLSelectElement>('#f-variant')!.value).to.equal('icons');
    expect(b.doc.querySelector<HTMLInputElement>('#f-networks-native')!.checked).to.equal(false);
    expect(b.doc.documentElement.lang).to.equal('es');
    b.frame.remove();

    // A colleague opens the link.
    b = await openBuilder(link);
    expect(snippetText(b)).to.equal(before);
  });

  it('keeps the configuration when the interface language is switched', async () => {
    b = await openBuilder('?element=btw-signup&provider=form&action=https%3A%2F%2Fpartner.example%2Fs');
    const spanish = b.doc.querySelector<HTMLAnchorElement>('.lang-switch a[lang="es"]')!;
    const query = new URLSearchParams(new URL(spanish.href).hash.slice(1));
    expect([query.get('lang'), query.get('element'), query.get('provider'), query.get('action')]).to.deep.equal([
      'es',
      'btw-signup',
      'form',
      'https://partner.example/s',
    ]);
  });
});
