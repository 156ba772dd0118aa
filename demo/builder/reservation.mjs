// The shape of the builder's <btw-share> snippet that keeps the page still
// (issue 13; docs/guides/performance.md): the reservation style and the
// element's fallback children. Pure functions, no Node APIs: the builder
// (snippet.ts, fallback.ts), the CLS bench (bench/snippet.mjs) and a browser test
// (test/e2e/bundles-snippet.test.ts) all use them.

/**
 * The reservation style: once per page, before the first widget. Each length is
 * the widget's own (share.styles.ts and the base styles): heading line and gap,
 * list gap, 2.75rem-high controls with 0.4em 0.85em padding, a 1px border, a
 * 1.25em icon and a 0.4em gap before the name. Controls that are buttons in the
 * widget (copy, Mastodon without an instance) are invisible boxes of the same size.
 */
export const RESERVATION_CSS =
  // Always rendered: a widget far from the viewport otherwise skips rendering and
  // takes no height until first drawn instead of the one this style reserves.
  'btw-share{display:block;content-visibility:visible}' +
  'btw-share>div{margin:0 0 .5rem;font-weight:600;line-height:1.5}' +
  'btw-share>ul{display:flex;flex-wrap:wrap;gap:.5rem;margin:0;padding:0;list-style:none;line-height:1.5}' +
  'btw-share>ul>li{margin:0;padding:0}' +
  'btw-share>ul>li>*{display:flex;align-items:center;justify-content:center;gap:.4em;box-sizing:border-box;' +
  'min-width:2.75rem;min-height:2.75rem;padding:.4em .85em;border:1px solid transparent;border-radius:.375rem;' +
  'background:#0b5394;color:#fff;font:inherit;line-height:1.2;text-decoration:none}' +
  'btw-share>ul>li>*::before{content:"";flex:none;width:1.25em;height:1.25em}' +
  'btw-share>ul>li>span{visibility:hidden}' +
  // variant="icons": a square of the icon and padding; the name stays, unseen, as the link's name.
  'btw-share[variant=icons]>ul>li>*{width:calc(2.05em + 2px);padding:.4em;overflow:hidden;white-space:nowrap;color:transparent}';

/** Text for HTML: in content and in double-quoted attributes. */
export const escapeHtml = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The fallback children of one widget: the heading (unless `heading` is ''),
 * then one item per control in the widget's order, `native` left out (it shows
 * only where the browser has a share sheet, which a page cannot know ahead).
 * @param {{ heading: string, items: { name: string, href?: string, external?: boolean }[] }} fallback
 *   `name`: the control's visible name; `href`: the share link (none for a
 *   control that is a button in the widget: copy, Mastodon without an instance).
 */
export function fallbackHtml({ heading, items }) {
  const li = items.map(({ name, href, external }) =>
    href === undefined
      ? `<li><span>${escapeHtml(name)}</span></li>`
      : `<li><a href="${escapeHtml(href)}"${external ? ' target="_blank"' : ''} rel="noopener noreferrer">${escapeHtml(name)}</a></li>`,
  );
  return `${heading ? `<div>${escapeHtml(heading)}</div>` : ''}<ul>${li.join('')}</ul>`;
}
