// The builder's state and what the page can do with it. The view renders it;
// every change writes the configuration into the page URL and redraws.
import { copyField } from '../clipboard.js';
import { bundleUrl, smallestBundle, type KitManifest } from './bundles.js';
import { recommendationFallback, shareFallback, signupFallback } from './fallback.js';
import { STRINGS } from './i18n.js';
import { checkMailchimp, hostedPage, isActionNetworkUrl, type MailchimpResult } from './mailchimp.js';
import { changedAttributes, type ElementModel, type Field } from './model.js';
import { noShareStep, SHARE_STEP_STYLE, shareStepMarkup, shareStepTags } from './share-step.js';
import { snippet } from './snippet.js';
import { emptyConfig, writeState, type Config, type Lang } from './state.js';

export type Hint = keyof (typeof STRINGS)['en'] & `hint${string}`;

/** What the fallback of a recommendation needs from its document. */
export interface DocInfo {
  title: string;
  url: string;
  /** The summary, for the static card of the no-script output. */
  summary?: string;
}

/** The title and URL of a document, in `lang` (else its default locale); undefined when unreadable. */
export function docInfo(json: unknown, lang: string): DocInfo | undefined {
  const doc = json as { url?: unknown; defaultLocale?: unknown; locales?: Record<string, { title?: unknown; summary?: unknown }> } | null;
  const locales = doc?.locales;
  if (!locales || typeof locales !== 'object') return undefined;
  const locale = typeof locales[lang]?.title === 'string' ? locales[lang] : locales[String(doc.defaultLocale)];
  const title = locale?.title;
  if (typeof title !== 'string') return undefined;
  const summary = typeof locale?.summary === 'string' ? locale.summary : undefined;
  return { title, url: typeof doc.url === 'string' ? doc.url : '', summary };
}

export class App {
  models: ElementModel[] = [];
  kit?: KitManifest;
  loadFailed = false;
  /** The absolute URL of the builder's own kit folder (the default base). */
  kitBase = '';
  config: Config = emptyConfig('');
  uiLang: Lang = 'en';
  /** Each list's items in display order, ticked or not. */
  orders: Record<string, string[]> = {};
  mailchimpInput = '';
  docMode: 'src' | 'inline' = 'src';
  previewWidth: 'phone' | 'desktop' = 'phone';
  previewLang: Lang = 'en';
  /** Heights of the preview at the phone and desktop widths. */
  measured?: { phone: number; desktop: number };
  /** What the live region of the preview says (a sign-up that was not sent, a move). */
  notice = '';
  copyStatus: '' | 'copied' | 'refused' = '';
  /** Documents read from `src`, for the fallback's title. */
  fetched = new Map<string, DocInfo | null>();
  /** The share page's address (share.html beside the builder), for the share-link output. */
  sharePage = '';
  /** Whether the no-script sign-up includes the plain form (platforms that keep forms). */
  noScriptForm = true;

  constructor(readonly redraw: (app: App) => void) {}

  get model(): ElementModel {
    return this.models.find((m) => m.tag === this.config.element) ?? this.models[0];
  }

  /** The configuration as the snippet and the URL hold it (the document source the partner chose). */
  get effective(): Config {
    const values = { ...this.config.values };
    if (this.model?.tag !== 'btw-recommendation') return { ...this.config, doc: '' };
    if (this.docMode === 'inline') delete values.src;
    return { ...this.config, values, doc: this.docMode === 'inline' ? this.config.doc : '' };
  }

  get mailchimp(): MailchimpResult {
    return checkMailchimp(this.mailchimpInput);
  }

  get actionNetworkWarning(): boolean {
    const action = String(this.config.values.action ?? '');
    return action !== '' && !isActionNetworkUrl(action);
  }

  get docInvalid(): boolean {
    return this.config.doc.trim() !== '' && this.parsedDoc === undefined;
  }

  get parsedDoc(): unknown {
    try {
      return JSON.parse(this.config.doc);
    } catch {
      return undefined;
    }
  }

  /** The list's hosted sign-up page, known for Mailchimp. */
  get hostedPage(): string | undefined {
    const action = this.mailchimp.action;
    return this.config.values.provider === 'mailchimp' && action ? hostedPage(action) : undefined;
  }

  /**
   * The language the fallback (and the no-script HTML) is written in: the
   * widget's, else the page language chosen for the preview, the page the snippet
   * will meet; never the builder's own interface language.
   */
  get fallbackLang(): Lang {
    return this.config.lang || this.previewLang;
  }

  /** The recommendation's title, summary and link, in the fallback's language (undefined until read). */
  get docInfo(): DocInfo | undefined {
    const src = String(this.effective.values.src ?? '');
    return (src ? this.fetched.get(`${this.fallbackLang} ${src}`) : docInfo(this.parsedDoc, this.fallbackLang)) ?? undefined;
  }

  get attributes() {
    // A share fallback lists the widget's controls: `networks` is written out so both stay in step.
    return changedAttributes(this.model, this.effective.values, this.model.tag === 'btw-share' ? ['networks'] : []);
  }

