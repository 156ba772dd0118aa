// `npm run preview`: the demo page as a partner would host it — static files and
// the built dist/btw.js (no dev server, no TypeScript), with the local endpoint at
// /api/. Also used by bench/lighthouse.mjs.
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import { extname, join, normalize } from 'node:path';
import { mockServer } from '../test/server/index.mjs';

const root = new URL('..', import.meta.url).pathname;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};
const SERVED = ['demo/', 'dist/'];

export function startPreview({ port = 0, log = false } = {}) {
  const api = mockServer({ log });
  const server = http.createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/') return res.writeHead(302, { Location: '/demo/' }).end();
    api(req, res, () => {
      const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path)).slice(root.length);
      if (
        !SERVED.some((dir) => file.startsWith(dir)) ||
        !existsSync(join(root, file)) ||
        statSync(join(root, file)).isDirectory()
      ) {
        return res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      }
      let body = readFileSync(join(root, file));
      if (file === 'demo/index.html') body = body.toString().replace('/src/index.ts', '/dist/btw.js');
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      });
      res.end(body);
    });
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () =>
      resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() }),
    );
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(join(root, 'dist/btw.js'))) {
    console.error('preview: dist/btw.js is missing; run "npm run build" first.');
    process.exit(1);
  }
  const { origin } = await startPreview({ port: Number(process.env.PORT ?? 4173), log: true });
  console.log(`Demo with the built kit: ${origin}/demo/`);
}
