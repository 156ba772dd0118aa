// The pages the benchmark loads: <btw-share> from its own bundle (dist/btw-share.js)
// and shareon, side by side on the same networks, one widget or 200; and one of
// each of our elements (dist/btw.js).
// Each page starts with bench/probe.js, which records readiness, long tasks and
// layout shifts.
import { RESERVATION_CSS, shareElement } from './snippet.mjs';

/** The networks both tools render, in our names and in shareon's. */
export const NETWORKS = [
  ['whatsapp', 'whatsapp'],
  ['facebook', 'facebook'],
  ['x', 'twitter'],
  ['bluesky', 'bluesky'],
  ['telegram', 'telegram'],
  ['email', 'email'],
];

const URL_TO_SHARE = 'https://example.org/beyond-the-wall/root-causes';
const TEXT = 'Beyond the Wall: partner with Central America on the root causes of migration';

const page = (title, ready, head, body) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<script>window.__ready = ${ready};</script>
<script src="/bench/probe.js"></script>
${head}
</head>
<body>
<main style="max-width: 40rem; margin: 1rem auto; font: 16px/1.5 sans-serif">
<h1>${title}</h1>
${body}
</main>
</body>
</html>`;

const paragraph = (i) => `<p>Paragraph ${i}: a wall does not address why people leave.</p>`;

/**
 * `reserve`: a height in CSS px that the page keeps for each widget, with the
 * README's rule, as a blogger is told to do after measuring the widget on their
 * page. `builder`: each widget as the builder's snippet gives it (bench/snippet.mjs:
 * the reservation style once, fallback children in each widget).
 */
export function btwSharePage(count, { reserve, builder } = {}) {
  const networks = NETWORKS.map(([ours]) => ours).join(' ');
  const widgets = Array.from({ length: count }, (_, i) => {
    const options = { url: `${URL_TO_SHARE}?n=${i}`, text: TEXT, networks };
    const element = builder
      ? shareElement(options)
      : `<btw-share networks="${networks}" url="${options.url}" text="${TEXT}"></btw-share>`;
    return `${paragraph(i)}\n${element}`;
  }).join('\n');
  const rule = reserve
    ? `<style>btw-share { display: block; min-height: ${reserve}px; }</style>\n`
    : builder
      ? `<style>${RESERVATION_CSS}</style>\n`
      : '';
  return page(
    'btw-share',
    READY['btw-share'],
    `${rule}<script type="module" src="/dist/btw-share.js"></script>`,
    widgets,
  );
}

export function shareonPage(count) {
  const links = NETWORKS.map(([, theirs]) => `<a class="${theirs}"></a>`).join('');
  const widgets = Array.from(
    { length: count },
    (_, i) =>
      `${paragraph(i)}\n<div class="shareon" data-url="${URL_TO_SHARE}?n=${i}" data-title="${TEXT}">${links}</div>`,
  ).join('\n');
  return page(
    'shareon',
    READY.shareon,
    '<link rel="stylesheet" href="/shareon/shareon.min.css">\n<script src="/shareon/shareon.iife.js" defer init></script>',
    widgets,
  );
}

export function kitPage(documentJson) {
  const networks = NETWORKS.map(([ours]) => ours).join(' ');
  return page(
    'Beyond the Wall kit',
    READY.kit,
    '<script type="module" src="/dist/btw.js"></script>',
    `<btw-recommendation variant="card"><script type="application/json">${documentJson.replace(/</g, '\\u003c')}</script></btw-recommendation>
<btw-share networks="${networks}" url="${URL_TO_SHARE}" text="${TEXT}"></btw-share>
<btw-signup action="/api/signup" consent privacy-url="https://example.org/privacy"></btw-signup>`,
  );
}

/** In-page checks, run by bench/probe.js: true when the page's widgets are usable. */
export const READY = {
  // every share link of the first / last widget has its final href
  'btw-share': `(which) => {
    const all = document.querySelectorAll('btw-share');
    const el = which === 'first' ? all[0] : all[all.length - 1];
    return !!el && !!el.shadowRoot && el.shadowRoot.querySelectorAll('a[href]').length >= ${NETWORKS.length};
  }`,
  shareon: `(which) => {
    const all = document.querySelectorAll('.shareon');
    const el = which === 'first' ? all[0] : all[all.length - 1];
    return !!el && [...el.querySelectorAll('a')].every((a) => a.getAttribute('href'));
  }`,
  kit: `() => {
    const rec = document.querySelector('btw-recommendation');
    const share = document.querySelector('btw-share');
    const signup = document.querySelector('btw-signup');
    return !!(rec && rec.shadowRoot && rec.shadowRoot.querySelector('[part~="title"]') &&
      share && share.shadowRoot && share.shadowRoot.querySelectorAll('a[href]').length >= ${NETWORKS.length} &&
      signup && signup.shadowRoot && signup.shadowRoot.querySelector('input[type="email"]'));
  }`,
};
