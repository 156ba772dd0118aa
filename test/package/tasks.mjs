// Node-side work for the tests in test/package/ (run through the test runner's
// commands, see test/node-tasks-plugin.mjs). Everything here uses the package as a
// partner's developer would: packed with `npm pack`, then installed into apps that
// live in a temporary folder outside the repository (os.tmpdir()), each with its own
// node_modules holding only its locked dependencies (test/consumers/<app>/package.json
// and package-lock.json) and the tarball. No path from those apps reaches the
// repository's node_modules, so a type or file the package forgot to ship fails here.
// Installs come from the npm registry, through npm's cache (warm after the first run).
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
export const REPOSITORY = resolve('.');
const CONSUMERS = resolve('test/consumers');
export const quiet = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  CI: '1',
};
const NPM = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];

/** The end of a long output is where a tool says what failed. */
const tail = (text) => (text.length > 6000 ? `…${text.slice(-6000)}` : text);

export async function run(command, args, options = {}) {
  try {
    const { stdout, stderr } = await exec(command, args, { maxBuffer: 1 << 26, env: quiet, ...options });
    return { ok: true, output: `${stdout}${stderr}` };
  } catch (error) {
    return {
      ok: false,
      output: tail(`${error.stdout ?? ''}${error.stderr ?? ''}${error.stdout ? '' : error.message}`),
    };
  }
}

/** One temporary folder for the run's tarball and apps, removed when the runner exits. */
const WORK = mkdtempSync(join(tmpdir(), 'btw-package-'));
process.once('exit', () => rmSync(WORK, { recursive: true, force: true }));

/** True when `path` is outside the repository (so Node's lookup of node_modules never reaches it). */
export const outsideRepository = (path) => relative(REPOSITORY, path).startsWith('..');

let packed;
/** `npm pack` once per test run (after `npm run build`): the tarball and its file list. */
function packOnce() {
  packed ??= (async () => {
    const { stdout } = await exec('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', WORK], {
      maxBuffer: 1 << 24,
    });
    const [{ filename, files }] = JSON.parse(stdout);
    return { tarball: join(WORK, filename), files: files.map((file) => file.path).sort() };
  })();
  return packed;
}
export const pack = async () => (await packOnce()).tarball;

/** The paths in the package, as `npm pack` published them. */
export const packFiles = async () => (await packOnce()).files;

/** `publint --strict` and `attw` (ESM-only profile) on the tarball: what a registry user would get. */
export async function lintPackage() {
  const tarball = await pack();
  const publint = await run(resolve('node_modules/.bin/publint'), ['--strict', tarball], { cwd: WORK });
  const attw = await run(resolve('node_modules/.bin/attw'), [tarball, '--profile', 'esm-only'], { cwd: WORK });
  return { publint, attw };
}

// Installs run one at a time (the machine may have two cores); checks run as their app is ready.
let queue = Promise.resolve();
const serially = (work) => (queue = queue.then(work, work));
const apps = new Map();

/**
 * Copies test/consumers/<name> to the run's temporary folder, `npm ci` from its own
 * lock file, then installs the tarball without saving it: the app's folder.
 */
export function app(name) {
  if (!apps.has(name)) {
    apps.set(
      name,
      pack().then((tarball) =>
        serially(async () => {
          const dir = join(WORK, name);
          cpSync(join(CONSUMERS, name), dir, {
            recursive: true,
            filter: (path) => !/[\\/](node_modules|\.next|\.svelte-kit|\.astro|dist)$/.test(path),
          });
          const ci = await run('npm', ['ci', ...NPM], { cwd: dir });
          if (!ci.ok) return { ...ci, dir };
          const added = await run('npm', ['install', '--no-save', ...NPM, tarball], { cwd: dir });
          return { ...added, dir };
        }),
      ),
    );
  }
  return apps.get(name);
}

/** A binary of the app's own node_modules. */
export const bin = (dir, name) => join(dir, 'node_modules/.bin', name);

/** Every package folder in a node_modules (scoped ones as `@scope/name`). */
function packagesIn(folder) {
  return readdirSync(folder)
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) =>
      name.startsWith('@') ? readdirSync(join(folder, name)).map((inner) => `${name}/${inner}`) : [name],
    )
    .sort();
}

let emptyProject;
/** The tarball installed into an empty project, outside the repository: its folder. */
function installIntoEmpty() {
  emptyProject ??= pack().then((tarball) =>
    serially(async () => {
      const dir = join(WORK, 'empty');
      mkdirSync(dir);
      writeFileSync(join(dir, 'package.json'), '{ "name": "a-partner-site", "private": true }\n');
      return { ...(await run('npm', ['install', '--no-save', ...NPM, tarball], { cwd: dir })), dir };
    }),
  );
  return emptyProject;
}

