// A value from the builder's link is checked as a typed one is (demo/builder/checks.ts),
// and marked as from the link: no link can blank the page, point the kit at plain
// http, or quietly name another host (a warning by Copy names it); a document
// address from a link is not fetched until the person asks.
import { expect } from '@open-wc/testing';
import origin from '../server/origin.js';
import {
  fill,
  linkState,
  openBuilder,
  previewElement,
  previewReady,
  snippetElement,
  snippetText,
  steady,
  until,
  type Builder,
} from './builder-page.js';
import { openPage } from './site-page.js';

let b: Builder | undefined;
afterEach(() => b?.frame.remove());

const scriptSrc = (b: Builder) =>
  new DOMParser().parseFromString(snippetText(b), 'text/html').querySelector('script[src]')!.getAttribute('src')!;
const text = (b: Builder, selector: string) => b.doc.querySelector(selector)?.textContent?.trim() ?? '';

describe('builder: values from a link', function () {
  this.timeout(120_000);

  /** The builder opened with a query string, once it has drawn a snippet (whatever the link held). */
  async function openLink(search: string) {
    const page = await openPage(`/demo/builder.html${search}`);
    await until(
      () => page.doc.querySelector<HTMLTextAreaElement>('#snippet-text')?.value.includes('<btw-'),
      `the snippet of ${search.slice(0, 80)}`,
    );
    return page;
  }

  // Longer than any field takes, as long as a server takes in a request line (Node's limit is 16 kB).
  const long = 'x'.repeat(12_000);
  const LINKS = [
    '?base=x',
    '?base=javascript:alert(1)//&url=javascript:alert(1)&text=%3Cscript%3E',
    `?base=${encodeURIComponent('//evil.example/')}&url=garbage&networks=evil%20x&variant=%3Cb%3E&label=${long}`,
    `?element=btw-signup&provider=nope&action=garbage%20here&privacy-url=data:,x&page=javascript:1&fields=x%20y&tags=${long}`,
    '?element=btw-signup&provider=mailchimp&action=https%3A%2F%2Fevil.example%2Fsubscribe%2Fpost%3Fu%3Da%26id%3Db',
    `?element=btw-signup&provider=mailchimp&action=${encodeURIComponent(`https://x.us1.list-manage.com/subscribe/post?u=a&id=b&z=${long}`)}`,
    `?element=btw-recommendation&src=%25&heading-level=99&doc=%7B&base=%E0%A4%A`,
    `?element=btw-recommendation&doc=${encodeURIComponent(JSON.stringify({ locales: { en: null, constructor: { title: 1 } } }))}`,
    `?element=btw-recommendation&doc=${long}`,
    '?element=%3Cimg%20src%3Dx%3E&lang=%00&kit-lang=xx&base=http://[::1',
    '?element=btw-share&base=https://%00/&mastodon-instance=%F0%9F%92%A9&utm-source=%0A',
  ];
  it('checks every value as if typed: no link blanks the page', async () => {
    for (const search of LINKS) {
      const page = await openLink(search);
      expect(page.doc.querySelector('h1')!.textContent, search.slice(0, 80)).to.equal('Embed builder');
      expect(page.doc.querySelector('#step-settings'), search.slice(0, 80)).to.exist;
      const script = new DOMParser()
        .parseFromString(page.doc.querySelector<HTMLTextAreaElement>('#snippet-text')!.value, 'text/html')
        .querySelector('script[src]');
      // Whatever the link said, the kit's address is the builder's own.
      expect(new URL(script!.getAttribute('src')!).origin, search.slice(0, 80)).to.equal(location.origin);
      page.frame.remove();
    }
  });

  it('marks values from the link, and refuses a plain-http kit address', async () => {
    b = await openBuilder(
      '?element=btw-share&base=http://cdn.evil.example/kit/0.1.0/&url=https%3A%2F%2Fpartner.example%2Fp',
    );
    expect(scriptSrc(b)).to.equal(new URL('/dist/btw-share.js', location.href).href);
    expect(text(b, '#f-base-problem')).to.contain('https://');
    expect(b.doc.querySelector<HTMLInputElement>('#f-base')!.value).to.equal('http://cdn.evil.example/kit/0.1.0/');
    expect(b.doc.querySelector('#f-url-from-link'), 'the url is marked').to.exist;
    expect(b.doc.querySelector('#f-base-from-link'), 'the base is marked').to.exist;
    expect(text(b, '#snippet-hosts')).to.not.contain('evil');
    expect(b.doc.querySelector('#snippet-warning')).to.equal(null);
    await expect(b.doc.documentElement).to.be.accessible();
  });

  it('warns by Copy about an https kit host from the link, naming it, and not about one typed', async () => {
    b = await openBuilder('?element=btw-share&base=https://cdn.evil.example/kit/0.1.0/');
    expect(scriptSrc(b)).to.equal('https://cdn.evil.example/kit/0.1.0/btw-share.js');
    expect(text(b, '#snippet-hosts')).to.contain('cdn.evil.example');
    expect(text(b, '#snippet-warning')).to.contain('cdn.evil.example');
    expect(b.doc.querySelector('#copy')!.getAttribute('aria-describedby')).to.equal('snippet-warning');
    await expect(b.doc.documentElement).to.be.accessible();
    b.frame.remove();

    b = await openBuilder('?element=btw-share');
    fill(b, '#f-base', 'https://cdn.partner.example/kit/0.1.0/');
    await until(() => text(b!, '#snippet-hosts').includes('cdn.partner.example'), 'the typed host in the list');
    expect(b.doc.querySelector('#snippet-warning')).to.equal(null);
    expect(b.doc.querySelector('#f-base-from-link')).to.equal(null);
  });

  it('warns about a sign-up endpoint from the link until the person types it', async () => {
    b = await openBuilder('?element=btw-signup&provider=form&action=https%3A%2F%2Fcollect.evil.example%2Fs');
    expect(text(b, '#snippet-warning')).to.contain('collect.evil.example');
    fill(b, '#f-action', 'https://collect.partner.example/s');
    await until(() => !b!.doc.querySelector('#snippet-warning'), 'no warning for a typed endpoint');
    expect(text(b, '#snippet-hosts')).to.contain('collect.partner.example');
  });

  it('fetches no document from the link until the person asks for the preview', async () => {
    const key = `link-src-${Math.random().toString(36).slice(2)}`;
    const src = `${origin}/api/documents/root-causes?key=${key}`;
    b = await openBuilder(`?element=btw-recommendation&src=${encodeURIComponent(src)}`);
    await steady(b);
    expect(snippetElement(b).getAttribute('src'), 'the snippet keeps it').to.equal(src);
    expect(text(b, '#snippet-warning')).to.contain(new URL(origin).host);
    const log = async () => (await (await fetch(`${origin}/api/log?key=${key}`)).json()) as unknown[];
    expect(await log(), 'no request before asked').to.deep.equal([]);
    await expect(b.doc.documentElement).to.be.accessible();
    b.doc.querySelector<HTMLButtonElement>('#load-src')!.click();
    await until(async () => (await log()).length > 0, 'the request, once asked');
    await previewReady(b);
    expect(b.doc.querySelector('#load-src')).to.equal(null);
  });

  it('opens a link that carries a whole document, which a server refuses as a query string', async () => {
    const json = await (await fetch('/demo/recommendations/root-causes.json')).text();
    const state = new URLSearchParams({ element: 'btw-recommendation', doc: json });
    expect(state.toString().length, 'longer than a server takes').to.be.above(16_384);
    // The control: the same state as a query string, refused by the test server (Node's, as `npm start`'s is).
    expect((await fetch(`/demo/builder.html?${state}`)).status).to.equal(431);
    b = await openBuilder(`#${state}`);
    await previewReady(b);
    const title = previewElement(b)!.shadowRoot!.querySelector('[part=title]')!;
    expect(title.textContent).to.equal('Partner with Central America on the root causes of migration');
    expect(snippetText(b)).to.contain('Partner with Central America on the root causes of migration');
    expect(JSON.parse(linkState(b).get('doc')!)).to.deep.equal(JSON.parse(json));
    expect(b.win.location.search).to.equal('');
  });
});
