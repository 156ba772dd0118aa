// The one static server of the benchmark tools: the pages of pages.mjs and
// cls-pages.mjs, the probe, shareon's files and the kit's bundles. `?b=N` on a
// page or on a bundle picks the Nth of `bundles` (for before/after in one run);
// `?delay=MS` on a bundle holds its response back (a slow network: the module
// arrives after the page was first painted).
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { btwSharePage, kitPage, shareonPage } from './pages.mjs';
import { CLS_PAGES } from './cls-pages.mjs';

export const root = new URL('..', import.meta.url).pathname;
export const MANY = 200;

/** The kit's bundles, by URL path. */
export const BUNDLE_FILES = {
  '/dist/btw.js': 'dist/btw.js',
  '/dist/btw-share.js': 'dist/btw-share.js',
  '/dist/btw-signup.js': 'dist/btw-signup.js',
  '/dist/btw-recommendation.js': 'dist/btw-recommendation.js',
};

/** Files a page may ask for, by URL path. */
export const FILES = {
  ...BUNDLE_FILES,
  '/shareon/shareon.iife.js': 'node_modules/shareon/dist/shareon.iife.js',
  '/shareon/shareon.min.css': 'node_modules/shareon/dist/shareon.min.css',
  '/bench/probe.js': 'bench/probe.js',
};

const demoDocument = () => {
  const path = `${root}demo/recommendations/root-causes.json`;
  return existsSync(path) ? readFileSync(path, 'utf8') : '{}';
};

/** The benchmark pages, by URL path. */
export const PAGES = {
  '/btw-1.html': () => btwSharePage(1),
  '/shareon-1.html': () => shareonPage(1),
  [`/btw-${MANY}.html`]: () => btwSharePage(MANY),
  [`/shareon-${MANY}.html`]: () => shareonPage(MANY),
  '/kit.html': () => kitPage(demoDocument()),
  [`/btw-${MANY}-reserved.html`]: () => btwSharePage(MANY, { reserve: reserved.height }),
  [`/btw-${MANY}-builder.html`]: () => btwSharePage(MANY, { builder: true }),
  '/blank.html': () =>
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>',
  ...CLS_PAGES,
};

/** The height the reserved page keeps per widget: measured by the bench first (`reserved.height = …`). */
export const reserved = { height: 0 };

/**
 * Starts the server on a free port of 127.0.0.1; resolves to { origin, close }.
 * `bundles`: paths of builds to serve in place of the one a page asks for
 * (`?b=N` picks one; default: the file itself); `pages`: extra pages.
 */
export function startBenchServer({ bundles = [], pages = {} } = {}) {
  const allPages = { ...PAGES, ...pages };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const b = Number(url.searchParams.get('b') ?? 0);
    const headers = { 'Cache-Control': 'no-store' };
    if (allPages[url.pathname]) {
      const html = allPages[url.pathname]().replace(
        /(\/dist\/btw[\w-]*\.js)(\?)?/g,
        (_, path, query) => `${path}?b=${b}${query ? '&' : ''}`,
      );
      return res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end(html);
    }
    if (FILES[url.pathname]) {
      const file =
        BUNDLE_FILES[url.pathname] && bundles.length ? (bundles[b] ?? bundles[0]) : `${root}${FILES[url.pathname]}`;
      const type = url.pathname.endsWith('.css') ? 'text/css' : 'text/javascript';
      const send = () => res.writeHead(200, { ...headers, 'Content-Type': type }).end(readFileSync(file));
      const delay = Number(url.searchParams.get('delay') ?? 0);
      return delay ? setTimeout(send, delay) : send();
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() }),
    ),
  );
}
