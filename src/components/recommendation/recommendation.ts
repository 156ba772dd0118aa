import type { PropertyValues } from '@lit/reactive-element';
import { property, state } from '../../shared/decorators.js';
import { BtwElement } from '../../shared/btw-element.js';
import { h, place, setAttr, setText } from '../../shared/dom.js';
import { RequestError } from '../../shared/http.js';
import { baseStyles } from '../../shared/styles.js';
import { safeUrl } from '../../shared/url.js';
import { DocumentError, parseDocument, type RecommendationDocument } from './document.js';
import { loadDocument, MAX_DOCUMENT_BYTES } from './load.js';
import { ArticleView } from './parts.js';
import styles from './recommendation.styles.js';
import { buildView, ELEMENT, urlOf, type View } from './view.js';

/** Actions a card shows before the disclosure button. */
const CARD_ACTIONS = 3;

/** Where a `<btw-recommendation>` stands: see `state`. */
export type RecommendationState = 'loading' | 'ready' | 'error';

/**
 * @tagname btw-recommendation
 * @summary One campaign recommendation, rendered from a JSON document (schema version 1),
 * as a `card` or in `full`, in the reader's language.
 * @dependency btw-share
 *
 * @slot - Fallback content (e.g. a heading and a link), shown until the document renders.
 *
 * @csspart card - The rendered document's wrapper.
 * @csspart image - The image with its credit (`full`).
 * @csspart title - The title heading.
 * @csspart summary - The summary paragraph.
 * @csspart actions - The numbered list of actions.
 * @csspart action - Each action.
 * @csspart section - Each section (`full`).
 * @csspart quote - Each quote with its share control (`full`).
 * @csspart links - The further links, grouped by kind (`full`).
 * @csspart link - Each link (a related recommendation's too), and the card's link to the full text.
 * @csspart cta - The `campaign` link: the call to action (`full`).
 * @csspart related - The campaign's other recommendations, each a link with its summary (`full`).
 * @csspart loading - The "Loading…" text (when there is no fallback content).
 * @csspart error - The error message.
 *
 * @cssproperty --btw-min-height - Space kept while loading. Default `12rem`.
 *
 * @event btw-recommendation-load - A document rendered. detail: {id, locale}
 * @event btw-recommendation-error - The document could not be loaded or is invalid. detail: {error}
 */
export class BtwRecommendation extends BtwElement {
  static override styles = [baseStyles, styles];

  /** URL of a recommendation document; without it, a child `<script type="application/json">` is read. */
  @property() src?: string;

  /**
   * The document itself, as an object (for apps; no attribute). When set, it is
   * shown instead of `src` or the inline script, validated exactly as they are.
   * Assign a new object to change it: changes inside the same object are not seen.
   */
  @property({ attribute: false }) document?: RecommendationDocument;

  /** `card` (title, summary, actions, link) or `full` (everything). */
  @property() variant: 'card' | 'full' = 'card';

  /** Level of the title heading, 1–6; inner headings are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Adds share buttons for the document's `url` and `title`. */
  @property({ type: Boolean }) share = false;

  /** The document shown; without it and without `failure`, the element is loading. */
  @state() private doc?: RecommendationDocument;
  @state() private failure?: { error: Error; url?: string };
  @state() private expanded = false;

  /** Set with each `btw-recommendation-load` or `-error`, back to `loading` when a new read starts. */
  #state: RecommendationState = 'loading';

  /** The source must be (re)read: first connection, reconnection while loading, `src` change. */
  #stale = true;
  #abort?: AbortController;
  /** What relative URLs in the document resolve against. */
  #base = document.baseURI;
  #views = new Map<string, View>();
  /** What the box shows (made when first needed): the document, kept node by node (parts.ts). */
  #article = new ArticleView();
  #error?: readonly [HTMLDivElement, HTMLParagraphElement, HTMLParagraphElement, HTMLAnchorElement, HTMLButtonElement];
  /** The live region: "Loading…" (part `loading`), then, after "Try again", "Recommendation loaded" (hidden). */
  #status?: HTMLParagraphElement;
  #slot?: HTMLSlotElement;
  /** "Try again" had the focus: the focus follows the reload (the status, then the title or the error). */
  #retrying = false;
  /** The status says "Recommendation loaded" (until the next load). */
  #loadedSaid = false;