/** What lands in an empty project's node_modules, and where Node resolves the kit and Lit from. */
export async function installIntoEmptyProject() {
  const { ok, output, dir } = await installIntoEmpty();
  if (!ok) return { ok, output, packages: [] };
  const installed = JSON.parse(readFileSync(join(dir, 'node_modules/beyond-the-wall-widgets/package.json'), 'utf8'));
  const script =
    "for (const name of ['beyond-the-wall-widgets', '@lit/reactive-element']) console.log(new URL(import.meta.resolve(name)).pathname);";
  const where = await run(process.execPath, ['--conditions=browser', '--input-type=module', '-e', script], {
    cwd: dir,
  });
  const resolved = where.output.trim().split('\n');
  return {
    ok: where.ok,
    output: where.ok ? output : where.output,
    packages: packagesIn(join(dir, 'node_modules')),
    dependencies: installed.dependencies ?? {},
    resolvedInside: resolved.map((path) => path.startsWith(join(dir, 'node_modules'))),
    outside: outsideRepository(dir),
  };
}

/** Each app's checks, with its own binaries, in its own folder. */
const CHECKERS = {
  typescript: async (dir) => run(bin(dir, 'tsc'), ['-p', '.'], { cwd: dir }),
  react: async (dir) => {
    const types = await run(bin(dir, 'tsc'), ['-b'], { cwd: dir });
    if (!types.ok || types.output.trim()) return types;
    const build = await run(bin(dir, 'vite'), ['build', '--logLevel', 'error'], { cwd: dir });
    return { ok: build.ok, output: build.ok ? '' : build.output };
  },
  vue: async (dir) => run(bin(dir, 'vue-tsc'), ['-p', '.'], { cwd: dir }),
  sveltekit: async (dir) => {
    const sync = await run(bin(dir, 'svelte-kit'), ['sync'], { cwd: dir });
    if (!sync.ok) return sync;
    const check = await run(bin(dir, 'svelte-check'), ['--tsconfig', './tsconfig.json', '--output', 'machine'], {
      cwd: dir,
    });
    return { ...check, marked: expectErrorMarks(dir) };
  },
  astro: async (dir) => run(bin(dir, 'astro'), ['check'], { cwd: dir }),
};

/**
 * svelte-check has no @ts-expect-error in markup: each `<!-- expect-error: … -->`
 * marks the next line as one that must fail, as `"<file>" <line>:` of its machine output.
 */
function expectErrorMarks(dir) {
  return readdirSync(join(dir, 'src'), { recursive: true })
    .filter((file) => String(file).endsWith('.svelte'))
    .flatMap((file) =>
      readFileSync(join(dir, 'src', file), 'utf8')
        .split('\n')
        .flatMap((line, index) => (line.includes('<!-- expect-error:') ? [`"src/${file}" ${index + 2}:`] : [])),
    )
    .sort();
}

/** Installs one consumer app and runs its framework's own checks on it. */
export async function checkConsumer({ name }) {
  const installed = await app(name);
  if (!installed.ok) return { ...installed, outside: outsideRepository(installed.dir) };
  const result = await CHECKERS[name](installed.dir);
  return { ...result, outside: outsideRepository(installed.dir) };
}

/**
 * Imports the installed package (and each element's entry) in Node, as a server-side
 * renderer does, and again as an edge runtime resolves it.
 */
export async function importInNode() {
  const installed = await installIntoEmpty();
  if (!installed.ok) return { ...installed, report: null };
  const script = `
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    const kit = await import('beyond-the-wall-widgets');
    const parts = ['share', 'signup', 'recommendation'];
    for (const part of parts) await import('beyond-the-wall-widgets/' + part);
    const added = Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name));
    console.log(JSON.stringify({ exports: Object.keys(kit).sort(), parts, added, defined: kit.defineOnce('btw-share', class {}) ?? null }));`;
  const node = (conditions) =>
    run(process.execPath, [...conditions.map((name) => `--conditions=${name}`), '--input-type=module', '-e', script], {
      cwd: installed.dir,
    });
  // Plain Node, then the conditions of an edge runtime (Next.js's, which also has `browser`).
  const results = [await node([]), await node(['edge-light', 'worker', 'browser'])];
  const failed = results.find((result) => !result.ok);
  if (failed) return { ...failed, report: null };
  const [report, edge] = results.map((result) => JSON.parse(result.output.trim().split('\n').pop()));
  return { ok: true, output: '', report, edge };
}
