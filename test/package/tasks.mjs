// Node-side work for the tests in test/package/ (run through the test runner's
// commands, see test/node-tasks-plugin.mjs): pack the package, install the tarball
// as a user would (offline, from the file), type-check the framework consumers in
// test/consumers/, import the package in Node, and build and serve the Next.js app.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const CONSUMERS = resolve('test/consumers');
const bin = (name) => resolve('node_modules/.bin', name);
const quiet = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

/** The end of a long output is where a tool says what failed. */
const tail = (text) => (text.length > 4000 ? `…${text.slice(-4000)}` : text);

async function run(command, args, options = {}) {
  try {
    const { stdout, stderr } = await exec(command, args, { maxBuffer: 1 << 26, env: quiet, ...options });
    return { ok: true, output: `${stdout}${stderr}` };
  } catch (error) {
    return { ok: false, output: tail(`${error.stdout ?? ''}${error.stderr ?? ''}${error.stdout ? '' : error.message}`) };
  }
}

let packed;
/** `npm pack` once per test run (after `npm run build`), into a temporary folder: the tarball and its file list. */
function packOnce() {
  packed ??= (async () => {
    const folder = mkdtempSync(join(tmpdir(), 'btw-pack-'));
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
    const { stdout } = await exec('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', folder], { maxBuffer: 1 << 24 });
    const [{ filename, files }] = JSON.parse(stdout);
    return { tarball: join(folder, filename), files: files.map((file) => file.path).sort() };
  })();
  return packed;
}
const pack = async () => (await packOnce()).tarball;

/** The paths in the package, as `npm pack` published them. */
export const packFiles = async () => (await packOnce()).files;

