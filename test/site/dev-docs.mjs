// Node side of test/site/dev-docs.test.ts: `npm start`'s server (Vite with
// vite.site.config.ts), started on a free port, asked for pages as a browser would.
import { createServer } from 'vite';

/** Each path's status and page title (the <title>'s text) from the dev server. */
export async function devPages(paths) {
  const server = await createServer({ configFile: 'vite.site.config.ts', logLevel: 'silent', server: { host: '127.0.0.1', port: 0, hmr: false, watch: null } });
  await server.listen();
  try {
    const { port } = server.httpServer.address();
    const pages = [];
    for (const path of paths) {
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      const text = await response.text();
      pages.push({ path, status: response.status, type: response.headers.get('content-type') ?? '', title: /<title>([^<]*)<\/title>/.exec(text)?.[1] ?? '' });
    }
    return pages;
  } finally {
    await server.close();
  }
}
