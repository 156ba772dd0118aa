// /api/documents/<name>: recommendation documents for <btw-recommendation> tests and
// the demo, from test/fixtures/recommendations/<name>.json (re-read on each request).
// An unknown name gets the server's 404. Extra query parameters:
//   delay=N    answer after N ms; a request the browser aborts meanwhile is marked
//              `aborted: true` in its /api/log entry
//   stream=1   send the body chunked, without Content-Length
//   hold       with key=K: answer only when the test releases K (hold.mjs), with
//              GET /api/documents/release?held=K, or ?held=K&one for the first
//              held request only
// /api/documents/oversized is a valid document of about 400 kB (over the limit), and
// /api/documents/root-causes the demo's document.
import { readdirSync, readFileSync } from 'node:fs';
import { holdable, release } from './hold.mjs';

const dir = new URL('../fixtures/recommendations/', import.meta.url);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function oversized() {
  const action = { title: 'An action', text: 'x'.repeat(2000) };
  const doc = {
    schemaVersion: 1,
    id: 'oversized',
    url: 'https://example.org/beyond-the-wall/oversized',
    defaultLocale: 'en',
    locales: {
      en: { title: 'Too big', summary: 'Far larger than a recommendation needs.', actions: Array(200).fill(action) },
    },
  };
  return JSON.stringify(doc);
}

function serve(read) {
  return async (req, res, { query, entry, send }) => {
    let closed = false;
    res.on('close', () => {
      if (!res.writableFinished) {
        closed = true;
        entry.aborted = true;
      }
    });
    const delay = Number(query.get('delay') ?? 0);
    if (delay) await sleep(delay);
    if (closed) return;
    const body = read();
    const headers = { 'Content-Type': 'application/json; charset=utf-8' };
    // Chunked transfer: no Content-Length, so the reader must count bytes itself.
    if (query.get('stream') === '1') headers['Transfer-Encoding'] = 'chunked';
    send(res, 200, body, headers);
  };
}

const routes = {};
for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
  const name = file.replace(/\.json$/, '');
  routes[`/api/documents/${name}`] = serve(() => readFileSync(new URL(file, dir), 'utf8'));
}
routes['/api/documents/oversized'] = serve(oversized);
const demo = new URL('../../demo/recommendations/root-causes.json', import.meta.url);
routes['/api/documents/root-causes'] = serve(() => readFileSync(demo, 'utf8'));

export const documentRoutes = {
  ...Object.fromEntries(Object.entries(routes).map(([path, route]) => [path, holdable(route)])),
  '/api/documents/release': (_req, res, { query, send }) =>
    send(res, 200, { released: release(query.get('held') ?? '', { one: query.has('one') }) }),
};
