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
  defined: string[];
  share: string[];
  signup: string | null;
  loaded: string;
  shared: string;
  errors: string[];
  hydration: string[];
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
// tarball (test/package/next-tasks.mjs), following docs/guides/frameworks.md: the kit
// imported in a client component, events heard through refs.
describe('a Next.js 16 app-router app with the kit in a client component, outside the repository', () => {
  after(async () => {
    await task('stopNext', { mode: 'start' });
    await task('stopNext', { mode: 'dev' });
  });

  it('builds with `next build` (type check included; the page prerendered on the server), then hydrates with no hydration message', async function () {
    this.timeout(900_000);
    const result = await task<{ ok: boolean; output: string; origin?: string; outside?: boolean }>('buildAndStartNext');
    expect(result.ok, result.output).to.equal(true);
    expect(result.outside).to.equal(true);
    expect(result.output).to.match(/○ \//);
    expectHydrated(await task<Visit>('visitPage', { url: `${result.origin}/` }));
  });

  it('runs under `next dev` and hydrates there with no hydration message', async function () {
    this.timeout(600_000);
    const result = await task<{ ok: boolean; output: string; origin?: string }>('startNextDev');
    expect(result.ok, result.output).to.equal(true);
    expectHydrated(await task<Visit>('visitPage', { url: `${result.origin}/` }));
  });
});
