// What <btw-share> reads from and does to the page around it.
import { safeUrl } from '../../shared/url.js';

/**
 * What the page says, read once per task: 200 widgets rendering in one slice
 * look up the canonical link and title once, not once per widget and link (a
 * page without them is searched to its end each time); the next task reads
 * again, so a page that changes them is followed.
 */
let page: { url?: string; text?: string } | undefined;
const read = () => page ?? (queueMicrotask(() => (page = undefined)), (page = {}));

/**
 * Query parameters that name a person or a visit (a newsletter's subscriber
 * token, a login code, an ad click): never shared from the address bar.
 * Compared in lower case.
 */
const PERSONAL = new Set(
  'token access_token auth key code session sid email e mc_eid mc_cid fbclid gclid msclkid _hsenc _hsmi mkt_tok'.split(
    ' ',
  ),
);

/** A `key=value` pair (as written) whose key, decoded, is personal. A pair that does not decode is kept as it is. */
const personal = (pair: string) => {
  try {
    return PERSONAL.has(decodeURIComponent(pair.split('=')[0]!.replace(/\+/g, ' ')).toLowerCase());
  } catch {
    return false;
  }
};

/**
 * The page's address as it may be shared: no fragment (it can carry tokens,
 * `#access_token=…`) and no personal parameters; every other pair is kept
 * byte for byte, in its order (a permalink such as `?p=42` survives).
 */
export function publicAddress(href: string): string {
  const url = new URL(href);
  url.hash = '';
  url.search = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair && !personal(pair))
    .join('&');
  return url.href;
}

/**
 * The first `<link rel=canonical>` that is a valid http(s) URL (an invalid one,
 * such as `javascript:`, is skipped with a warning), else the page's address
 * without its fragment and personal parameters (publicAddress).
 */
export const defaultUrl = (): string =>
  (read().url ??=
    [...document.querySelectorAll('link[rel~="canonical" i]')]
      .map((link) => safeUrl(link.getAttribute('href'), { element: 'btw-share', field: 'canonical link' }))
      .find(Boolean) ?? publicAddress(location.href));

/** `<meta property="og:title">`, else the page title. */
export const defaultText = (): string =>
  (read().text ??=
    document.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim() || document.title.trim());

/** Opens a share link as a real link would (new tab, no opener, no referrer). */
export function openLink(root: ParentNode, href: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
}
