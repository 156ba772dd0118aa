// The kit's local HTTP endpoint, for tests (its own port, cross-origin like a
// partner's server) and for `npm start` (mounted on the demo's origin).
//
// Every path under /api/ takes these query parameters:
//   key=K            groups requests, so a test reads back only its own (GET /api/log?key=K)
//   fail=MODE        500 | 500-once | 429 | 429-once | 400 | slow | drop | non-json
//   retry-after=V    with 429/500: the Retry-After header (seconds or an HTTP date)
//   ms=N             with slow: wait N ms before answering normally
// The Mailchimp provider's probe (post-json without EMAIL, sent once per list
// before any personal request) is never failed on purpose: `fail` is about the
// sign-up itself.
// Routes (one module each) answer what gets past the failure mode.
import http from 'node:http';
import { echoRoutes } from './echo.mjs';
import { signupRoutes } from './signup.mjs';
import { documentRoutes } from './documents.mjs';
import { redirectRoutes } from './redirect.mjs';

const routes = { ...echoRoutes, ...signupRoutes, ...documentRoutes, ...redirectRoutes };

const MAX_BODY = 1 << 20;
const log = new Map(); // key -> [{ method, path, query, headers, body }]
const seen = new Map(); // key + mode -> count, for the *-once modes

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
  'Access-Control-Expose-Headers': 'Retry-After',
  'Access-Control-Max-Age': '600',
};

export function send(res, status, body, headers = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const type = typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json';
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...CORS, ...headers });
  res.end(text);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) req.destroy(new Error('body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Applies `fail=`; returns true when it answered (or dropped) the request. */
async function failOnPurpose(req, res, query, key) {
  const mode = query.get('fail');
  if (!mode) return false;
  const once = mode.endsWith('-once');
  if (once) {
    const id = `${key}\u0000${mode}`;
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    if (count > 1) return false;
  }
  const retryAfter = query.get('retry-after');
  const extra = retryAfter ? { 'Retry-After': retryAfter } : {};
  switch (mode.replace(/-once$/, '')) {
    case '500':
      send(res, 500, { error: 'server error on purpose' }, extra);
      return true;
    case '429':
      send(res, 429, { error: 'slow down' }, { 'Retry-After': retryAfter ?? '1' });
      return true;
    case '400':
      send(res, 400, { error: 'bad request on purpose', detail: '<b>raw provider text</b>' });
      return true;
    case 'non-json':
      send(res, 200, '<!doctype html><title>Oops</title><p>Not JSON');
      return true;
    case 'drop':
      req.socket.destroy();
      return true;
    case 'slow':
      await sleep(Number(query.get('ms') ?? 2000));
      return false;
    default:
      send(res, 400, { error: `unknown fail mode ${mode}` });
      return true;
  }
}

async function handle(req, res, { verbose }) {
  const url = new URL(req.url, 'http://localhost');
  const { pathname, searchParams: query } = url;
  if (req.method === 'OPTIONS') {
    res.writeHead(204, CORS).end();
    return;
  }
  const key = query.get('key') ?? '';
  if (pathname === '/api/log') return send(res, 200, log.get(key) ?? []);
  const body = await readBody(req);
  const entry = { method: req.method, path: pathname, query: Object.fromEntries(query), headers: req.headers, body };
  if (!log.has(key)) log.set(key, []);
  log.get(key).push(entry);
  if (verbose) console.log(`[api] ${req.method} ${pathname}${body ? ` ${body.length} bytes` : ''}`);
  const probe = pathname.endsWith('/subscribe/post-json') && !query.has('EMAIL');
  if (!probe && (await failOnPurpose(req, res, query, key))) return;
  const route = routes[pathname];
  if (!route) return send(res, 404, { error: `no route ${pathname}` });
  await route(req, res, { query, body, entry, send, verbose });
}

/** Node/connect middleware for /api/*: mounted by Vite for the demo. */
export function mockServer({ log: verbose = false } = {}) {
  return (req, res, next) => {
    if (!req.url?.startsWith('/api/')) return next();
    handle(req, res, { verbose }).catch((error) => {
      if (!res.headersSent) send(res, 500, { error: String(error) });
    });
  };
}

/** A stand-alone server on a free port of 127.0.0.1: resolves to its origin. */
export function startMockServer({ port = 0, log: verbose = false } = {}) {
  const middleware = mockServer({ log: verbose });
  const server = http.createServer((req, res) => middleware(req, res, () => send(res, 404, { error: 'not found' })));
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address();
      resolve({ origin: `http://127.0.0.1:${bound}`, close: () => server.close() });
    });
  });
}
