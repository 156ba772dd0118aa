// `npm run serve:site [-- --port N]`: serves site/ (after `npm run build:site`) on
// 127.0.0.1 with the headers of site/_headers (scripts/site-headers.mjs), as
// Netlify or Cloudflare Pages would: paste a snippet into a page on another port
// and it loads the kit across origins, with its SRI hash, as on the real host.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { headersFor, parseHeaders } from './site-headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** Starts the server on `port` (0: any free one) for `root` (absolute); resolves to { origin, close }. */
export function startSiteServer({
  root = resolve('site'),
  port = 0,
  host = '127.0.0.1',
  headers: useHeaders = true,
} = {}) {
  // headers: false is a plain static server (a test shows what goes wrong without them).
  const rulesFile = join(root, '_headers');
  const rules = useHeaders && existsSync(rulesFile) ? parseHeaders(readFileSync(rulesFile, 'utf8')) : [];
  const server = http.createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return res.writeHead(400).end();
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) return res.writeHead(301, { Location: `${path}/` }).end();
      file = join(file, 'index.html');
    }
    const headers = headersFor(rules, path);
    if (!existsSync(file) || !statSync(file).isFile() || path.split('/').includes('_headers')) {
      return res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }
    if (req.method === 'OPTIONS') return res.writeHead(204, headers).end();
    res.writeHead(200, {
      ...headers,
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => {
    server.listen(port, host, () => {
      const { port: bound } = server.address();
      done({ origin: `http://${host}:${bound}`, close: () => new Promise((closed) => server.close(closed)) });
    });
  });
}

// Run as a command (not imported, as the test runner's config and tests do).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--port');
  const port = Number(at > 0 ? process.argv[at + 1] : (process.env.PORT ?? 8080));
  if (!existsSync('site/index.html')) {
    console.error('serve:site: site/ is not built; run "npm run build:site" first.');
    process.exit(1);
  }
  const { origin } = await startSiteServer({ port });
  console.log(`serve:site: site/ at ${origin}/ with the headers of site/_headers (Ctrl+C stops it).`);
}
