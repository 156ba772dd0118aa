/**
 * The rendered document, built with the DOM's own methods (shared/dom.ts), kept
 * out of the element so that it reads as state and flow. Every value of the
 * document enters as text, never as markup. A part that is not shown is `''`:
 * an empty text, which takes no room.
 */
import { h } from '../../shared/dom.js';
import type { LocalizeController } from '../../shared/localize.js';
import type { View } from './view.js';

type Attributes = Record<string, string | undefined>;

/**
 * A heading at `level` (1–6); deeper levels (a title at 6 has inner headings at
 * 7) keep their place in the outline with `role="heading"`.
 */
export function heading(level: number, content: string, attributes: Attributes = {}): HTMLElement {
  return level > 6
    ? h('p', { class: 'h', role: 'heading', 'aria-level': `${level}`, ...attributes }, content)
    : h(`h${level}` as 'h1', { class: 'h', ...attributes }, content);
}

/** What a rendered document is made of, for the element to update in place. */
export interface Article {
  article: HTMLElement;
  /** The actions' items, which a card hides beyond the first few. */
  items: HTMLLIElement[];
  /** The card's "Show all" button, when it has more actions than it shows. */
  toggle?: HTMLButtonElement;
}

export interface ArticleOptions {
  full: boolean;
  /** The title's level, 1–6. */
  level: number;
  share: boolean;
  /** The document's `updated` day, shown in `full`. */
  updated?: string;
  /** Whether the card's actions go beyond the ones it shows (they get a toggle). */
  collapsible: boolean;
  onToggle(): void;
}

/** The document as a `card` or in `full`, in the view's language. */
export function renderArticle(view: View, localize: LocalizeController, options: ArticleOptions): Article {
  const { fields, lang } = view;
  const { full, level, updated } = options;
  const items = fields.actions.map((action, i) =>
    h(
      'li',
      { part: 'action' },
      h('span', { class: 'action-title' }, action.title),
      ...(full && action.text ? [' ', h('div', { lang: view.actionTextLang[i] }, action.text)] : []),
    ),
  );
  const toggle = options.collapsible ? h('button', { type: 'button', 'aria-controls': 'actions' }) : undefined;
  if (toggle) toggle.onclick = options.onToggle;
  const article = h(
    'article',
    { part: 'card', class: full ? 'full' : 'card', 'aria-labelledby': 'title' },
    (full && renderImage(view)) || '',
    heading(level, fields.title, { part: 'title', lang: lang.title, id: 'title' }),
    updated ? h('p', { class: 'updated' }, `${localize.term('recUpdated')} `, h('time', { datetime: updated }, localize.date(updated))) : '',
    h('p', { part: 'summary', lang: lang.summary }, fields.summary),
    full ? heading(level + 1, localize.term('recActions'), { id: 'actions-heading' }) : '',
    h('ol', { part: 'actions', id: 'actions', lang: lang.actions, 'aria-labelledby': full ? 'actions-heading' : undefined }, ...items),
    toggle ?? '',
    ...(full
      ? [
          ...renderSections(view, level + 1),
          renderQuotes(view, localize, level + 1),
          ...renderLinks(view, localize, level + 1),
          renderRelated(view, localize, level + 1),
        ]
      : [view.url ? h('p', {}, h('a', { part: 'link', href: view.url }, localize.term('recReadFull'))) : '']),
    options.share ? h('btw-share', { url: view.url, text: fields.title }) : '',
  );
  return { article, items, toggle };
}


function renderImage(view: View) {
  const image = view.fields.image;
  if (!image || !view.imageSrc) return '';
  return h(
    'figure',
    { part: 'image', lang: view.lang.image },
    h('img', { src: view.imageSrc, alt: image.alt, decoding: 'async' }),
    image.credit ? h('figcaption', { class: 'credit', lang: view.creditLang }, image.credit) : '',
  );
}

function renderSections(view: View, level: number) {
  return (view.fields.sections ?? []).map((section) =>
    h(
      'section',
      { part: 'section', lang: view.lang.sections },
      heading(level, section.heading),
      ...section.paragraphs.map((paragraph) => h('p', {}, paragraph)),
    ),
  );
}

function renderQuotes(view: View, localize: LocalizeController, level: number) {
  const quotes = view.fields.quotes ?? [];
  if (!quotes.length) return '';
  return h(
    'section',
    { class: 'quotes', lang: view.lang.quotes },
    heading(level, localize.term('recQuotes')),
    ...quotes.map((quote) =>
      h(
        'figure',
        { part: 'quote' },
        h('blockquote', {}, h('p', {}, quote.text)),
        quote.attribution ? h('figcaption', {}, `— ${quote.attribution}`) : '',
        h('btw-share', { variant: 'icons', text: quote.text, url: view.url }),
      ),
    ),
  );
}

function renderLinks(view: View, localize: LocalizeController, level: number): (Node | string)[] {
  const { links: lang } = view.lang;
  const groups = [...view.groups].filter(([kind]) => kind !== 'campaign');
  const campaign = view.groups.get('campaign') ?? [];
  return [
    groups.length
      ? h(
          'section',
          { part: 'links' },
          heading(level, localize.term('recLinks')),
          ...groups.map(([kind, links]) =>
            h(
              'div',
              { class: 'group' },
              heading(level + 1, localize.term('recLink', kind)),
              h('ul', { lang }, ...links.map((link) => h('li', {}, h('a', { part: 'link', href: link.href }, link.label)))),
            ),
          ),
        )
      : '',
    ...campaign.map((link) =>
      h(
        'a',
        { part: 'cta', href: link.href },
        h('span', { class: 'cta-label' }, localize.term('recLink', 'campaign')),
        ' ',
        h('span', { lang }, link.label),
      ),
    ),
  ];
}

/** The campaign's other recommendations: each a link to it, with its summary. */
function renderRelated(view: View, localize: LocalizeController, level: number) {
  if (!view.related.length) return '';
  const { related: lang, relatedHeading: headingLang } = view.lang;
  const own = view.fields.relatedHeading;
  return h(
    'section',
    { part: 'related' },
    heading(level, own ?? localize.term('recRelated'), { lang: own ? headingLang : undefined }),
    h(
      'ul',
      { lang },
      ...view.related.map((item) =>
        h('li', {}, h('a', { part: 'link', href: item.href }, item.title), item.summary ? h('p', {}, item.summary) : ''),
      ),
    ),
  );
}