const install = (tarball, cwd) =>
  run('npm', ['install', '--offline', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', tarball], { cwd });

/** Every package folder in a node_modules (scoped ones as `@scope/name`). */
function packagesIn(folder) {
  return readdirSync(folder)
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => (name.startsWith('@') ? readdirSync(join(folder, name)).map((inner) => `${name}/${inner}`) : [name]))
    .sort();
}

/** Installs the packed tarball into an empty project: what lands in its node_modules. */
export async function installIntoEmptyProject() {
  const tarball = await pack();
  const project = mkdtempSync(join(tmpdir(), 'btw-user-'));
  writeFileSync(join(project, 'package.json'), '{ "name": "a-partner-site", "private": true }\n');
  try {
    const result = await install(tarball, project);
    if (!result.ok) return { ...result, packages: [] };
    const installed = JSON.parse(readFileSync(join(project, 'node_modules/beyond-the-wall-widgets/package.json'), 'utf8'));
    return { ...result, packages: packagesIn(join(project, 'node_modules')), dependencies: installed.dependencies ?? {} };
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

let consumersReady;
/** The tarball installed into test/consumers/ (frameworks come from the repository's own devDependencies). */
function installIntoConsumers() {
  consumersReady ??= pack().then((tarball) => install(tarball, CONSUMERS));
  return consumersReady;
}

const CHECKERS = {
  react: () => run(bin('tsc'), ['-p', 'test/consumers/react']),
  vue: () => run(bin('vue-tsc'), ['-p', 'test/consumers/vue']),
  svelte: () => run(bin('svelte-check'), ['--tsconfig', './test/consumers/svelte/tsconfig.json', '--output', 'machine']),
};

/** Type-checks one consumer with its framework's own checker. */
export async function typecheckConsumer({ framework }) {
  const installed = await installIntoConsumers();
  if (!installed.ok) return installed;
  return CHECKERS[framework]();
}

/** Type-checks the plain TypeScript user of dist/ (test/types, compiled against the build). */
export const typecheckProject = ({ project }) => run(bin('tsc'), ['-p', project]);

/**
 * Imports the installed package (and each element's entry) in Node, as a server-side
 * renderer does, and again as an edge runtime resolves it.
 */
export async function importInNode() {
  const installed = await installIntoConsumers();
  if (!installed.ok) return { ...installed, report: null };
  const script = `
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    const kit = await import('beyond-the-wall-widgets');
    const parts = ['share', 'signup', 'recommendation'];
    for (const part of parts) await import('beyond-the-wall-widgets/' + part);
    const added = Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name));
    console.log(JSON.stringify({ exports: Object.keys(kit).sort(), parts, added, defined: kit.defineOnce('btw-share', class {}) ?? null }));`;
  const node = (conditions) =>
    run(process.execPath, [...conditions.map((name) => `--conditions=${name}`), '--input-type=module', '-e', script], { cwd: CONSUMERS });
  // Plain Node, then the conditions of an edge runtime (Next.js's, which also has `browser`).
  const results = [await node([]), await node(['edge-light', 'worker', 'browser'])];
  const failed = results.find((result) => !result.ok);
  if (failed) return { ...failed, report: null };
  const [report, edge] = results.map((result) => JSON.parse(result.output.trim().split('\n').pop()));
  return { ok: true, output: '', report, edge };
}

const freePort = () =>
  new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

let nextServer;
/** `next build` of test/consumers/next, then `next start` on a free port: its origin. */
export async function buildAndStartNext() {
  const installed = await installIntoConsumers();
  if (!installed.ok) return installed;
  const started = Date.now();
  const build = await run(bin('next'), ['build', 'test/consumers/next']);
  const seconds = Math.round((Date.now() - started) / 1000);
  if (!build.ok) return { ...build, seconds };
  const port = await freePort();
  nextServer = spawn(bin('next'), ['start', 'test/consumers/next', '-p', String(port), '-H', '127.0.0.1'], { env: quiet, stdio: 'pipe' });
  process.once('exit', stopNext);
  await new Promise((ready, fail) => {
    let log = '';
    nextServer.stdout.on('data', (chunk) => {
      log += chunk;
      if (/Ready in|started server/i.test(log)) ready();
    });
    nextServer.on('exit', (code) => fail(new Error(`next start exited (${code}): ${log}`)));
  });
  return { ok: true, output: build.output, seconds, origin: `http://127.0.0.1:${port}` };
}

export function stopNext() {
  nextServer?.kill();
  nextServer = undefined;
  return true;
}

/**
 * Opens `url` in a new tab of the test's browser and reports what a reader of the
 * hydrated page gets: each kit element's rendered controls, and whether a click on
 * the first share button reached the page's listener.
 */
export async function visitPage({ url }, session) {
  const page = await session.browser.getPage(session.id).browser().newPage();
  try {
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(url, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('btw-share')?.shadowRoot?.querySelector('a, button'));
    const rendered = await page.evaluate(() => ({
      defined: ['btw-share', 'btw-signup'].filter((tag) => customElements.get(tag)),
      share: [...document.querySelector('btw-share').shadowRoot.querySelectorAll('a, button')].map(
        (control) => control.getAttribute('aria-label') || control.textContent.trim(),
      ),
      signup: document.querySelector('btw-signup').shadowRoot.querySelector('button')?.textContent.trim() ?? null,
    }));
    // The page's listener cancels the share, so no window opens.
    await page.evaluate(() => document.querySelector('btw-share').shadowRoot.querySelector('a, button').click());
    await page.waitForFunction(() => document.querySelector('#shared').textContent !== '', { timeout: 5000 }).catch(() => {});
    const shared = await page.evaluate(() => document.querySelector('#shared').textContent);
    return { ...rendered, shared, errors };
  } finally {
    await page.close();
  }
}

const TASKS = { packFiles, installIntoEmptyProject, typecheckConsumer, typecheckProject, importInNode, buildAndStartNext, stopNext, visitPage };
const jobs = new Map();
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Runs a task for the command `btw-package-<name>`. The test runner drops a command
 * that takes more than 20 s, so a longer task keeps running here and this answers
 * `{ done: false }` after 10 s; the test asks again (test/package/task.ts).
 */
export async function runTask(command, payload, session) {
  // `start-<name>` only starts the task, so that several run side by side.
  const [, start, name] = /^(start-)?(\w+)$/.exec(command) ?? [];
  if (!Object.hasOwn(TASKS, name)) return undefined;
  const key = `${name} ${JSON.stringify(payload)}`;
  if (!jobs.has(key)) {
    const job = {};
    job.promise = Promise.resolve()
      .then(() => TASKS[name](payload, session))
      .then(
        (result) => (job.result = result),
        (error) => (job.result = { ok: false, output: String(error?.stack ?? error) }),
      );
    jobs.set(key, job);
  }
  const job = jobs.get(key);
  if (start) return { done: false };
  await Promise.race([job.promise, sleep(10_000)]);
  if (!('result' in job)) return { done: false };
  jobs.delete(key);
  return { done: true, result: job.result };
}
