import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/shared/url.js';

/** Runs `fn`, returning what it gave and every console.warn it caused. */
function withWarnings<T>(fn: () => T): [T, string[]] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    return [fn(), warnings];
  } finally {
    console.warn = original;
  }
}

const where = { element: 'btw-share', field: 'url' };

describe('safeUrl', () => {
  it('keeps http and https URLs, normalised', () => {
    const [urls, warnings] = withWarnings(() => [
      safeUrl('https://example.org/a b?q=ñ#top', where),
      safeUrl('  http://example.org  ', where),
    ]);
    expect(urls).to.deep.equal(['https://example.org/a%20b?q=%C3%B1#top', 'http://example.org/']);
    expect(warnings).to.deep.equal([]);
  });

  for (const bad of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    'ftp://example.org/',
  ]) {
    it(`drops ${JSON.stringify(bad)} and warns naming element and field`, () => {
      const [url, warnings] = withWarnings(() => safeUrl(bad, where));
      expect(url).to.equal(undefined);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<btw-share>').and.contain('url').and.contain('only http: or https:');
    });
  }

  for (const malformed of ['http://', 'https://example.org:99999/', 'http://[::1', 'https:']) {
    it(`drops the malformed ${JSON.stringify(malformed)}`, () => {
      const [url, warnings] = withWarnings(() => safeUrl(malformed, where));
      expect(url).to.equal(undefined);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<btw-share>').and.contain('url');
    });
  }

  it('resolves a relative URL against the page', () => {
    const [url] = withWarnings(() => safeUrl('/beyond-the-wall/root-causes?x=1', where));
    expect(url).to.equal(new URL('/beyond-the-wall/root-causes?x=1', location.href).href);
    expect(url!.startsWith(location.origin)).to.equal(true);
  });

  it('resolves a relative URL against a given base, and drops it when the base is not http(s)', () => {
    expect(safeUrl('doc.json', { ...where, base: 'https://example.org/data/' })).to.equal(
      'https://example.org/data/doc.json',
    );
    const [url, warnings] = withWarnings(() => safeUrl('doc.json', { ...where, base: 'file:///home/me/' }));
    expect(url).to.equal(undefined);
    expect(warnings).to.have.length(1);
  });

  it('allows mailto: only when asked', () => {
    const [urls, warnings] = withWarnings(() => [
      safeUrl('mailto:?subject=Hi', { ...where, mailto: true }),
      safeUrl('mailto:?subject=Hi', where),
    ]);
    expect(urls).to.deep.equal(['mailto:?subject=Hi', undefined]);
    expect(warnings).to.have.length(1);
  });

  it('treats an empty value as not set, without a warning', () => {
    const [urls, warnings] = withWarnings(() => [safeUrl('', where), safeUrl(null, where), safeUrl('   ', where)]);
    expect(urls).to.deep.equal([undefined, undefined, undefined]);
    expect(warnings).to.deep.equal([]);
  });
});
