/**
 * The rendered document, built with the DOM's own methods (shared/dom.ts), kept
 * out of the element so that it reads as state and flow. Every node is made
 * once and kept under a key, the path of the document part it shows
 * (`title`, `actions.2`, `quotes.1.share`): an update (another language,
 * variant, heading level or document) writes texts and attributes in place and
 * inserts or removes only the parts that came or went. A nested `<btw-share>`
 * is never made again, so the control in it that has the focus keeps it. Every
 * value of the document enters as text, never as markup.
 */
import { place, setAttr, setText } from '../../shared/dom.js';
import type { LocalizeController } from '../../shared/localize.js';
import type { View } from './view.js';

type Attributes = Record<string, string | undefined>;
/** A child to place: a node, or nothing (`false`, `undefined`). */
type Child = Node | false | undefined;
type Tag = keyof HTMLElementTagNameMap;

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

/** The first words of a quote, to tell its share control from the others'. */
function opening(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length > 6 ? `${words.slice(0, 6).join(' ')}…` : words.join(' ');
}

/** The document as a `card` or in `full`, in the view's language, kept node by node. */
export class ArticleView {
  #nodes = new Map<string, Node>();
  /** The actions' items, which a card hides beyond the first few. */
  items: HTMLLIElement[] = [];
  /** The card's "Show all" button, when it has more actions than it shows. */
  toggle?: HTMLButtonElement;
  /** The title heading (made again only when its level changes its tag). */
  title?: HTMLElement;