  /** What the partner should still fill in. */
  get hints(): Hint[] {
    const v = this.effective.values;
    const hints: Hint[] = [];
    if (!this.kit) hints.push('hintNoScript');
    if (this.model.tag === 'btw-share' && !v.url) hints.push('hintShareUrl');
    if (this.model.tag === 'btw-signup' && !v.action) hints.push('hintAction');
    if (this.model.tag === 'btw-signup' && v.provider !== 'form' && !this.config.page && !this.hostedPage) hints.push('hintPage');
    if (this.model.tag === 'btw-recommendation' && !v.src && !this.effective.doc.trim()) hints.push('hintDoc');
    // The snippet runs on the partner's page: a relative address would point there.
    for (const name of ['url', 'src', 'action', 'privacy-url']) {
      if (typeof v[name] === 'string' && v[name] && !/^https?:\/\//i.test(v[name] as string)) hints.push('hintAbsolute');
    }
    if (/^https?:/i.test(this.config.page) === false && this.config.page) hints.push('hintAbsolute');
    return [...new Set(hints)];
  }

  get fallback(): string {
    const { tag, fields } = this.model;
    const v = this.effective.values;
    const defaultOf = (name: string) => fields.find((f) => f.name === name)?.default ?? '';
    if (tag === 'btw-share') return shareFallback(v, defaultOf('networks'), this.fallbackLang);
    if (tag === 'btw-signup') return signupFallback(v, defaultOf('fields'), this.config.page || this.hostedPage || '', this.fallbackLang);
    const info = this.docInfo;
    const level = Number(v['heading-level'] || defaultOf('heading-level'));
    return info ? recommendationFallback(info.title, info.url, level, this.fallbackLang) : '';
  }

  get snippet(): string {
    const tag = this.model.tag;
    // A share step after the sign-up needs <btw-share> too: one file that defines both.
    const bundle = this.kit && smallestBundle(this.kit, tag, shareStepTags(tag, this.config.shareStep ?? noShareStep()));
    const base = this.config.base.trim() || this.kitBase;
    return snippet({
      tag,
      version: this.kit?.version ?? '',
      script: bundle && { src: bundleUrl(base, bundle.file), integrity: bundle.integrity },
      attributes: this.attributes,
      lang: this.config.lang,
      reserve: this.measured,
      fallback: this.fallback,
      inlineDoc: this.effective.doc,
      slotted: { html: shareStepMarkup(tag, this.config.shareStep ?? noShareStep(), this.fallbackLang), style: SHARE_STEP_STYLE },
    });
  }

  /** Items of a list field in display order: the ticked ones as written, then the rest. */
  orderOf(field: Field): string[] {
    const ticked = String(this.config.values[field.name] ?? field.default).split(/\s+/).filter((item) => field.options.includes(item));
    const known = this.orders[field.name]?.filter((item) => !ticked.includes(item)) ?? field.options.filter((item) => !ticked.includes(item));
    return (this.orders[field.name] = [...ticked, ...known]);
  }

  changed() {
    this.copyStatus = '';
    history.replaceState(null, '', writeState(this.effective, this.uiLang) + location.hash);
    this.redraw(this);
  }

  chooseElement(tag: string) {
    // The platform's output stays chosen (a share link exists for share buttons only).
    const output = this.config.output === 'link' ? '' : this.config.output;
    this.config = { ...emptyConfig(tag), lang: this.config.lang, base: this.config.base, output };
    this.orders = {};
    this.measured = undefined;
    this.notice = '';
    this.mailchimpInput = '';
    this.docMode = 'src';
    this.changed();
  }

  setValue(name: string, value: string | boolean) {
    const list = this.model.fields.find((field) => field.name === name)?.kind === 'list';
    // A cleared text is no value (left out of the URL); an empty list is a choice.
    if (value === '' && !list) delete this.config.values[name];
    else this.config.values[name] = value;
    if (name === 'provider' && value === 'mailchimp') this.pasteMailchimp(String(this.config.values.action ?? ''));
    this.changed();
  }

  pasteMailchimp(text: string) {
    this.mailchimpInput = text;
    this.config.values.action = this.mailchimp.action ?? '';
  }

  setDocMode(mode: 'src' | 'inline') {
    this.docMode = mode;
    this.changed();
  }

  /** Moves a list item one place and keeps focus on its button (or the other one, at an end). */
  move(field: Field, item: string, by: -1 | 1) {
    const order = this.orderOf(field);
    const from = order.indexOf(item);
    const to = from + by;
    if (to < 0 || to >= order.length) return;
    [order[from], order[to]] = [order[to], order[from]];
    const ticked = String(this.config.values[field.name] ?? field.default).split(/\s+/);
    this.config.values[field.name] = order.filter((name) => ticked.includes(name)).join(' ');
    this.orders[field.name] = order;
    this.notice = '';
    this.changed();
    // The same button of the moved item (at an end it is aria-disabled, still focusable).
    document.getElementById(`f-${field.name}-${item}-${by < 0 ? 'up' : 'down'}`)?.focus();
    this.announce(STRINGS[this.uiLang].moved(item, to + 1, order.length));
  }

  announce(text: string) {
    this.notice = '';
    this.redraw(this);
    setTimeout(() => {
      this.notice = text;
      this.redraw(this);
    }, 50);
  }

  async copy() {
    this.copyStatus = '';
    this.redraw(this);
    this.copyStatus = (await copyField(document.getElementById('snippet-text') as HTMLTextAreaElement)) ? 'copied' : 'refused';
    this.redraw(this);
  }
}
