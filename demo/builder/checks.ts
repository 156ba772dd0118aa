// What the builder accepts in each field, typed or read from a link: one rule per
// value, so no value can reach the snippet, the preview or a `new URL()` unchecked.
// A refused value stays in its field with a message; the snippet keeps the last
// good one. Pure: no DOM.
import type { Field } from './model.js';

/**
 * Length caps: what a real value needs, no more. A URL of 2,048 characters is
 * longer than any browser shows; Mailchimp's embed code is a few kB; a document
 * has the kit's own 256 KiB cap (`src` and inline alike).
 */
export const LIMITS = { url: 2048, text: 1000, paste: 20_000, doc: 262_144 } as const;

export type Problem =
  /** Longer than its cap. */
  | 'tooLong'
  /** Not a full http(s) address. */
  | 'notUrl'
  /** An endpoint or document on plain http (only localhost may be). */
  | 'httpsOnly'
  /** The kit's address on plain http, on another origin than the builder's. */
  | 'baseHttp'
  /** The kit's address is neither an https folder URL nor a folder path. */
  | 'baseForm'
  /** Not one of the field's choices. */
  | 'notOption';

/** How a field's address is checked: a link readers follow, or a server the snippet contacts. */
const ADDRESSES: Record<string, 'link' | 'server'> = {
  url: 'link',
  'privacy-url': 'link',
  page: 'link',
  action: 'server',
  src: 'server',
};

/** The longest value a field takes. */
export const limitOf = (name: Key) =>
  name === 'doc'
    ? LIMITS.doc
    : name === 'mailchimp'
      ? LIMITS.paste
      : ADDRESSES[name] || name === 'base'
        ? LIMITS.url
        : LIMITS.text;

/** A host that only ever means this computer (a partner testing locally). */
export const isLocalHost = (hostname: string) =>
  hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);

/** The URL of an absolute http(s) address, else undefined. */
export function httpUrl(value: string): URL | undefined {
  if (!/^https?:\/\//i.test(value)) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** A folder path on the partner's own site (`/vendor/btw/0.1.0/`, `./kit/`): kept as written. */
export const isFolderPath = (value: string) => /^(\/(?!\/)|\.\.?\/)[\w.~!$&'()*+,;=:@%/-]*$/.test(value);

/** A builder value that is not an element attribute: the language, base, page, document, pasted Mailchimp code. */
export type Key = string;

/**
 * What is wrong with a value of the field `name` (undefined: it may be used).
 * `field` is absent for the builder's own keys.
 */
export function checkValue(name: Key, value: string, field?: Field): Problem | undefined {
  if (value.length > limitOf(name)) return 'tooLong';
  if (name === 'doc' || name === 'mailchimp') return undefined;
  const address = ADDRESSES[name];
  if (field?.kind === 'choice' || field?.kind === 'number') {
    const options = field.kind === 'choice' ? field.options : range(field.min ?? 1, field.max ?? 6);
    return value === '' || options.includes(value) ? undefined : 'notOption';
  }
  if (field?.kind === 'list') {
    return value.split(/\s+/).every((token) => token === '' || field.options.includes(token)) ? undefined : 'notOption';
  }
  if (!address || value.trim() === '') return undefined;
  const url = httpUrl(value.trim());
  if (!url) return 'notUrl';
  if (address === 'server' && url.protocol === 'http:' && !isLocalHost(url.hostname)) return 'httpsOnly';
  return undefined;
}

/**
 * What is wrong with the kit's address: an https folder URL, a folder path on the
 * partner's site, or the builder's own origin (`own`, which may be http while
 * testing). Never plain http elsewhere: anyone on the way could change the files.
 */
export function checkBase(value: string, own: string): Problem | undefined {
  const text = value.trim();
  if (text.length > LIMITS.url) return 'tooLong';
  if (text === '' || isFolderPath(text)) return undefined;
  const url = httpUrl(text);
  if (!url || url.search || url.hash || url.username || url.password || /[?#]/.test(text)) return 'baseForm';
  if (url.protocol === 'http:' && url.origin !== new URL(own).origin) return 'baseHttp';
  return undefined;
}

const range = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, i) => String(min + i));

/** The host an address names, for the list of hosts a snippet contacts (undefined for none or a path). */
export const hostOf = (value: unknown) => (typeof value === 'string' ? httpUrl(value.trim())?.host : undefined);

/** Image addresses in a recommendation document (every locale's `image.src`). */
export function imageSources(doc: unknown): string[] {
  const locales = (doc as { locales?: unknown } | null)?.locales;
  if (!locales || typeof locales !== 'object') return [];
  return Object.values(locales as Record<string, { image?: { src?: unknown } } | null>)
    .map((locale) => locale?.image?.src)
    .filter((src): src is string => typeof src === 'string');
}
