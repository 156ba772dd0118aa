// Pure share-link logic for <btw-share>: which targets exist, the UTM-tagged URL,
// text shortening in code points, and the exact link of each network (docs/elements/btw-share.md).

/** Every target `networks` accepts. */
export type Network = 'native' | LinkNetwork | 'copy';

/** Targets that are a link to somewhere (everything but the two buttons), in the documented order. */
export type LinkNetwork =
  'x' | 'facebook' | 'whatsapp' | 'telegram' | 'bluesky' | 'mastodon' | 'linkedin' | 'reddit' | 'threads' | 'email';

export const DEFAULT_NETWORKS = 'native whatsapp facebook x bluesky email copy';

/** Targets named after a brand. */
export type Brand = Exclude<LinkNetwork, 'email'>;

/** Brand names as written by each brand (not translated). */
export const BRAND_NAMES: Record<Brand, string> = {
  x: 'X',
  facebook: 'Facebook',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  linkedin: 'LinkedIn',
  reddit: 'Reddit',
  threads: 'Threads',
};

const isNetwork = (name: string): name is Network => name === 'native' || name === 'copy' || Object.hasOwn(LINKS, name);

/**
 * Splits `networks` into the known targets (in the given order, each once) and
 * the unknown names. Names are case-insensitive.
 */
export function parseNetworks(value: string): [networks: Network[], unknown: string[]] {
  const names = value.split(/[\s,]+/).filter(Boolean);
  const unknown = names.filter((name) => !isNetwork(name.toLowerCase()));
  return [[...new Set(names.map((name) => name.toLowerCase()).filter(isNetwork))], unknown];
}

/** `a, #b,,c` -> ['a', 'b', 'c']. */
function parseHashtags(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((tag) => tag.trim().replace(/^#+/, '').trim())
    .filter(Boolean);
}

/** The element's UTM attributes. */
export interface Utm {
  utmSource?: string | undefined;
  utmCampaign?: string | undefined;
}

/** The UTM parameters, in the order they are added. */
const UTM_KEYS = ['utm_source', 'utm_campaign', 'utm_medium'];

/**
 * Adds `utm_source`, `utm_campaign` and `utm_medium=<network>` when a source or
 * campaign is given. The rest of the query is kept byte for byte (earlier
 * `utm_*` pairs, however encoded, are replaced), and so is the hash.
 */
export function withUtm(url: string, utm: Utm, medium: Network): string {
  const source = utm.utmSource?.trim();
  const campaign = utm.utmCampaign?.trim();
  if (!source && !campaign) return url;
  const parsed = new URL(url);
  const kept = parsed.search
    .slice(1)
    .split('&')
    .filter((pair) => pair && !UTM_KEYS.some((key) => new URLSearchParams(pair).has(key)));
  const added = new URLSearchParams();
  if (source) added.set('utm_source', source);
  if (campaign) added.set('utm_campaign', campaign);
  added.set('utm_medium', medium);
  parsed.search = [...kept, added].join('&');
  return parsed.href;
}

/** Length in Unicode code points (what X and Bluesky count). */
export const codePoints = (text: string) => [...text].length;

/**
 * Made on first use, not when the kit loads: creating a segmenter loads the
 * browser's text-break data, a 25 ms task on a phone (4x CPU) that every page
 * paid even though only long texts are ever shortened.
 */
let segmenter: Intl.Segmenter | undefined;

/**
 * `text` when it has at most `max` code points; else its longest prefix that
 * fits with a final `…` (never splitting a character or, where the browser can
 * tell, an emoji or accented letter made of several code points).
 */
export function shorten(text: string, max: number): string {
  if (codePoints(text) <= max) return text;
  segmenter ??= Intl.Segmenter && new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let prefix = '';
  // Whole graphemes where the browser can tell them, else code points (a string's own iterator).
  for (const piece of segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : text) {
    if (codePoints(prefix + piece) >= max) break;
    prefix += piece;
  }
  return max > 0 ? `${prefix.trimEnd()}…` : '';
}

/** X counts every link as 23 characters, plus the space before it. */
const X_LIMIT = 280;
const X_LINK = 24;
const BLUESKY_LIMIT = 300;

/** The element's attributes for X. */
export interface XOptions {
  /** Comma-separated, `#` optional. */
  hashtags?: string | undefined;
  via?: string | undefined;
}

/**
 * `text` with each lone UTF-16 surrogate (half of an emoji, from a cut string)
 * replaced by U+FFFD, as `toWellFormed` does where the browser has it:
 * `encodeURIComponent` throws on a lone surrogate.
 */
export const wellFormed = (text: string): string =>
  (text as { toWellFormed?(): string }).toWellFormed?.() ??
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

const enc = (text: string) => encodeURIComponent(wellFormed(text));

/**
 * Each network's link (the table in docs/elements/btw-share.md), with `T` for the text, `U` for the URL and
 * `I` for the Mastodon host, each encoded (no other capital letter in them). Without text, `T` goes and so does the
 * separator after it (`%20`, `%0A%0A`): `?text=U`, not `?text=%20U`.
 */
const LINKS: Record<LinkNetwork, string> = {
  x: 'https://x.com/intent/tweet?text=T&url=U',
  facebook: 'https://www.facebook.com/sharer/sharer.php?u=U',
  whatsapp: 'https://wa.me/?text=T%20U',
  telegram: 'https://t.me/share/url?url=U&text=T',
  bluesky: 'https://bsky.app/intent/compose?text=T%20U',
  mastodon: 'https://I/share?text=T%20U',
  linkedin: 'https://www.linkedin.com/sharing/share-offsite/?url=U',
  reddit: 'https://www.reddit.com/submit?url=U&title=T',
  threads: 'https://www.threads.com/intent/post?text=T&url=U',
  email: 'mailto:?subject=T&body=T%0A%0AU',
};

/**
 * Mastodon's own share page (share.joinmastodon.org, from the mastodon/share project), which asks the
 * reader for their server: for readers who do not know its name. Only ever a link, opened on a click.
 */
const MASTODON_SHARE_PAGE = 'https://share.joinmastodon.org/?text=T%20U';

/**
 * The exact share link of a network (the table in docs/elements/btw-share.md) for the final `url` (UTM
 * parameters already added), with a validated Mastodon host name `instance`; without one, Mastodon's
 * link is its share page.
 */
export function shareHref(
  network: LinkNetwork,
  url: string,
  text: string,
  options: XOptions,
  instance?: string,
): string {
  let tail = '';
  if (network === 'x') {
    const tags = parseHashtags(options.hashtags);
    const via = options.via?.trim().replace(/^@+/, '');
    text = shorten(
      text,
      X_LIMIT - X_LINK - codePoints(tags.map((tag) => ` #${tag}`).join('') + (via ? ` via @${via}` : '')),
    );
    if (tags.length) tail += `&hashtags=${tags.map(enc).join(',')}`;
    if (via) tail += `&via=${enc(via)}`;
  }
  if (network === 'bluesky') text = shorten(text, BLUESKY_LIMIT - codePoints(url) - 1);
  const fill = (key: string, separator = '') =>
    key[0] === 'T' ? text && enc(text) + separator : enc(key === 'U' ? url : instance!);
  const link = network === 'mastodon' && !instance ? MASTODON_SHARE_PAGE : LINKS[network];
  return link.replace(/T(%20|%0A%0A)?|[UI]/g, fill) + tail;
}
