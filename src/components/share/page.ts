// What <btw-share> reads from and does to the page around it.
import { safeUrl } from '../../shared/url.js';

/** `<link rel=canonical>` when it is a valid http(s) URL, else the page's address. */
export function defaultUrl(): string {
  const canonical = document.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  return safeUrl(canonical, { element: 'btw-share', field: 'canonical link' }) ?? location.href;
}

/** `<meta property="og:title">`, else the page title. */
export function defaultText(): string {
  const og = document.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  return og || document.title.trim();
}

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
