// The embed builder's page: reads the kit's manifests (from `<html data-kit>`),
// restores the configuration from the URL, and draws the form, the live preview
// and the snippet.
import { html, render } from 'lit';
import { App } from './app.js';
import { STRINGS } from './i18n.js';
import { formModel, type CemPackage } from './model.js';
import { Preview } from './preview.js';
import { linkState, readState, writeState, type Lang } from './state.js';
import { page } from './view.js';

const root = document.documentElement;
const kit = root.dataset.kit || '/dist/';
const app = new App(draw);
app.kitBase = new URL(kit, location.href).href;
// The site's share page sits beside the builder (site/share.html, /demo/share.html with npm start).
app.sharePage = new URL('./share.html', location.href).href;

const preview = new Preview((measure) => {
  if (measure.phone === app.measured?.phone && measure.desktop === app.measured?.desktop) return;
  app.measured = measure;
  draw();
});
/** The builder's own read of a `src` document, for the fallback (fetchDocument). */
let reading: Promise<unknown> = Promise.resolve();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// What Copy waits for: the preview finished, then the fallback's title (at most 3 s more).
app.settle = async () => {
  await preview.settled();
  await Promise.race([reading, sleep(3000)]);
};

/** The header: title, links, and the interface language switch (which keeps the configuration). */
function header(uiLang: Lang) {
  const t = STRINGS[uiLang];
  const link = (lang: Lang, name: string) => html`<a href=${writeState(app.effective, lang)} lang=${lang}
    aria-current=${uiLang === lang ? 'page' : 'false'}>${name}</a>`;
  return html`<header class="site-header">
    <p class="brand">Beyond the Wall</p>
    <nav aria-label=${t.navLanguage} class="lang-switch">${link('en', 'English')} ${link('es', 'Español')}</nav>
  </header>
  <main id="main">
    <h1>${t.title}</h1>
    <p class="intro">${t.intro}</p>
    <nav class="links" aria-label="Beyond the Wall">
      <a href="./index.html">${t.navDemo}</a> <a href="./studio.html">${t.navStudio}</a>
    </nav>
    ${page(app)}
  </main>`;
}

function draw() {
  root.lang = app.uiLang;
  document.title = `${STRINGS[app.uiLang].title} — Beyond the Wall`;
  render(header(app.uiLang), document.body);
  const frame = document.getElementById('preview-frame');
  // A document address from the builder's link is not fetched until the person asks (app.srcAllowed).
  if (frame && app.models.length) {
    const attributes = app.srcAllowed ? previewAttributes() : previewAttributes().filter(([name]) => name !== 'src');
    preview.sync(frame, app.model.tag, attributes, app.config.lang, app.effective.doc);
  }
  fetchDocument();
}

/**
 * The preview's attributes: the snippet's, except that a sign-up with no action yet
 * shows its form (the preview sends nothing) rather than a setup alert before anyone
 * typed; the "Before you copy" hints still ask for the action.
 */
function previewAttributes(): [string, string | true][] {
  const attributes = app.attributes;
  if (app.model.tag !== 'btw-signup' || attributes.some(([name]) => name === 'action')) return attributes;
  const placeholder =
    app.config.values.provider === 'mailchimp'
      ? 'https://preview.us1.list-manage.com/subscribe/post?u=preview&id=preview'
      : 'https://preview.example/sign-up';
  return [...attributes, ['action', placeholder]];
}

/**
 * Reads a `src` document once per address, for the fallback's title and link, after
 * the preview has read it: the browser holds a second request for an address until
 * the first one ends, so reading it first would keep the preview waiting for both
 * (and ours is often answered from the browser's cache). Every language's title
 * comes from the one read.
 */
function fetchDocument() {
  const src = String(app.effective.values.src ?? '');
  if (app.model?.tag !== 'btw-recommendation' || !src || !app.srcAllowed || app.documents.has(src)) return;
  app.documents.set(src, null);
  reading = preview
    .loaded()
    .then(() => fetch(new URL(src, location.href)))
    .then((response) => response.json())
    .then((json) => {
      app.documents.set(src, json);
      draw();
    })
    .catch(() => undefined);
}

// A sign-up in the preview sends nothing, and the builder says so.
document.addEventListener('btw-signup-submit', (event) => {
  event.preventDefault();
  app.announce(STRINGS[app.uiLang].previewNothingSent);
});

async function getJson(url: string) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

async function boot() {
  app.uiLang = readState(linkState(location), []).uiLang;
  app.previewLang = app.uiLang;
  draw();
  try {
    const [cem, manifest] = await Promise.all([
      getJson(`${kit}custom-elements.json`) as Promise<CemPackage>,
      getJson(`${kit}manifest.json`).catch(() => undefined),
    ]);
    app.models = formModel(cem);
    app.kit = manifest;
  } catch (error) {
    console.error('builder:', error);
    app.loadFailed = true;
    draw();
    return;
  }
  // Every value of the link is checked as a typed one would be, and marked as from the link.
  app.openLink(readState(linkState(location), app.models).config);
  // A link with a query string (made before the fragment held the state) is written as the builder writes it.
  if (location.search) history.replaceState(null, '', location.pathname + writeState(app.effective, app.uiLang));
  draw();
}

// Another configuration in the address (the language switch's links, or one typed
// there) opens as a link does: the page loads again and reads it.
addEventListener('hashchange', () => location.reload());

boot();
