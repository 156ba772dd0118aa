// The whole configuration in the page's address, after its `#`, so a reload keeps it
// and a partner can send a configured builder to a colleague. The fragment never
// goes to a server: a link that carries a whole document (tens of kB) opens on any
// host (servers refuse long query strings: Node's with 431 above 16 kB), and what a
// partner configured stays out of the site's logs. Pure: no DOM.
import type { Locale } from '../../src/locales/index.js';
import type { ElementModel, Values } from './model.js';
import { readShareStep, writeShareStep, type ShareStep } from './share-step.js';

/** The page's languages: the kit's own. */
export type Lang = Locale;

export interface Config {
  /** The element's tag. */
  element: string;
  /** Its attribute values (only the ones set). */
  values: Values;
  /** The element's `lang`: '' (automatic: the host page's), `en` or `es`. */
  lang: '' | Lang;
  /** A recommendation's inline document (JSON text), used when there is no `src`. */
  doc: string;
  /** Where the kit's files are served from; '' means the builder's own kit. */
  base: string;
  /** The list's own sign-up page, linked for readers without JavaScript. */
  page: string;
  /** What the builder gives (outputs.ts): the snippet, HTML for platforms without scripts, a share link. */
  output: Output;
  /** A sign-up's share step (share-step.ts). */
  shareStep?: ShareStep;
}

/** The builder's outputs: '' the snippet, `noscript` HTML that needs no script, `link` a link to the share page. */
export type Output = '' | 'noscript' | 'link';

/** Query keys the builder uses for itself; everything else is an attribute of the element. */
export const KEYS = {
  element: 'element',
  uiLang: 'lang',
  lang: 'kit-lang',
  doc: 'doc',
  base: 'base',
  page: 'page',
  output: 'output',
} as const;

export const emptyConfig = (element: string): Config => ({
  element,
  values: {},
  lang: '',
  doc: '',
  base: '',
  page: '',
  output: '',
});

const asLang = (value: string | null): '' | Lang => (value === 'en' || value === 'es' ? value : '');

/**
 * Where a link keeps the configuration: its fragment, else its query string (links
 * made before the builder moved it to the fragment, and a hand-written `?lang=es`).
 */
export const linkState = (location: { hash: string; search: string }): string =>
  location.hash.length > 1 ? location.hash : location.search;

/**
 * The configuration (and interface language) a link's state holds (`#…` or `?…`,
 * see linkState); unknown keys are ignored.
 */
export function readState(state: string, models: ElementModel[]): { config: Config; uiLang: Lang } {
  const query = new URLSearchParams(state.replace(/^#/, ''));
  const model = models.find((m) => m.tag === query.get(KEYS.element)) ?? models[0];
  const config = emptyConfig(model?.tag ?? '');
  for (const field of model?.fields ?? []) {
    const value = query.get(field.name);
    if (value === null) continue;
    config.values[field.name] = field.kind === 'boolean' ? value !== 'false' : value;
  }
  config.lang = asLang(query.get(KEYS.lang));
  config.doc = query.get(KEYS.doc) ?? '';
  config.base = query.get(KEYS.base) ?? '';
  config.page = query.get(KEYS.page) ?? '';
  const output = query.get(KEYS.output);
  config.output = output === 'noscript' || output === 'link' ? output : '';
  const shareStep = readShareStep(query);
  if (config.element === 'btw-signup' && shareStep.on) config.shareStep = shareStep;
  return { config, uiLang: asLang(query.get(KEYS.uiLang)) || 'en' };
}

/** The fragment (with its `#`) that holds a configuration; empty values are left out. */
export function writeState(config: Config, uiLang: Lang): string {
  const query = new URLSearchParams();
  if (uiLang !== 'en') query.set(KEYS.uiLang, uiLang);
  query.set(KEYS.element, config.element);
  for (const [name, value] of Object.entries(config.values)) {
    // Strings as they are, even empty (an empty list is a choice); the App drops cleared texts.
    if (value === true) query.set(name, '');
    else if (typeof value === 'string') query.set(name, value);
  }
  if (config.lang) query.set(KEYS.lang, config.lang);
  if (config.doc) query.set(KEYS.doc, config.doc);
  if (config.base) query.set(KEYS.base, config.base);
  if (config.page) query.set(KEYS.page, config.page);
  if (config.output) query.set(KEYS.output, config.output);
  if (config.element === 'btw-signup' && config.shareStep) writeShareStep(query, config.shareStep);
  return `#${query}`;
}
