/**
 * What one document shows in one locale: fields with `defaultLocale`'s filling
 * the gaps, and every URL checked once (a dropped URL warns once per locale,
 * not on every render).
 */
import { safeUrl } from '../../shared/url.js';
import {
  LOCALE,
  type DocumentLocale,
  type LinkKind,
  type RecommendationDocument,
  type ResolvedLocale,
} from './document.js';

export const ELEMENT = 'btw-recommendation';

export interface ViewLink {
  label: string;
  href: string;
}

/** A related recommendation whose address passed the URL guard. */
export interface ViewRelated {
  title: string;
  summary?: string;
  href: string;
}

export interface View {
  /** The document locale shown, e.g. `es`. */
  locale: string;
  fields: ResolvedLocale;
  /**
   * Each field's `lang` attribute: the locale it came from where that is not the
   * element's language (it fell back, or the locale is missing), else none.
   */
  lang: Record<keyof DocumentLocale, string | undefined>;
  /** The same for the image's credit and each action's text, filled on their own (else none). */
  creditLang: string | undefined;
  actionTextLang: (string | undefined)[];
  url?: string;
  imageSrc?: string;
  /** Links by kind, kinds in order of first appearance; `campaign` among them. */
  groups: Map<LinkKind, ViewLink[]>;
  related: ViewRelated[];
}

/**
 * The view for the element's language `ui` (`en`, `es`); `base` resolves relative
 * URLs: the document's own URL when it came from `src`.
 */
export function buildView(doc: RecommendationDocument, ui: string, base: string): View {
  const locale = Object.hasOwn(doc.locales, ui) ? ui : doc.defaultLocale;
  const fields = {} as ResolvedLocale;
  const lang = {} as Record<string, string | undefined>;
  const mark = (source: string) => (source.split('-')[0].toLowerCase() === ui ? undefined : source);
  /** The locale each field came from: its own, else `defaultLocale`. */
  const from = {} as Record<keyof DocumentLocale, string>;
  for (const key of Object.keys(LOCALE) as (keyof DocumentLocale)[]) {
    const source = (from[key] = doc.locales[locale][key] === undefined ? doc.defaultLocale : locale);
    (fields as Record<string, unknown>)[key] = doc.locales[source][key];
    lang[key] = mark(source);
  }
  // Inside an item, a field the locale leaves out comes from defaultLocale's matching
  // item: the credit of the same picture (same src), the text of the action at the same
  // place in a list as long (a translation of the same list). Copies: the document stays as read.
  const main = doc.locales[doc.defaultLocale];
  const fallback = mark(doc.defaultLocale);
  const { image, actions } = fields;
  const credit = image?.credit === undefined && main.image?.src === image?.src && main.image?.credit;
  // A document is parsed JSON: a key it leaves out is absent, so spread last, its own wins.
  if (credit) fields.image = { credit, ...image! };
  const texts = main.actions!.length === actions.length ? main.actions! : [];
  const actionTextLang = actions.map((action, i) => ((action.text ?? !texts[i]?.text) ? undefined : fallback));
  fields.actions = actions.map((action, i) => ({ text: texts[i]?.text, ...action }));
  const check = (value: string | undefined, field: string) => safeUrl(value, { element: ELEMENT, field, base });
  const groups = new Map<LinkKind, ViewLink[]>();
  fields.links?.forEach((link, i) => {
    const href = check(link.href, `locales.${from.links}.links[${i}].href`);
    if (!href) return;
    let group = groups.get(link.kind);
    if (!group) groups.set(link.kind, (group = []));
    group.push({ label: link.label, href });
  });
  const related = (fields.related ?? []).flatMap((item, i) => {
    const href = check(item.href, `locales.${from.related}.related[${i}].href`);
    return href ? [{ title: item.title, summary: item.summary, href }] : [];
  });
  return {
    locale,
    fields,
    related,
    lang: lang as View['lang'],
    creditLang: credit ? fallback : undefined,
    actionTextLang,
    url: check(doc.url, 'url'),
    imageSrc: fields.image && check(fields.image.src, `locales.${from.image}.image.src`),
    groups,
  };
}

/** The document's `url` from a value that failed validation, when it is a safe URL. */
export function urlOf(input: unknown, base: string): string | undefined {
  const url = (input as { url?: unknown } | null)?.url;
  return typeof url === 'string' ? safeUrl(url, { element: ELEMENT, field: 'url', base }) : undefined;
}
