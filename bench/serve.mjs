// The one static server of the benchmark tools: the pages of pages.mjs, the probe,
// shareon's files and one or more builds of the kit. `?b=N` on a page or on
// /dist/btw.js picks the Nth of `bundles` (for before/after in one run).
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { btwSharePage, kitPage, shareonPage } from './pages.mjs';

export const root = new URL('..', import.meta.url).pathname;
export const MANY = 200;

/** Files a page may ask for, by URL path. */
export const FILES = {
  '/dist/btw.js': 'dist/btw.js',
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
  [`/btw-${MANY}-reserved.html`]: () => btwSharePage(MANY, reserved.height),
};

/** The height the reserved page keeps per widget: measured by the bench first (`reserved.height = …`). */
export const reserved = { height: 0 };

/**
 * Starts the server on a free port of 127.0.0.1; resolves to { origin, close }.
 * `bundles`: paths of kit builds (default: dist/btw.js); `pages`: extra pages.
 */
export function startBenchServer({ bundles = [`${root}dist/btw.js`], pages = {} } = {}) {
  const allPages = { ...PAGES, ...pages };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const b = Number(url.searchParams.get('b') ?? 0);
    const headers = { 'Cache-Control': 'no-store' };
    if (allPages[url.pathname]) {
      const html = allPages[url.pathname]().replace('/dist/btw.js', `/dist/btw.js?b=${b}`);
      return res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end(html);
    }
    if (url.pathname === '/dist/btw.js') {
      return res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(readFileSync(bundles[b] ?? bundles[0]));
    }
    if (FILES[url.pathname]) {
      const type = url.pathname.endsWith('.css') ? 'text/css' : 'text/javascript';
      return res.writeHead(200, { ...headers, 'Content-Type': type }).end(readFileSync(`${root}${FILES[url.pathname]}`));
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })),
  );
}