  /**
   * The element kept under `key` (made again only if its tag changed), its
   * attributes written where they changed (`undefined` removes one), and its
   * content: a text, or children put in order with `place()`.
   */
  #el<K extends Tag>(key: string, tag: K, attributes: Attributes, content: string | Child[]): HTMLElementTagNameMap[K] {
    let node = this.#nodes.get(key) as HTMLElementTagNameMap[K] | undefined;
    if (node?.localName !== tag) this.#nodes.set(key, (node = document.createElement(tag)));
    for (const name in attributes) setAttr(node, name, attributes[name]);
    if (typeof content === 'string') setText(node, content);
    else place(node, content);
    return node;
  }

  /** A text node kept under `key`. */
  #text(key: string, text: string): Text {
    let node = this.#nodes.get(key) as Text | undefined;
    if (!node) this.#nodes.set(key, (node = new Text()));
    setText(node, text);
    return node;
  }

  /**
   * A heading at `level` (1–6); deeper levels (a title at 6 has inner headings at
   * 7) keep their place in the outline with `role="heading"`.
   */
  #heading(key: string, level: number, content: string, attributes: Attributes = {}): HTMLElement {
    const deep = level > 6;
    return this.#el(
      key,
      deep ? 'p' : (`h${level}` as 'h1'),
      {
        class: 'h',
        role: deep ? 'heading' : undefined,
        'aria-level': deep ? `${level}` : undefined,
        ...attributes,
      },
      content,
    );
  }

  render(view: View, localize: LocalizeController, options: ArticleOptions): HTMLElement {
    const { fields, lang } = view;
    const { full, level, updated } = options;
    this.items = fields.actions.map((action, i) =>
      this.#el(`actions.${i}`, 'li', { part: 'action', tabindex: options.collapsible ? '-1' : undefined }, [
        this.#el(`actions.${i}.title`, 'span', { class: 'action-title' }, action.title),
        full && !!action.text && this.#text(`actions.${i}.space`, ' '),
        full && !!action.text && this.#el(`actions.${i}.text`, 'div', { lang: view.actionTextLang[i] }, action.text),
      ]),
    );
    this.toggle = options.collapsible
      ? this.#el('toggle', 'button', { type: 'button', 'aria-controls': 'actions' }, [])
      : undefined;
    if (this.toggle) this.toggle.onclick = options.onToggle;
    this.title = this.#heading('title', level, fields.title, {
      part: 'title',
      lang: lang.title,
      id: 'title',
      tabindex: '-1',
    });
    const date = updated && localize.date(updated);
    return this.#el('article', 'article', { part: 'card', class: full ? 'full' : 'card', 'aria-labelledby': 'title' }, [
      full && this.#image(view),
      this.title,
      !!date &&
        this.#el('updated', 'p', { class: 'updated' }, [
          this.#text('updated.label', `${localize.term('recUpdated')} `),
          this.#el('updated.time', 'time', { datetime: updated }, date),
        ]),
      this.#el('summary', 'p', { part: 'summary', lang: lang.summary }, fields.summary),
      full && this.#heading('actions.heading', level + 1, localize.term('recActions'), { id: 'actions-heading' }),
      this.#el(
        'actions',
        'ol',
        { part: 'actions', id: 'actions', lang: lang.actions, 'aria-labelledby': full ? 'actions-heading' : undefined },
        this.items,
      ),
      this.toggle,
      ...(full
        ? [
            ...this.#sections(view, level + 1),
            this.#quotes(view, localize, level + 1),
            ...this.#links(view, localize, level + 1),
            this.#related(view, localize, level + 1),
          ]
        : [
            !!view.url &&
              this.#el('read', 'p', {}, [
                this.#el('read.link', 'a', { part: 'link', href: view.url }, localize.term('recReadFull')),
              ]),
          ]),
      options.share && this.#el('share', 'btw-share', { url: view.url, text: fields.title }, []),
    ]);
  }

  #image(view: View): Child {
    const image = view.fields.image;
    if (!image || !view.imageSrc) return false;
    return this.#el('image', 'figure', { part: 'image', lang: view.lang.image }, [
      // The image's host learns nothing of the page's address (it may hold a reader's token).
      this.#el(
        'image.img',
        'img',
        { src: view.imageSrc, alt: image.alt, decoding: 'async', referrerpolicy: 'no-referrer' },
        [],
      ),
      !!image.credit &&
        this.#el('image.credit', 'figcaption', { class: 'credit', lang: view.creditLang }, image.credit),
    ]);
  }

  #sections(view: View, level: number): Child[] {
    return (view.fields.sections ?? []).map((section, i) =>
      this.#el(`sections.${i}`, 'section', { part: 'section', lang: view.lang.sections }, [
        this.#heading(`sections.${i}.heading`, level, section.heading),
        ...section.paragraphs.map((paragraph, j) => this.#el(`sections.${i}.paragraphs.${j}`, 'p', {}, paragraph)),
      ]),
    );
  }

  #quotes(view: View, localize: LocalizeController, level: number): Child {
    const quotes = view.fields.quotes ?? [];
    if (!quotes.length) return false;
    return this.#el('quotes', 'section', { class: 'quotes', lang: view.lang.quotes }, [
      this.#heading('quotes.heading', level, localize.term('recQuotes')),
      ...quotes.map((quote, i) =>
        this.#el(`quotes.${i}`, 'figure', { part: 'quote' }, [
          this.#el(`quotes.${i}.text`, 'blockquote', {}, [this.#el(`quotes.${i}.p`, 'p', {}, quote.text)]),
          !!quote.attribution && this.#el(`quotes.${i}.attribution`, 'figcaption', {}, `— ${quote.attribution}`),
          // The share control speaks the reader's language, whatever the quote's;
          // its list is named after the quote (its heading is hidden by our styles).
          this.#el(
            `quotes.${i}.share`,
            'btw-share',
            {
              variant: 'icons',
              text: quote.text,
              url: view.url,
              lang: localize.lang,
              label: localize.term('recShareQuote', opening(quote.text)),
            },
            [],
          ),
        ]),
      ),
    ]);
  }

  #links(view: View, localize: LocalizeController, level: number): Child[] {
    const { links: lang } = view.lang;
    const groups = [...view.groups].filter(([kind]) => kind !== 'campaign');
    const campaign = view.groups.get('campaign') ?? [];
    return [
      !!groups.length &&
        this.#el('links', 'section', { part: 'links' }, [
          this.#heading('links.heading', level, localize.term('recLinks')),
          ...groups.map(([kind, links]) =>
            this.#el(`links.${kind}`, 'div', { class: 'group' }, [
              this.#heading(`links.${kind}.heading`, level + 1, localize.term('recLink', kind)),
              this.#el(
                `links.${kind}.list`,
                'ul',
                { lang },
                links.map((link, i) =>
                  this.#el(`links.${kind}.${i}`, 'li', {}, [
                    this.#el(`links.${kind}.${i}.a`, 'a', { part: 'link', href: link.href }, link.label),
                  ]),
                ),
              ),
            ]),
          ),
        ]),
      ...campaign.map((link, i) =>
        this.#el(`campaign.${i}`, 'a', { part: 'cta', href: link.href }, [
          this.#el(`campaign.${i}.label`, 'span', { class: 'cta-label' }, localize.term('recLink', 'campaign')),
          this.#text(`campaign.${i}.space`, ' '),
          this.#el(`campaign.${i}.text`, 'span', { lang }, link.label),
        ]),
      ),
    ];
  }

  /** The campaign's other recommendations: each a link to it, with its summary. */
  #related(view: View, localize: LocalizeController, level: number): Child {
    if (!view.related.length) return false;
    const own = view.fields.relatedHeading;
    return this.#el('related', 'section', { part: 'related' }, [
      this.#heading('related.heading', level, own ?? localize.term('recRelated'), {
        lang: own ? view.lang.relatedHeading : undefined,
      }),
      this.#el(
        'related.list',
        'ul',
        { lang: view.lang.related },
        view.related.map((item, i) =>
          this.#el(`related.${i}`, 'li', {}, [
            this.#el(`related.${i}.a`, 'a', { part: 'link', href: item.href }, item.title),
            !!item.summary && this.#el(`related.${i}.summary`, 'p', {}, item.summary),
          ]),
        ),
      ),
    ]);
  }
}
