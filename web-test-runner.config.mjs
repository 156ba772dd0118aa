// Tests run in a real Chromium (Debian's, found or installed by scripts/browser.mjs),
// one group per folder: test/shared, test/bundle, and each src/components/<element>.
// `--group NAME` runs one of them.
import { existsSync, readdirSync } from 'node:fs';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { CHROME_FLAGS, findBrowser } from './scripts/browser.mjs';
import { startMockServer } from './test/server/index.mjs';
import { countReporter } from './test/count-reporter.mjs';
import { mediaPlugin } from './test/media-plugin.mjs';

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

export default {
  rootDir: '.',
  groups: [
    { name: 'shared', files: 'test/shared/**/*.test.ts' },
    { name: 'bundle', files: 'test/bundle/**/*.test.ts' },
    ...elements.map((name) => ({ name, files: `src/components/${name}/**/*.test.ts` })),
  ],
  nodeResolve: true,
  // Unit tests run Lit's development build (extra checks); test/bundle runs the production build.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // One page at a time: Chromium pauses animation frames in a background page, and
  // fixtures wait for frames (seen: parallel pages stalled until the timeout).
  concurrency: 1,
  testFramework: { config: { timeout: 10_000 } },
  testsFinishTimeout: 5 * 60_000,
  browsers: [chromeLauncher({ launchOptions: { executablePath: findBrowser(), args: CHROME_FLAGS } })],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'auto' }), mockServerPlugin(), mediaPlugin()],
  reporters: [defaultReporter(), countReporter()],
};
