// Tests run in a real Chromium and a real Firefox (Debian's, found or installed by
// scripts/browser.mjs), one group per folder: test/shared, test/bundle, test/e2e
// and each src/components/<element>. `--group NAME` runs one of them.
// Files named *.chromium.test.ts need Chromium's DevTools protocol (media
// emulation) and run there only, in the group `chromium-only`.
// BTW_BROWSERS=chromium runs Chromium alone (quicker while developing).
import { existsSync, readdirSync } from 'node:fs';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import puppeteer from 'puppeteer-core';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { CHROME_FLAGS, findBrowser, findFirefox } from './scripts/browser.mjs';
import { mockServer, startMockServer } from './test/server/index.mjs';
import { countReporter, misnamed, orphans } from './test/count-reporter.mjs';
import { mediaPlugin } from './test/media-plugin.mjs';
import { nodeTasksPlugin } from './test/node-tasks-plugin.mjs';

const elements = (existsSync('src/components') ? readdirSync('src/components', { withFileTypes: true }) : [])
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Starts the local endpoint and serves its origin to the tests as a module. */
function mockServerPlugin() {
  let server;
  return {
    name: 'btw-mock-server',
    async serverStart() {
      server = await startMockServer();
    },
    serverStop() {
      server?.close();
    },
    serve(context) {
      if (context.path === '/test/server/origin.js') {
        return { body: `export default ${JSON.stringify(server.origin)};`, type: 'js' };
      }
    },
  };
}

const chromium = chromeLauncher({ launchOptions: { executablePath: findBrowser(), args: CHROME_FLAGS } });
const firefoxPath = process.env.BTW_BROWSERS === 'chromium' ? undefined : findFirefox();
// Firefox through puppeteer-core's WebDriver BiDi support.
const firefox =
  firefoxPath &&
  chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true } });
const everywhere = firefox ? [chromium, firefox] : [chromium];
const ONLY_CHROMIUM = '**/*.chromium.test.ts';
// The `package` group installs apps from the registry and builds them (minutes each on
// a loaded machine), which a test file waits for: a run that includes it gives each
// file 20 minutes to finish; any other run keeps the 2-minute stall limit below.
const groupIndex = process.argv.indexOf('--group');
const withPackage = groupIndex < 0 || process.argv[groupIndex + 1] === 'package';

const hasTests = (folder, only = /\.test\.ts$/) =>
  existsSync(folder) && readdirSync(folder, { recursive: true }).some((file) => only.test(String(file)));
const group = (name, folder) => ({
  name,
  files: [`${folder}/**/*.test.ts`, `!${ONLY_CHROMIUM}`],
  browsers: everywhere,
});

/** The strict policy the kit promises to work under; pages named test/pages/strict-*.html get it. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'";

async function strictCsp(context, next) {
  await next();
  if (/^\/test\/pages\/strict-[\w-]+\.html$/.test(context.path)) {
    context.set('Content-Security-Policy', STRICT_CSP);
  }
}

/**
 * Policies only a header can give: report-only, and a sandbox. The reports go to
 * the test pages' own /api/ (logged under the key, see test/server/index.mjs).
 */
const HEADER_POLICIES = {
  '/test/pages/mailchimp-csp-enforced.html': [
    'Content-Security-Policy',
    "script-src 'self'; report-uri /api/csp-report?key=csp-enforced",
  ],
  '/test/pages/mailchimp-csp-report-only.html': [
    'Content-Security-Policy-Report-Only',
    "script-src 'self'; report-uri /api/csp-report?key=csp-report-only",
  ],
  '/test/pages/mailchimp-sandboxed.html': ['Content-Security-Policy', 'sandbox allow-scripts allow-forms'],
};
async function headerPolicies(context, next) {
  await next();
  const policy = HEADER_POLICIES[context.path];
  if (policy) context.set(...policy);
  // A sandboxed page's origin is opaque ("null"): its module scripts are cross-origin requests.
  if (context.get('Origin') === 'null') context.set('Access-Control-Allow-Origin', '*');
}

