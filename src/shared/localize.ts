import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import { FALLBACK_LOCALE, LOCALES, type TermArgs, type TermKey } from '../locales/index.js';
import { LOCALE_EVENT, partnerTable, type Table } from './partner-locales.js';

/**
 * The `lang` that applies to an element: its own, else the closest ancestor's
 * (crossing shadow roots to their hosts), else `<html lang>`. Empty values are
 * skipped, as "no language given". Returns '' when nothing is set.
 */
export function declaredLang(el: Element): string {
  for (let node: Element | undefined = el; node; node = (node.getRootNode() as Partial<ShadowRoot>).host) {
    const declared = node.closest('[lang]:not([lang=""])');
    if (declared) return declared.getAttribute('lang')!;
  }
  return document.documentElement.lang;
}

/**
 * Maps a BCP 47 tag to a language the kit has: one a partner registered under
 * the whole tag (`pt-br`) or its primary subtag (`fr`), else a shipped one
 * (`es-GT` -> `es`), else `en`. Tags come back in lower case.
 */
export function toLocale(tag: string): string {
  const whole = tag.trim().toLowerCase().replace(/_/g, '-');
  const primary = whole.split('-')[0]!;
  if (partnerTable(whole)) return whole;
  if (partnerTable(primary)) return primary;
  // Own keys only: `constructor` or `toString` is no language of ours.
  return Object.hasOwn(LOCALES, primary) ? primary : FALLBACK_LOCALE;
}

/** The shipped languages as tables; every shipped language is written left to right. */
const shipped = Object.fromEntries(
  Object.entries(LOCALES).map(([lang, terms]) => [lang, { terms, dir: 'ltr' }]),
) as Record<string, Table>;

/** The terms and direction of a language `toLocale()` gave. */
const tableOf = (lang: string): Table => partnerTable(lang) ?? shipped[lang]!;

export const resolveLocale = (el: Element): string => toLocale(declaredLang(el));

// One observer for every element on the page: it watches `lang` attributes in the
// document and in each shadow root that holds one of our elements, and tells the
// controllers whose resolved language changed.
const controllers = new Set<LocalizeController>();
const watchedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

const refreshAll = () => {
  for (const controller of controllers) controller.refresh();
};

function watchRootsOf(el: Element) {
  if (!observer) {
    observer = new MutationObserver(refreshAll);
    // A language registered later (registerLocale, from any copy of the kit).
    document.addEventListener(LOCALE_EVENT, refreshAll);
  }
  let root = el.getRootNode();
  for (;;) {
    if (!watchedRoots.has(root)) {
      watchedRoots.add(root);
      observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
}

/**
 * Gives an element its language and strings, and re-renders it when the `lang`
 * that applies to it changes (on itself, an ancestor or `<html>`).
 */
export class LocalizeController implements ReactiveController {
  /** The resolved language of the host: a shipped one or one a partner registered (lower case). */
  lang: string = FALLBACK_LOCALE;
  /** Its terms and writing direction. */
  #table = tableOf(FALLBACK_LOCALE);

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The writing direction of the host's language. */
  get dir() {
    return this.#table.dir;
  }

  hostConnected() {
    this.#table = tableOf((this.lang = resolveLocale(this.host)));
    controllers.add(this);
    watchRootsOf(this.host);
  }

  hostDisconnected() {
    controllers.delete(this);
  }

  /** Re-resolves the language; asks the host to render when it changed. */
  refresh() {
    const lang = resolveLocale(this.host);
    const table = tableOf(lang);
    if (lang === this.lang && table === this.#table) return;
    this.lang = lang;
    this.#table = table;
    this.host.requestUpdate();
  }

  /** A string of the host's language. */
  term<K extends TermKey>(key: K, ...args: TermArgs<K>): string {
    const value = this.#table.terms[key] as string | ((...a: TermArgs<K>) => string);
    return typeof value === 'function' ? value(...args) : value;
  }

  /** A calendar date (`YYYY-MM-DD`, validated) in the host's language, written out: "1 de febrero de 2020". */
  date(day: string): string {
    // The day the author wrote, not midnight UTC (which is the day before in the Americas);
    // setFullYear keeps a year before 100 as written (the Date constructor reads 99 as 1999).
    const [year, month, date] = day.split('-');
    const when = new Date(0, 0, 1);
    when.setFullYear(+year!, +month! - 1, +date!);
    return when.toLocaleDateString(this.lang, { dateStyle: 'long' });
  }
}
