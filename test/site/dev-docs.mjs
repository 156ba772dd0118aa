// Node side of test/site/dev-docs.chromium.test.ts: `npm start`'s server (Vite with
// vite.site.config.ts), started on a free port, asked for pages as a browser would.
// Starting it can take longer than one test-runner command may, so the first
// calls start it and answer { pages: null } until it listens (a command that
// answers null counts as unknown).
import { createServer } from 'vite';

let server;
let listening;
/** Why the server could not start, said on the next call instead of a silent wait. */
let failed;

/** Each path's status and page title from the dev server (null while it is still starting). */
export async function devPages(paths) {
  if (!server) {
    server = createServer({
      configFile: 'vite.site.config.ts',
      logLevel: 'silent',
      server: { host: '127.0.0.1', port: 0, hmr: false, watch: null },
    });
    server
      .then((started) => started.listen())
      .then(
        (started) => (listening = started),
        (error) => (failed = error),
      );
  }
  if (failed) throw failed;
  if (!listening) return { pages: null };
  const { port } = listening.httpServer.address();
  const pages = [];
  for (const path of paths) {
    const response = await fetch(`http://127.0.0.1:${port}${path}`);
    const text = await response.text();
    pages.push({
      path,
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      title: /<title>([^<]*)<\/title>/.exec(text)?.[1] ?? '',
    });
  }
  return { pages };
}

export async function stopDev() {
  const started = await server;
  server = listening = undefined;
  await started?.close();
}
