// The builder's state and what the page can do with it. The view renders it;
// every change writes the configuration into the page URL and redraws.
import { copyField } from '../clipboard.js';
import { bundleUrl, smallestBundle, type KitManifest } from './bundles.js';
import { checkBase, checkValue, hostOf, imageSources, limitOf, type Problem } from './checks.js';
import { recommendationFallback, shareFallback, signupFallback } from './fallback.js';
import { itemName } from './fields.js';
import { STRINGS } from './i18n.js';
import { checkMailchimp, hostedPage, isActionNetworkUrl, type MailchimpResult } from './mailchimp.js';
import { changedAttributes, type ElementModel, type Field } from './model.js';
import { noShareStep, shareStepMarkup, shareStepTags } from './share-step.js';
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
  const doc = json as {
    url?: unknown;
    defaultLocale?: unknown;
    locales?: Record<string, { title?: unknown; summary?: unknown }>;
  } | null;
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
  /** Resolves when the preview shows the finished widget, measured (main.ts: Preview.settled). */
  settle: () => Promise<void> = async () => {};
  /** Documents read from `src`, by address, for the fallback's title (null while read, or unreadable). */
  documents = new Map<string, unknown>();
  /** The share page's address (share.html beside the builder), for the share-link output. */
  sharePage = '';
  /** Whether the no-script sign-up includes the plain form (platforms that keep forms). */
  noScriptForm = true;
  /** Refused values, by field (attribute name, or base, page, doc, mailchimp): what is wrong and the value's length. */
  problems: Record<string, { problem: Problem; length: number }> = {};
  /** What a field with a refused value shows (cut at its cap); the config keeps the last good value. */
  drafts: Record<string, string> = {};
  /** Fields whose value came from the page's link and has not been edited since. */
  fromLink = new Set<string>();
  /** Hosts the person typed or pasted in this visit. */
  typedHosts = new Set<string>();
  /** Whether the preview may load `src` (one from a link waits until the person asks). */
  srcAllowed = true;

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
    return this.problems.mailchimp ? { problem: 'no-url' } : checkMailchimp(this.mailchimpInput);
  }

  get actionNetworkWarning(): boolean {
    const action = String(this.config.values.action ?? '');
    return action !== '' && !isActionNetworkUrl(action);
  }

  get docInvalid(): boolean {
    return this.config.doc.trim() !== '' && this.parsedDoc === undefined;
  }

  get parsedDoc(): unknown {
    return this.parse(this.config.doc);
  }

  private parse(json: string): unknown {
    try {
      return JSON.parse(json);
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
    return docInfo(src ? this.documents.get(src) : this.parsedDoc, this.fallbackLang);
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
    if (this.model.tag === 'btw-signup' && v.provider !== 'form' && !this.config.page && !this.hostedPage)
      hints.push('hintPage');
    if (this.model.tag === 'btw-recommendation' && !v.src && !this.effective.doc.trim()) hints.push('hintDoc');
    // The snippet runs on the partner's page: a relative address would point there.
    for (const name of ['url', 'src', 'action', 'privacy-url']) {
      if (typeof v[name] === 'string' && v[name] && !/^https?:\/\//i.test(v[name] as string))
        hints.push('hintAbsolute');
    }
    if (/^https?:/i.test(this.config.page) === false && this.config.page) hints.push('hintAbsolute');
    return [...new Set(hints)];
  }

  /**
   * Checks a value (checks.ts) for field `key`. A good one is kept and, when the
   * person typed it, its host counts as theirs; a refused one stays in its field
   * with its problem and the snippet keeps the last good value.
   */
  accept(key: string, value: string, typed: boolean): boolean {
    const field = this.model?.fields.find((f) => f.name === key);
    const problem = key === 'base' ? checkBase(value, this.kitBase) : checkValue(key, value, field);
    if (typed) this.fromLink.delete(key);
    else if (value !== '') this.fromLink.add(key);
    if (problem) {
      this.problems[key] = { problem, length: value.length };
      this.drafts[key] = value.slice(0, limitOf(key));
      return false;
    }
    delete this.problems[key];
    delete this.drafts[key];
    if (typed) {
      const hosts = key === 'doc' ? imageSources(this.parse(value)).map(hostOf) : [hostOf(value)];
      for (const host of hosts) if (host) this.typedHosts.add(host);
      if (key === 'src') this.srcAllowed = true;
    }
    return true;
  }

  /** What a field shows: a refused value as it was given, else the kept one. */
  shown(key: string): string | boolean | undefined {
    return (
      this.drafts[key] ??
      (key === 'base' || key === 'page' || key === 'doc' ? this.config[key] : this.config.values[key])
    );
  }

  /** The configuration a link carries, each value checked as if typed, and marked as from the link. */
  openLink(config: Config) {
    this.config = { ...config, values: {}, doc: '', base: '', page: '' };
    for (const [name, value] of Object.entries(config.values)) {
      if (typeof value !== 'string' || this.accept(name, value, false)) this.config.values[name] = value;
      if (typeof value !== 'string') this.fromLink.add(name);
    }
    for (const key of ['doc', 'base', 'page'] as const)
      if (this.accept(key, config[key], false)) this.config[key] = config[key];
    this.docMode = this.config.doc && !this.config.values.src ? 'inline' : 'src';
    this.srcAllowed = !this.config.values.src;
    if (this.config.values.provider === 'mailchimp')
      this.pasteMailchimp(String(this.config.values.action ?? ''), false);
  }

  /** A builder setting (base, page, doc) as typed. */
  setSetting(key: 'base' | 'page' | 'doc', value: string) {
    if (this.accept(key, value, true)) this.config[key] = value;
    this.changed();
  }

  get fallback(): string {
    const { tag, fields } = this.model;
    const v = this.effective.values;
    const defaultOf = (name: string) => fields.find((f) => f.name === name)?.default ?? '';
    if (tag === 'btw-share') return shareFallback(v, defaultOf('networks'), this.fallbackLang);
    if (tag === 'btw-signup')
      return signupFallback(v, defaultOf('fields'), this.config.page || this.hostedPage || '', this.fallbackLang);
    const info = this.docInfo;
    const level = Number(v['heading-level'] || defaultOf('heading-level'));
    return info ? recommendationFallback(info.title, info.url, level, this.fallbackLang) : '';
  }

  get snippet(): string {
    const tag = this.model.tag;
    // A share step after the sign-up needs <btw-share> too: one file that defines both.
    const bundle =
      this.kit && smallestBundle(this.kit, tag, shareStepTags(tag, this.config.shareStep ?? noShareStep()));
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
      slotted: shareStepMarkup(tag, this.config.shareStep ?? noShareStep(), this.fallbackLang),
    });
  }

  /** Items of a list field in display order: the ticked ones as written, then the rest. */
  orderOf(field: Field): string[] {
    const ticked = String(this.config.values[field.name] ?? field.default)
      .split(/\s+/)
      .filter((item) => field.options.includes(item));
    const known =
      this.orders[field.name]?.filter((item) => !ticked.includes(item)) ??
      field.options.filter((item) => !ticked.includes(item));
    return (this.orders[field.name] = [...ticked, ...known]);
  }

  changed() {
    this.copyStatus = '';
    history.replaceState(null, '', location.pathname + writeState(this.effective, this.uiLang));
    this.redraw(this);
  }

  chooseElement(tag: string) {
    // The platform's output stays chosen (a share link exists for share buttons only).
    const output = this.config.output === 'link' ? '' : this.config.output;
    this.config = { ...emptyConfig(tag), lang: this.config.lang, base: this.config.base, output };
    for (const key of Object.keys(this.drafts))
      if (key !== 'base') {
        delete this.drafts[key];
        delete this.problems[key];
      }
    for (const key of this.fromLink) if (key !== 'base') this.fromLink.delete(key);
    this.srcAllowed = true;
    this.orders = {};
    this.measured = undefined;
    this.notice = '';
    this.mailchimpInput = '';
    this.docMode = 'src';
    this.changed();
  }

  setValue(name: string, value: string | boolean) {
    const list = this.model.fields.find((field) => field.name === name)?.kind === 'list';
    if (typeof value === 'string' && !this.accept(name, value, true)) return this.changed();
    if (typeof value === 'boolean') this.fromLink.delete(name);
    // A cleared text is no value (left out of the URL); an empty list is a choice.
    if (value === '' && !list) delete this.config.values[name];
    else this.config.values[name] = value;
    // The action moves to the Mailchimp field; one from the link stays marked so.
    if (name === 'provider' && value === 'mailchimp')
      this.pasteMailchimp(String(this.config.values.action ?? ''), !this.fromLink.has('action'));
    this.changed();
  }

  pasteMailchimp(text: string, typed = true) {
    // Too long for any embed code: refused before it is searched for an address.
    if (!this.accept('mailchimp', text, typed)) {
      this.mailchimpInput = this.drafts.mailchimp;
      return;
    }
    this.mailchimpInput = text;
    const action = this.mailchimp.action ?? '';
    if (typed && action) this.typedHosts.add(hostOf(action)!);
    this.config.values.action = action;
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
    this.announce(STRINGS[this.uiLang].moved(itemName(item, this.uiLang), to + 1, order.length));
  }

  announce(text: string) {
    this.notice = '';
    this.redraw(this);
    setTimeout(() => {
      this.notice = text;
      this.redraw(this);
    }, 50);
  }

  /**
   * Empties the status, then says the result a frame later, so each copy is announced
   * again. What is copied waits for the preview to finish (`settle`): a card whose
   * document is still loading would give the snippet its loading line's height.
   */
  async copy() {
    this.copyStatus = '';
    this.redraw(this);
    await this.settle();
    const copied = await copyField(document.getElementById('snippet-text') as HTMLTextAreaElement);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    this.copyStatus = copied ? 'copied' : 'refused';
    this.redraw(this);
  }
}
