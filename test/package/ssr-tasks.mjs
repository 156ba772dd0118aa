// The Next.js 16 consumer (test/consumers/next), in its own folder outside the
// repository (tasks.mjs installs it): `next build` then `next start`, or `next dev`,
// on a free port; and a visit of its page in the test's Chromium that reports what a
// reader gets after hydration, and every console message about hydration.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { app, bin, outsideRepository, quiet, run } from './tasks.mjs';

const freePort = () =>
  new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

const servers = new Map();

/** Starts `next <command>` in `dir` on a free port; resolves with its origin once it says it is ready. */
async function serve(mode, dir) {
  const port = await freePort();
  const child = spawn(bin(dir, 'next'), [mode, '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    env: quiet,
    stdio: 'pipe',
  });
  servers.set(mode, child);
  process.once('exit', () => child.kill());
  await new Promise((ready, fail) => {
    let log = '';
    const read = (chunk) => {
      log += chunk;
      if (/Ready in|started server/i.test(log)) ready();
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => fail(new Error(`next ${mode} exited (${code}): ${log}`)));
  });
  return `http://127.0.0.1:${port}`;
}

/** `next build` (type check included), then `next start`: its origin. */
export async function buildAndStartNext() {
  const installed = await app('next');
  if (!installed.ok) return installed;
  const build = await run(bin(installed.dir, 'next'), ['build'], { cwd: installed.dir });
  if (!build.ok) return build;
  return {
    ok: true,
    output: build.output,
    origin: await serve('start', installed.dir),
    outside: outsideRepository(installed.dir),
  };
}

/** `next dev` of the same app: its origin. */
export async function startNextDev() {
  const installed = await app('next');
  if (!installed.ok) return installed;
  return { ok: true, output: '', origin: await serve('dev', installed.dir) };
}

export function stopNext({ mode }) {
  servers.get(mode)?.kill();
  servers.delete(mode);
  return true;
}

const HYDRATION = /hydrat|did(n't| not) match|server rendered|mismatch/i;

/**
 * Opens `url` in a new tab of the test's browser and reports what a reader of the
 * hydrated page gets: each kit element's rendered controls, the recommendation's
 * load as the page's listener heard it, whether a click on the first share button
 * reached the page's listener, and the console's hydration messages and page errors.
 */
export async function visitPage({ url }, session) {
  const page = await session.browser.getPage(session.id).browser().newPage();
  try {
    // `next dev` compiles the page on its first request: wait for it, however long the machine takes.
    page.setDefaultTimeout(180_000);
    page.setDefaultNavigationTimeout(180_000);
    const errors = [];
    const hydration = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (['error', 'warn', 'warning'].includes(message.type()) && HYDRATION.test(message.text()))
        hydration.push(message.text());
    });
    await page.goto(url, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('btw-share')?.shadowRoot?.querySelector('a, button'));
    await page.waitForFunction(() => document.querySelector('#loaded')?.textContent !== '');
    const rendered = await page.evaluate(() => ({
      defined: ['btw-recommendation', 'btw-share', 'btw-signup'].filter((tag) => customElements.get(tag)),
      share: [...document.querySelector('btw-share').shadowRoot.querySelectorAll('a, button')].map(
        (control) => control.getAttribute('aria-label') || control.textContent.trim(),
      ),
      signup: document.querySelector('btw-signup').shadowRoot.querySelector('button')?.textContent.trim() ?? null,
      loaded: document.querySelector('#loaded').textContent,
    }));
    // The page's listener cancels the share, so no window opens.
    await page.evaluate(() => document.querySelector('btw-share').shadowRoot.querySelector('a, button').click());
    await page.waitForFunction(() => document.querySelector('#shared').textContent !== '');
    const shared = await page.evaluate(() => document.querySelector('#shared').textContent);
    return { ...rendered, shared, errors, hydration };
  } finally {
    await page.close();
  }
}
