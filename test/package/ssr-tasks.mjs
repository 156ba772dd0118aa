// The server-rendered consumers (test/consumers/next and test/consumers/nuxt), each in
// its own folder outside the repository (tasks.mjs installs it): built and started, or
// run by its framework's dev server, on a free port; and a visit of a page in the
// test's Chromium that reports what a reader gets after hydration, and every console
// message about hydration.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { app, bin, outsideRepository, quiet, run } from './tasks.mjs';

const freePort = () =>
  new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

const servers = new Map();

/**
 * Starts the server `name` (stopServer's key) in `dir` on a free port: `command`, with
 * the arguments and environment that `args(port)` and `env(port)` give. Resolves with
 * its origin once its output matches `ready`.
 */
async function serve(name, dir, { command, args = () => [], env = () => ({}), ready }) {
  const port = await freePort();
  const child = spawn(command, args(port), { cwd: dir, env: { ...quiet, ...env(port) }, stdio: 'pipe' });
  servers.set(name, child);
  process.once('exit', () => child.kill());
  await new Promise((done, fail) => {
    let log = '';
    const read = (chunk) => {
      log += chunk;
      if (ready.test(log)) done();
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => fail(new Error(`${name} exited (${code}): ${log}`)));
  });
  return `http://127.0.0.1:${port}`;
}

export function stopServer({ name }) {
  servers.get(name)?.kill();
  servers.delete(name);
  return true;
}

/** `next start` or `next dev` in `dir`. */
const next = (mode, dir) =>
  serve(`next ${mode}`, dir, {
    command: bin(dir, 'next'),
    args: (port) => [mode, '-p', String(port), '-H', '127.0.0.1'],
    ready: /Ready in|started server/i,
  });

/** `next build` (type check included), then `next start`: its origin. */
export async function buildAndStartNext() {
  const installed = await app('next');
  if (!installed.ok) return installed;
  const build = await run(bin(installed.dir, 'next'), ['build'], { cwd: installed.dir });
  if (!build.ok) return build;
  return {
    ok: true,
    output: build.output,
    origin: await next('start', installed.dir),
    outside: outsideRepository(installed.dir),
  };
}

/** `next dev` of the same app: its origin. */
export async function startNextDev() {
  const installed = await app('next');
  if (!installed.ok) return installed;
  return { ok: true, output: '', origin: await next('dev', installed.dir) };
}

/**
 * `nuxt typecheck` (vue-tsc on the app and the types Nuxt generates), `nuxt build`,
 * then the built server, `node .output/server/index.mjs`, as a host runs it: its origin.
 */
export async function buildAndStartNuxt() {
  const installed = await app('nuxt');
  if (!installed.ok) return installed;
  const { dir } = installed;
  const types = await run(bin(dir, 'nuxt'), ['typecheck'], { cwd: dir });
  if (!types.ok) return { ...types, output: `nuxt typecheck: ${types.output}` };
  const build = await run(bin(dir, 'nuxt'), ['build'], { cwd: dir });
  if (!build.ok) return build;
  const origin = await serve('nuxt', dir, {
    command: process.execPath,
    args: () => ['.output/server/index.mjs'],
    env: (port) => ({ PORT: String(port), HOST: '127.0.0.1' }),
    ready: /Listening on/,
  });
  // The packages Nitro copied for the server to run: what the server imports.
  const server = JSON.parse(readFileSync(join(dir, '.output/server/package.json'), 'utf8'));
  return {
    ok: true,
    output: `${types.output}${build.output}`,
    origin,
    outside: outsideRepository(dir),
    serverPackages: Object.keys(server.dependencies ?? {}),
  };
}

/** `nuxt dev` of the same app: its origin, once Nitro and Vite have built. */
export async function startNuxtDev() {
  const installed = await app('nuxt');
  if (!installed.ok) return installed;
  const origin = await serve('nuxt dev', installed.dir, {
    command: bin(installed.dir, 'nuxt'),
    args: (port) => ['dev', '--port', String(port), '--host', '127.0.0.1'],
    ready: /Nitro server built/,
  });
  return { ok: true, output: '', origin };
}

const HYDRATION = /hydrat|did(n't| not) match|server rendered|mismatch/i;
// Lit's development build (a dev server's `development` condition) says so once.
const LIT_DEV_MODE = /^Lit is in dev mode/;

/**
 * Opens `url` in a new tab of the test's browser and reports what a reader of the
 * hydrated page gets: the HTML the server sent, each kit element's rendered controls,
 * the recommendation's load as the page's listener heard it, whether a click on the
 * first share button reached the page's listener, and the console's hydration
 * messages, other warnings and errors, and page errors.
 */
export async function visitPage({ url }, session) {
  const page = await session.browser.getPage(session.id).browser().newPage();
  try {
    // A dev server compiles the page on its first request: wait for it, however long the machine takes.
    page.setDefaultTimeout(180_000);
    page.setDefaultNavigationTimeout(180_000);
    const errors = [];
    const hydration = [];
    const warnings = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (!['error', 'warn', 'warning'].includes(message.type()) || LIT_DEV_MODE.test(message.text())) return;
      (HYDRATION.test(message.text()) ? hydration : warnings).push(message.text());
    });
    /** Waits for `check` in the page; when it never holds, says what was awaited and what the page reported. */
    const waitFor = (what, check) =>
      page.waitForFunction(check).catch((error) => {
        const heard = [...errors, ...hydration, ...warnings].join(' | ') || 'nothing';
        throw new Error(`${url}: ${what} never happened (${error.message}); the page reported: ${heard}`);
      });
    const response = await page.goto(url, { waitUntil: 'networkidle0' });
    const html = await response.text();
    await waitFor('the share buttons', () =>
      document.querySelector('btw-share')?.shadowRoot?.querySelector('a, button'),
    );
    await waitFor(
      'the recommendation load, heard by the page',
      () => document.querySelector('#loaded')?.textContent !== '',
    );
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
    await waitFor('the share, heard by the page', () => document.querySelector('#shared').textContent !== '');
    const shared = await page.evaluate(() => document.querySelector('#shared').textContent);
    return { html, ...rendered, shared, errors, hydration, warnings };
  } finally {
    await page.close();
  }
}
