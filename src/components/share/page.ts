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

/** `<link rel=canonical>` when it is a valid http(s) URL, else the page's address. */
export const defaultUrl = (): string =>
  (read().url ??=
    safeUrl(document.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), { element: 'btw-share', field: 'canonical link' }) ??
    location.href);

/** `<meta property="og:title">`, else the page title. */
export const defaultText = (): string =>
  (read().text ??= document.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim() || document.title.trim());

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
