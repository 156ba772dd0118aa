import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import { FALLBACK_LOCALE, LOCALES, type Locale, type TermArgs, type TermKey } from '../locales/index.js';

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

/** Maps a BCP 47 tag to a shipped language: `es-GT` -> `es`, unknown -> `en`. */
export function toLocale(tag: string): Locale {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0]!;
  // Own keys only: `constructor` or `toString` is no language of ours.
  return Object.hasOwn(LOCALES, primary) ? (primary as Locale) : FALLBACK_LOCALE;
}

export const resolveLocale = (el: Element): Locale => toLocale(declaredLang(el));

// One observer for every element on the page: it watches `lang` attributes in the
// document and in each shadow root that holds one of our elements, and tells the
// controllers whose resolved language changed.
const controllers = new Set<LocalizeController>();
const watchedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function watchRootsOf(el: Element) {
  observer ??= new MutationObserver(() => {
    for (const controller of controllers) controller.refresh();
  });
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
  /** The resolved, shipped language of the host. */
  lang: Locale = FALLBACK_LOCALE;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected() {
    this.lang = resolveLocale(this.host);
    controllers.add(this);
    watchRootsOf(this.host);
  }

  hostDisconnected() {
    controllers.delete(this);
  }

  /** Re-resolves the language; asks the host to render when it changed. */
  refresh() {
    const lang = resolveLocale(this.host);
    if (lang === this.lang) return;
    this.lang = lang;
    this.host.requestUpdate();
  }

  /** A string of the host's language. */
  term<K extends TermKey>(key: K, ...args: TermArgs<K>): string {
    const value = LOCALES[this.lang][key] as string | ((...a: TermArgs<K>) => string);
    return typeof value === 'function' ? value(...args) : value;
  }

  /** A calendar date (`YYYY-MM-DD`, validated) in the host's language, written out: "1 de febrero de 2020". */
  date(day: string): string {
    // The day the author wrote, not midnight UTC (which is the day before in the Americas).
    const [year, month, date] = day.split('-');
    return new Date(+year!, +month! - 1, +date!).toLocaleDateString(this.lang, { dateStyle: 'long' });
  }
}
