import { expect } from '@open-wc/testing';
import type { Manifest } from '../../scripts/build-manifest.mjs';

// The built site (npm test builds it first), crawled from its front page as a
// visitor's browser would: every page, script, style, image and document it
// refers to must be there, by a relative address, and no file may name the
// machine that built it.

const SITE = new URL('/site/', location.origin);

/** Addresses of the build machine: a local server, or a file path. */
const MACHINE = [/\b(?:https?|wss?):\/\/(?:localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)\b/, /\bfile:\/\/\//];

type Found = { from: string; url: URL };

/** The ids of each HTML page crawled, to check links to a place in another page. */
const ids = new Map<string, Set<string>>();

/** What an HTML page refers to. */
function htmlRefs(text: string, base: URL, problems: string[]): URL[] {
  const doc = new DOMParser().parseFromString(text, 'text/html');
  ids.set(base.href.split('#')[0], new Set([...doc.querySelectorAll('[id]')].map((el) => el.id)));
  const refs: URL[] = [];
  const add = (value: string | null, what: string) => {
    if (value === null || value === '' || /^(data|mailto|javascript):/.test(value) || value.startsWith('#')) {
      if (value?.startsWith('#') && value.length > 1 && !doc.getElementById(decodeURIComponent(value.slice(1))))
        problems.push(`${base.pathname}: ${what} ${value}: no such id`);
      return;
    }
    if (/^[a-z]+:|^\/\//i.test(value)) {
      const url = new URL(value, base);
      if (url.origin === location.origin) problems.push(`${base.pathname}: ${what} ${value} is absolute`);
      return; // another site: not ours to crawl
    }
    if (value.startsWith('/'))
      problems.push(`${base.pathname}: ${what} ${value} is relative to the host's root, not to the page`);
    refs.push(new URL(value, base));
  };
  for (const el of doc.querySelectorAll('a[href], link[href]')) add(el.getAttribute('href'), el.localName);
  for (const el of doc.querySelectorAll('script[src], img[src], iframe[src], source[src], btw-recommendation[src]')) {
    // The test server adds its own reload script to every HTML page it serves.
    if (!el.getAttribute('src')!.startsWith('/__web-dev-server')) add(el.getAttribute('src'), el.localName);
  }
  for (const el of doc.querySelectorAll('form[action], btw-signup[action]')) {
    if (el.getAttribute('action')!.startsWith('/'))
      problems.push(`${base.pathname}: ${el.localName} action is relative to the host's root`);
  }
  const kit = doc.documentElement.dataset.kit;
  if (kit !== undefined) add(`${kit}manifest.json`, 'data-kit');
  return refs;
}

/** What a stylesheet, a document or a script refers to, beyond its text. */
function otherRefs(text: string, url: URL): URL[] {
  if (url.pathname.endsWith('.css'))
    return [...text.matchAll(/url\(\s*["']?(?!data:)([^"')]+)/g)].map(([, ref]) => new URL(ref, url));
  if (url.pathname.endsWith('.js')) {
    const map = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text);
    return map ? [new URL(map[1], url)] : [];
  }
  if (url.pathname.includes('/recommendations/') && url.pathname.endsWith('.json')) {
    const doc = JSON.parse(text);
    return Object.values(doc.locales as Record<string, { image?: { src: string } }>)
      .map((locale) => locale.image?.src)
      .filter((src): src is string => !!src && !/^https?:/.test(src))
      .map((src) => new URL(src, url));
  }
  return [];
}

/** Pages whose fragment is their configuration: the builder (demo/builder/state.ts) and the share page. */
const STATE_IN_FRAGMENT = ['builder.html', 'share.html'];

async function crawl() {
  const seen = new Set<string>();
  const problems: string[] = [];
  const queue: Found[] = [{ from: '(start)', url: new URL('index.html', SITE) }];
  const fragments: Found[] = [];
  while (queue.length) {
    const { from, url } = queue.shift()!;
    if (url.hash) fragments.push({ from, url: new URL(url) });
    url.hash = '';
    if (seen.has(url.href)) continue;
    seen.add(url.href);
    if (!url.href.startsWith(SITE.href)) {
      problems.push(`${from}: ${url.pathname} is outside the site`);
      continue;
    }
    const response = await fetch(url);
    if (!response.ok) {
      problems.push(`${from}: ${url.pathname} is missing (${response.status})`);
      continue;
    }
    const text = await response.text();
    for (const pattern of MACHINE)
      if (pattern.test(text)) problems.push(`${url.pathname} names the build machine: ${pattern.exec(text)![0]}`);
    const refs = url.pathname.endsWith('.html') ? htmlRefs(text, url, problems) : otherRefs(text, url);
    for (const ref of refs) queue.push({ from: url.pathname, url: ref });
  }
  for (const { from, url } of fragments) {
    // These pages keep their state after the `#` (`#lang=es`), not an id.
    if (STATE_IN_FRAGMENT.some((page) => url.pathname.endsWith(`/${page}`))) continue;
    const id = decodeURIComponent(url.hash.slice(1));
    if (!ids.get(url.href.split('#')[0])?.has(id))
      problems.push(`${from}: ${url.pathname}${url.hash}: no such id there`);
  }
  return { seen: [...seen].map((href) => href.slice(SITE.href.length)), problems };
}

describe('the static site', function () {
  // The crawl fetches every file of the site, one at a time.
  this.timeout(60_000);
  it('has no broken link, no address outside it and no address of the build machine', async () => {
    const { seen, problems } = await crawl();
    expect(problems).to.deep.equal([]);
    // The crawl reached every part of the site.
    expect(seen).to.include.members([
      'index.html',
      'studio.html',
      'docs/index.html',
      'docs/elements/btw-share.html',
      'recommendations/root-causes.json',
    ]);
    expect(
      seen.some((path) => /^kit\/[^/]+\/btw\.js$/.test(path)),
      'the kit',
    ).to.be.true;
  });

  it('loads the built kit on every page with its SRI hash, and the browser accepts it', async () => {
    const pages = ['index.html', 'studio.html'];
    for (const page of pages) {
      const text = await (await fetch(new URL(page, SITE))).text();
      const doc = new DOMParser().parseFromString(text, 'text/html');
      expect(doc.querySelector('script[src="/src/index.ts"]'), `${page}: no kit source`).to.be.null;
      const kit = doc.documentElement.dataset.kit!;
      expect(kit, page).to.match(/^\.\/kit\/[^/]+\/$/);
      const manifest: Manifest = await (await fetch(new URL(`${kit}manifest.json`, SITE))).json();
      const script = doc.querySelector<HTMLScriptElement>(`script[src^="${kit}"]`)!;
      const entry = manifest.files.find(({ file }) => script.getAttribute('src') === `${kit}${file}`)!;
      expect(script.getAttribute('integrity'), page).to.equal(entry.integrity);
      expect(script.getAttribute('crossorigin'), page).to.equal('anonymous');
      expect((await fetch(new URL(`${kit}custom-elements.json`, SITE))).ok, `${page}: the builder's data`).to.be.true;
    }
    // The browser checks the hash: with a wrong one the elements would never be defined.
    const frame = document.createElement('iframe');
    frame.src = new URL('index.html', SITE).href;
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow!;
      await win.customElements.whenDefined('btw-share');
      expect(win.customElements.get('btw-recommendation'), 'defined by the pinned bundle').to.exist;
    } finally {
      frame.remove();
    }
  });
});