// The same endpoint on the test pages' own origin too, for pages whose CSP allows
// only 'self' (a partner posting sign-ups to its own server).
const api = mockServer();
async function sameOriginApi(context, next) {
  if (!context.path.startsWith('/api/')) return next();
  context.respond = false;
  await new Promise((resolve) => {
    context.res.on('close', resolve);
    api(context.req, context.res, resolve);
  });
}

export function testRunnerHtml(testFramework) {
  const imports = [testFramework, '/test/harness/serialisable-failures.ts', '/test/harness/keyboard-kept.ts']
    .map((module) => `import ${JSON.stringify(module)};`)
    .join(' ');
  return `<!DOCTYPE html><html><head></head><body><script type="module">${imports}</script></body></html>`;
}

const groups = [
  group('shared', 'test/shared'),
  group('bundle', 'test/bundle'),
  group('e2e', 'test/e2e'),
  // The static site's pages (builder, studio, docs) as a partner and campaign staff use them.
  group('site', 'test/site'),
  ...elements.map((name) => group(name, `src/components/${name}`)),
  { name: 'chromium-only', files: [`test/${ONLY_CHROMIUM}`, `src/${ONLY_CHROMIUM}`], browsers: [chromium] },
  // Node-side checks (npm pack, a TypeScript consumer) need one browser only.
  { name: 'package', files: ['test/package/**/*.test.ts'], browsers: [chromium] },
].filter(({ files }) => hasTests(files[0].split('/**')[0]));

// A test file that no group matches would never run: refuse to start instead.
const orphaned = orphans(groups);
if (orphaned.length) {
  throw new Error(
    `These test files belong to no group, so they would never run; move them into a group's folder: ${orphaned.join(', ')}`,
  );
}
// One naming scheme, so a glob, a guide or a reader finds every file by its element.
const badNames = misnamed();
if (badNames.length) {
  throw new Error(
    `Name test files <element or topic>-<what it covers>.test.ts (.chromium.test.ts for Chromium only): ${badNames.join(', ')}`,
  );
}

export default {
  rootDir: '.',
  groups,
  nodeResolve: true,
  // Unit tests run Lit's development build (extra checks); test/bundle runs the production build.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // One page at a time: Chromium pauses animation frames in a background page, and
  // fixtures wait for frames (seen: parallel pages stalled until the timeout).
  concurrency: 1,
  // forbidOnly: an `it.only` or `describe.only` left in a file fails that file
  // instead of silently dropping every other test. forbidPending: so does `it.skip`.
  testFramework: { config: { timeout: 10_000, forbidOnly: true, forbidPending: true } },
  // The default page, plus test/harness/serialisable-failures.ts right after the
  // framework: a failure whose value is a DOM node then reports by name instead of
  // stalling the file until testsFinishTimeout.
  testRunnerHtml,
  // Limits on the harness, not on what a test checks: a page that never starts or a
  // file that stalls fails after these. They are wide because a 2-core machine under
  // load (another build, another suite) can take over 30 s to open a page, and a file
  // with many tests (the package group runs npm and tsc) minutes; the package group's
  // consumer apps install and build whole framework apps, so a run with it gets 20.
  browserStartTimeout: 2 * 60_000,
  testsStartTimeout: 2 * 60_000,
  testsFinishTimeout: (withPackage ? 20 : 5) * 60_000,
  browsers: everywhere,
  middleware: [strictCsp, headerPolicies, sameOriginApi],
  // BTW_TEST_LIST_HOST: the sources under test may send Mailchimp sign-ups to the local
  // server; the production build (vite.config.ts) cannot.
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'auto', define: { BTW_TEST_LIST_HOST: 'true' } }),
    mockServerPlugin(),
    mediaPlugin(),
    nodeTasksPlugin(),
  ],
  reporters: [defaultReporter(), countReporter()],
};
