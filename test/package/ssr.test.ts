import { expect } from '@open-wc/testing';
import { task } from './task.js';

interface Report {
  exports: string[];
  parts: string[];
  added: string[];
  defined: unknown;
}
interface NodeImport {
  ok: boolean;
  output: string;
  report: Report | null;
  edge?: Report;
}

describe('server-side rendering', () => {
  it('imports in Node without a DOM (the kit and each element’s entry): no error, nothing defined, the browser bundle’s export names', async function () {
    this.timeout(300_000);
    const result = await task<NodeImport>('importInNode');
    expect(result.ok, result.output).to.equal(true);
    const browser = await import('/dist/btw.js' as string);
    expect(result.report!.exports).to.deep.equal(Object.keys(browser).sort());
    expect(result.report!.parts).to.deep.equal(['share', 'signup', 'recommendation']);
    expect(result.report!.added, 'globals the import added').to.deep.equal([]);
    expect(result.report!.defined).to.equal(null);
    // An edge runtime (workerd, Vercel's edge-light) has no DOM either, though it also matches `browser`.
    expect(result.edge).to.deep.equal(result.report);
  });
});

interface Visit {
  html: string;
  defined: string[];
  share: string[];
  signup: string | null;
  loaded: string;
  shared: string;
  errors: string[];
  hydration: string[];
  warnings: string[];
}
interface Started {
  ok: boolean;
  output: string;
  origin?: string;
  outside?: boolean;
}

/** What a reader of the hydrated page gets, and what the console said about hydration. */
function expectHydrated(page: Visit) {
  expect(page.errors).to.deep.equal([]);
  expect(page.hydration, 'hydration warnings and errors in the console').to.deep.equal([]);
  expect(page.defined).to.deep.equal(['btw-recommendation', 'btw-share', 'btw-signup']);
  expect(page.share.length).to.equal(3);
  expect(page.share[0]).to.match(/WhatsApp/);
  expect(page.signup).to.match(/Sign up/i);
  expect(page.loaded).to.equal('short');
  expect(page.shared).to.equal('Shared on whatsapp (BTW-SHARE)');
}

// test/consumers/next, copied out of the repository with its own dependencies and the
// tarball (test/package/ssr-tasks.mjs), following docs/guides/frameworks.md: the kit
// imported in a client component, events heard through refs.
describe('a Next.js 16 app-router app with the kit in a client component, outside the repository', () => {
  after(async () => {
    await task('stopServer', { name: 'next start' });
    await task('stopServer', { name: 'next dev' });
  });

  it('builds with `next build` (type check included; the page prerendered on the server), then hydrates with no hydration message', async function () {
    this.timeout(900_000);
    const result = await task<Started>('buildAndStartNext');
    expect(result.ok, result.output).to.equal(true);
    expect(result.outside).to.equal(true);
    expect(result.output).to.match(/○ \//);
    expectHydrated(await task<Visit>('visitPage', { url: `${result.origin}/` }));
  });

  it('runs under `next dev` and hydrates there with no hydration message', async function () {
    this.timeout(600_000);
    const result = await task<Started>('startNextDev');
    expect(result.ok, result.output).to.equal(true);
    expectHydrated(await task<Visit>('visitPage', { url: `${result.origin}/` }));
  });
});

// test/consumers/nuxt, installed the same way, set up as docs/guides/frameworks.md
// shows: Vue told that btw-* tags are custom elements (`vue.compilerOptions`), the
// package's Vue types in `typescript.tsConfig`, the kit loaded by a client plugin.
describe('a Nuxt 4 app with the kit in a client plugin, outside the repository', () => {
  after(async () => {
    await task('stopServer', { name: 'nuxt' });
    await task('stopServer', { name: 'nuxt dev' });
  });

  it('type-checks with `nuxt typecheck`, builds with `nuxt build`, serves plain tags from its server, then hydrates with no hydration message or warning', async function () {
    this.timeout(900_000);
    const result = await task<Started & { serverPackages?: string[] }>('buildAndStartNuxt');
    expect(result.ok, result.output).to.equal(true);
    expect(result.outside).to.equal(true);
    // The `.client` plugin keeps the kit out of the server build: Nitro ships Vue for it, not the kit.
    expect(result.serverPackages).to.include('vue');
    expect(result.serverPackages).not.to.include('beyond-the-wall-widgets');
    const page = await task<Visit>('visitPage', { url: `${result.origin}/` });
    // The server renders the tags as written, with nothing inside: the kit runs in the browser only.
    expect(page.html).to.include(
      '<btw-share url="https://example.org/beyond-the-wall/root-causes" networks="whatsapp email copy"></btw-share>',
    );
    expect(page.html).to.include('<btw-signup action="/api/signup" consent></btw-signup>');
    expect(page.html).to.include('<btw-recommendation src="/recommendations/root-causes.json"></btw-recommendation>');
    expectHydrated(page);
    expect(page.warnings, 'console warnings and errors').to.deep.equal([]);
  });

  it('runs under `nuxt dev` and hydrates there with no hydration message or warning', async function () {
    this.timeout(600_000);
    const result = await task<Started>('startNuxtDev');
    expect(result.ok, result.output).to.equal(true);
    const page = await task<Visit>('visitPage', { url: `${result.origin}/` });
    expectHydrated(page);
    // Vue's development build warns here about a tag it took for a component.
    expect(page.warnings, 'console warnings and errors').to.deep.equal([]);
  });
});
