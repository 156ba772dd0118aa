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
    this.timeout(120_000);
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

describe('a Next.js 16 app-router app with the kit in a client component', () => {
  let origin = '';
  after(async () => {
    await task('stopNext');
  });

  it('builds with `next build` (the page prerendered on the server)', async function () {
    this.timeout(240_000);
    const result = await task<{ ok: boolean; output: string; origin?: string }>('buildAndStartNext');
    expect(result.ok, result.output).to.equal(true);
    expect(result.output).to.match(/○ \//);
    origin = result.origin!;
  });

  it('renders the elements after hydration, and the page’s listener hears a share', async function () {
    this.timeout(60_000);
    expect(origin, 'the app was built and started').to.not.equal('');
    const page = await task<{
      defined: string[];
      share: string[];
      signup: string | null;
      shared: string;
      errors: string[];
    }>('visitPage', { url: `${origin}/` });
    expect(page.errors).to.deep.equal([]);
    expect(page.defined).to.deep.equal(['btw-share', 'btw-signup']);
    expect(page.share.length).to.equal(3);
    expect(page.share[0]).to.match(/WhatsApp/);
    expect(page.signup).to.match(/Sign up/i);
    expect(page.shared).to.equal('Shared on whatsapp');
  });
});