  /**
   * `loading`, then `ready` once the document rendered and `btw-recommendation-load`
   * fired, or `error` once `btw-recommendation-error` fired; read-only. A listener
   * added late (a framework's effect) reads it to learn what it missed.
   */
  get state(): RecommendationState {
    return this.#state;
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.#loading()) {
      this.#stale = true;
      this.requestUpdate();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    // Leaving the page calls off a pending load; coming back starts it again.
    this.#abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if ((changed.has('src') || changed.has('document')) && this.hasUpdated) this.#stale = true;
    if (this.#stale && this.isConnected) {
      this.#stale = false;
      this.#load();
    }
  }

  protected override updated() {
    // aria-busy="true" on the box while loading, no attribute after. Not on the host:
    // the kit writes nothing there, so server-rendered HTML hydrates unchanged.
    (this.renderRoot as HTMLElement).ariaBusy = this.#loading() ? 'true' : null;
  }

  async #handleToggleClick() {
    this.expanded = !this.expanded;
    if (!this.expanded || this.shadowRoot!.activeElement !== this.#article.toggle) return;
    // The actions just shown are above the button: the focus goes to the first of them.
    await this.updateComplete;
    this.#article.items[CARD_ACTIONS]?.focus();
  }

  #handleRetryClick() {
    this.#stale = true;
    this.requestUpdate();
  }

  protected override render() {
    const box = this.renderRoot as HTMLElement;
    const t = this.localize.term.bind(this.localize);
    const status = (this.#status ??= h('p', { role: 'status', tabindex: '-1' }));
    const retried = this.#retrying && !this.#loading();
    if (retried) this.#retrying = false;
    if (this.doc) {
      const focused = this.shadowRoot!.activeElement as HTMLElement | null;
      const { title } = this.#article;
      if (retried) {
        this.#loadedSaid = true;
        setAttr(status, 'part', undefined);
        setAttr(status, 'class', 'visually-hidden');
        setText(status, t('recLoaded'));
      }
      place(box, [this.#renderDocument(), this.#loadedSaid && status]);
      // After "Try again" the focus goes to the title; a title made again (another
      // heading level, another tag) keeps it.
      if (retried || (focused && focused === title && !title.isConnected)) this.#article.title!.focus();
      return;
    }
    const { failure } = this;
    const retryable = failure?.error instanceof RequestError && failure.error.retryable;
    let shown: HTMLElement | undefined;
    if (failure) {
      // Made once and updated in place: an alert made again would be read out again.
      const [error, message, linkLine, link, retry] = (this.#error ??= this.#makeError());
      setText(message, t(retryable ? 'recErrorLoad' : 'recErrorInvalid'));
      if (failure.url) setAttr(link, 'href', failure.url);
      setText(link, t('recErrorLink'));
      setText(retry, t('recRetry'));
      place(error, [message, !!failure.url && linkLine, retryable && retry]);
      shown = error;
    } else if (this.#retrying || !this.#hasFallback()) {
      setAttr(status, 'part', 'loading');
      setAttr(status, 'class', undefined);
      setText((shown = status), t('loading'));
    }
    place(box, [shown, (this.#slot ??= h('slot'))]);
    // The focus follows "Try again": to the status while loading, to the button (or the message) if it fails again.
    if (this.#retrying) status.focus();
    if (retried) (retryable ? this.#error![4] : this.#error![0]).focus();
    // Fallback content came or went: the loading text shows only without it (set once).
    this.#slot.onslotchange ??= () => this.requestUpdate();
  }

  /** The error block: its message, the link to the document, the retry button. */
  #makeError() {
    const message = h('p');
    const link = h('a');
    const retry = h('button', { type: 'button' });
    retry.onclick = () => {
      this.#retrying = this.shadowRoot!.activeElement === retry;
      this.#handleRetryClick();
    };
    return [
      h('div', { part: 'error', role: 'alert', tabindex: '-1' }),
      message,
      h('p', {}, link),
      link,
      retry,
    ] as const;
  }

  /** The document, brought up to date in place (parts.ts); the card's toggle shows or hides actions. */
  #renderDocument() {
    const view = this.#view();
    const full = this.variant === 'full';
    const level = [1, 2, 3, 4, 5, 6].includes(this.headingLevel) ? this.headingLevel : 2;
    const collapsible = !full && view.fields.actions.length > CARD_ACTIONS;
    const article = this.#article.render(view, this.localize, {
      full,
      level,
      share: this.share,
      updated: full ? this.doc!.updated : undefined,
      collapsible,
      onToggle: () => this.#handleToggleClick(),
    });
    const { items, toggle } = this.#article;
    items.forEach((item, i) => (item.hidden = collapsible && !this.expanded && i >= CARD_ACTIONS));
    if (toggle) {
      toggle.ariaExpanded = `${this.expanded}`;
      setText(
        toggle,
        this.expanded ? this.localize.term('recShowFewer') : this.localize.term('recShowAll', items.length),
      );
    }
    return article;
  }

  /** The view of the current document in the current language (URLs checked once per locale). */
  #view(): View {
    const lang = this.localize.lang;
    let view = this.#views.get(lang);
    if (!view) this.#views.set(lang, (view = buildView(this.doc!, lang, this.#base)));
    return view;
  }

  #loading() {
    return !this.doc && !this.failure;
  }

  /** Whether the light DOM holds fallback content (anything but the JSON script and blank text). */
  #hasFallback() {
    return [...this.childNodes].some((node) =>
      node instanceof Element
        ? !node.matches('script[type="application/json"]')
        : node.nodeType === Node.TEXT_NODE && !!node.textContent!.trim(),
    );
  }

  /** Starts reading the document from `src` or the inline script; a load in progress is called off. */
  #load() {
    this.#abort?.abort();
    const { signal } = (this.#abort = new AbortController());
    this.doc = undefined;
    this.failure = undefined;
    this.expanded = false;
    this.#loadedSaid = false;
    this.#state = 'loading';
    this.#views.clear();
    const given = this.document;
    const src = given ? undefined : this.src?.trim();
    // While the parser is still adding our children, wait for it.
    if (!given && !src && document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.#handleRetryClick(), { once: true });
      return;
    }
    /** The document as read, kept for its `url` when it fails validation. */
    let raw: unknown;
    const show = (value: unknown) => {
      raw = value;
      if (!signal.aborted) this.#accept(parseDocument(value));
    };
    const fail = (error: unknown) => {
      if (!signal.aborted) this.#fail(error as Error, raw, src);
    };
    if (!src) {
      this.#base = document.baseURI;
      try {
        show(given ?? this.#readInline());
      } catch (error) {
        fail(error);
      }
      return;
    }
    const url = safeUrl(src, { element: ELEMENT, field: 'src' });
    if (url)
      loadDocument((this.#base = url), signal)
        .then(show)
        .catch(fail);
    else fail(new DocumentError('src', 'not an http(s) URL'));
  }

  #readInline(): unknown {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) throw new DocumentError('', 'no document: set src or add a <script type="application/json"> child');
    const json = script.textContent!;
    // The same cap as a document from `src`, in UTF-8 bytes.
    if (new Blob([json]).size > MAX_DOCUMENT_BYTES)
      throw new DocumentError('', `the inline document is larger than ${MAX_DOCUMENT_BYTES / 1024} kB`);
    try {
      return JSON.parse(json);
    } catch {
      throw new DocumentError('', 'the <script type="application/json"> child is not valid JSON');
    }
  }

  #accept(doc: RecommendationDocument) {
    this.doc = doc;
    void this.updateComplete.then(() => {
      if (this.doc !== doc) return;
      this.#state = 'ready';
      this.emit('btw-recommendation-load', { id: doc.id, locale: this.#view().locale });
    });
  }

  /**
   * Shows and reports `error` (every error here is an `Error`); `raw` is the
   * document that failed validation, `src` where it came from (none: the
   * `document` property or the inline script).
   */
  #fail(error: Error, raw?: unknown, src?: string) {
    const failure = (this.failure = { error, url: urlOf(raw, this.#base) });
    const invalid = error instanceof DocumentError;
    console.error(
      `<${ELEMENT}>: ${invalid ? 'invalid document' : 'could not load'}${src ? ` (${src})` : ''}: ${invalid ? error.problems.join('; ') : error.message}`,
    );
    void this.updateComplete.then(() => {
      if (this.failure !== failure) return;
      this.#state = 'error';
      this.emit('btw-recommendation-error', { error });
    });
  }
}

declare global {
  interface HTMLElementEventMap {
    'btw-recommendation-load': CustomEvent<{ id: string; locale: string }>;
    'btw-recommendation-error': CustomEvent<{ error: Error }>;
  }
  interface HTMLElementTagNameMap {
    'btw-recommendation': BtwRecommendation;
  }
}
