// The docs as site pages: every docs/**/*.md rendered by markdown-it into one
// layout, links between Markdown files turned into links between pages, and
// each element's reference tables written from dist/custom-elements.json where
// its page says <!-- api:TAG -->, so they cannot drift from the kit.
// Used by scripts/build-site.mjs (site/docs/) and by `npm start` (/demo/docs/).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import MarkdownIt from 'markdown-it';

const root = new URL('..', import.meta.url).pathname;
const md = new MarkdownIt({ html: true, linkify: false, typographer: false });

/** A heading's id, as repository hosts make them: `The document (v1)` → `the-document-v1`. */
export const slug = (text) =>
  text
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');

md.core.ruler.push('heading_ids', (state) => {
  state.tokens.forEach((token, i) => {
    if (token.type === 'heading_open') token.attrSet('id', slug(state.tokens[i + 1].content));
  });
});

/** Every Markdown file under docs/, as a path relative to docs/ (`guides/blogger.md`). */
export function docFiles() {
  return readdirSync(join(root, 'docs'), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.md'))
    .map((file) => file.split('\\').join('/'))
    .sort();
}

const escapeHtml = (text) =>
  String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const inline = (text) => (text ? md.renderInline(String(text)) : '');
const code = (text) => (text ? `<code>${escapeHtml(text)}</code>` : '');
/** A type as a reader needs it: an unset attribute is simply absent, so `| undefined` goes. */
const type = (text) => code(text?.replace(/\s*\|\s*undefined\b/g, ''));

/** The manifest's declaration of `tag`. */
function declaration(manifest, tag) {
  for (const module of manifest.modules ?? []) {
    for (const item of module.declarations ?? []) if (item.tagName === tag) return item;
  }
  throw new Error(`site docs: dist/custom-elements.json has no <${tag}>`);
}

function table(caption, head, rows) {
  if (!rows.length) return `<p>${caption}: none.</p>`;
  const th = head.map((cell) => `<th scope="col">${cell}</th>`).join('');
  const body = rows
    .map(
      (row) => `<tr>${row.map((cell, i) => (i ? `<td>${cell}</td>` : `<th scope="row">${cell}</th>`)).join('')}</tr>`,
    )
    .join('\n');
  return `<div class="table" role="region" tabindex="0" aria-label="${escapeHtml(caption)}"><table>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>`;
}

/** The reference tables of one element, as HTML. */
export function apiTables(manifest, tag) {
  const element = declaration(manifest, tag);
  const publicFields = (element.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && !m.privacy && !m.name.startsWith('#'),
  );
  const attributes = element.attributes ?? [];
  const properties = publicFields.filter((m) => !m.attribute);
  const methods = (element.members ?? []).filter(
    (m) => m.kind === 'method' && !m.static && !m.privacy && !m.name.startsWith('#'),
  );
  return [
    `<h2 id="attributes">Attributes</h2>`,
    table(
      'Attributes',
      ['Attribute', 'Property', 'Type', 'Default', 'Meaning'],
      attributes.map((a) => [
        code(a.name),
        code(a.fieldName),
        type(a.type?.text),
        code(a.default),
        inline(a.description),
      ]),
    ),
    `<h2 id="properties">Properties without an attribute</h2>`,
    table(
      'Properties',
      ['Property', 'Type', 'Meaning'],
      properties.map((p) => [code(p.name), type(p.type?.text), inline(p.description)]),
    ),
    ...(methods.length
      ? [
          `<h2 id="methods">Methods</h2>`,
          table(
            'Methods',
            ['Method', 'Meaning'],
            methods.map((m) => [code(`${m.name}()`), inline(m.description)]),
          ),
        ]
      : []),
    `<h2 id="events">Events</h2>`,
    table(
      'Events',
      ['Event', 'When, and its detail'],
      (element.events ?? []).map((e) => [code(e.name), inline(e.description)]),
    ),
    `<h2 id="slots">Slots</h2>`,
    table(
      'Slots',
      ['Slot', 'Content'],
      (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', inline(s.description)]),
    ),
    `<h2 id="parts">Parts</h2>`,
    table(
      'Parts',
      ['Part', 'What it is'],
      (element.cssParts ?? []).map((p) => [code(p.name), inline(p.description)]),
    ),
    `<h2 id="css-properties">CSS custom properties</h2>`,
    table(
      'CSS custom properties',
      ['Property', 'Meaning'],
      (element.cssProperties ?? []).map((p) => [code(p.name), inline(p.description)]),
    ),
  ].join('\n');
}

/**
 * Where a link in docs/`from` should point on the site: Markdown files become
 * pages, demo pages sit at the site's root.
 */
function siteHref(from, href) {
  if (/^[a-z]+:|^#|^\/\//i.test(href)) return href;
  if (href.startsWith('/'))
    throw new Error(`site docs: docs/${from} links to an absolute path ${href}; use a relative link`);
  const [address, hash = ''] = href.split('#');
  // A query (`studio.html?lang=es`) is kept as written, and so is a fragment (`builder.html#lang=es`).
  const [path, query = ''] = address.split('?');
  const target = posix.normalize(posix.join('docs', posix.dirname(from), path));
  const suffix = `${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
  const page = (file) => posix.relative(posix.dirname(`docs/${from}`), file) || posix.basename(file);
  if (target.startsWith('docs/') && target.endsWith('.md')) {
    if (!existsSync(join(root, target)))
      throw new Error(`site docs: docs/${from} links to ${target}, which does not exist`);
    return page(target.replace(/\.md$/, '.html')) + suffix;
  }
  if (target.startsWith('demo/') || target.startsWith('schema/')) {
    if (!existsSync(join(root, target)))
      throw new Error(`site docs: docs/${from} links to ${target}, which does not exist`);
    // The demo's pages are the site's root: docs/x.md → ../builder.html.
    return page(target.replace(/^demo\//, '')) + suffix;
  }
  throw new Error(`site docs: docs/${from} links to ${target}, which the site does not publish`);
}

/** Pages in Spanish live in docs/es/, beside the English ones they follow. */
export const SPANISH = 'es/';

/** The page in the other language (`guides/blogger.md` ↔ `es/guides/blogger.md`), when there is one. */
export function counterpart(file) {
  const other = file.startsWith(SPANISH) ? file.slice(SPANISH.length) : SPANISH + file;
  return existsSync(join(root, 'docs', other)) ? other : undefined;
}

/** The layout's own words in each language. */
const WORDS = {
  en: {
    nav: [
      ['index.html', 'Demo'],
      ['builder.html', 'Embed builder'],
      ['studio.html', 'Document studio'],
      ['docs/index.html', 'Docs'],
    ],
    site: 'Site',
    language: 'Language',
    other: ['es', 'Español'],
    suffix: 'Beyond the Wall widgets',
    footer: (file) =>
      `Beyond the Wall widgets, MIT licence. This page is built from <code>docs/${escapeHtml(file)}</code>.`,
  },
  es: {
    nav: [
      ['index.html?lang=es', 'Demo'],
      ['builder.html#lang=es', 'Generador de código'],
      ['studio.html?lang=es', 'Estudio de documentos'],
      ['docs/es/index.html', 'Documentación'],
    ],
    site: 'Sitio',
    language: 'Idioma',
    other: ['en', 'English'],
    suffix: 'widgets de Beyond the Wall',
    footer: (file) =>
      `Widgets de Beyond the Wall, licencia MIT. Esta página se genera a partir de <code>docs/${escapeHtml(file)}</code>.`,
  },
};

/** The layout around a rendered page; `up` leads from the page back to site/. */
function layout({ title, body, up, file }) {
  const lang = file.startsWith(SPANISH) ? 'es' : 'en';
  const words = WORDS[lang];
  const home = lang === 'es' ? `${SPANISH}index.md` : 'index.md';
  const nav = words.nav
    .map(
      ([href, label]) =>
        `<a href="${up}${href}"${href.startsWith('docs/') && file === home ? ' aria-current="page"' : ''}>${label}</a>`,
    )
    .join('\n        ');
  const other = counterpart(file);
  const [otherLang, otherName] = words.other;
  const switcher = other
    ? `\n      <nav aria-label="${words.language}" class="lang-switch"><a href="${up}docs/${other.replace(/\.md$/, '.html')}" lang="${otherLang}" hreflang="${otherLang}">${otherName}</a></nav>`
    : '';
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(title)} — ${words.suffix}</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="${up}docs/docs.css">
  </head>
  <body>
    <header class="site-header">
      <a class="brand" href="${up}index.html">Beyond the Wall</a>
      <nav aria-label="${words.site}" class="site-nav">
        ${nav}
      </nav>${switcher}
    </header>
    <main id="main" class="doc">
${body}
    </main>
    <footer class="site-footer"><p>${words.footer(file)}</p></footer>
  </body>
</html>
`;
}

/** One docs page as HTML; `manifest` is dist/custom-elements.json, parsed. */
export function renderDoc(file, manifest) {
  const source = readFileSync(join(root, 'docs', file), 'utf8');
  const env = { file };
  const tokens = md.parse(source, env);
  for (const token of tokens) {
    for (const child of token.children ?? []) {
      if (child.type !== 'link_open') continue;
      child.attrSet('href', siteHref(file, child.attrGet('href')));
    }
  }
  // Code blocks and Markdown tables scroll sideways on a phone: the keyboard reaches them too.
  let body = md.renderer.render(tokens, md.options, env).replace(/<(pre|table)>/g, '<$1 tabindex="0">');
  body = body.replace(/<!--\s*api:([a-z-]+)\s*-->/g, (_, tag) => apiTables(manifest, tag));
  const title = /^#\s+(.+)$/m.exec(source)?.[1].replace(/`/g, '') ?? file;
  const up = '../'.repeat(file.split('/').length);
  return layout({ title, body, up, file });
}

/**
 * The page a site path under docs/ stands for (`guides/blogger.html` → `guides/blogger.md`;
 * `` and `guides/` → their index.md).
 */
export const docForPage = (page) =>
  page === '' || page.endsWith('/') ? `${page}index.md` : page.replace(/\.html$/, '.md');

export const readManifest = (dir = join(root, 'dist')) =>
  JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
