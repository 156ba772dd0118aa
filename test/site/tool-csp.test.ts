// The builder and the studio as the site serves them (site/, `node scripts/build-site.mjs`),
// under their own Content-Security-Policy <meta> with Trusted Types: the policy is there
// and strict, and the main flow of each page runs without a single violation or console error.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until as untilAny } from '../helpers/until.js';
import { headersFor, parseHeaders } from '../../scripts/site-headers.mjs';
import { openPage, type Page } from './site-page.js';

type Watched = Page & { problems: string[] };

/** Opens a built page, listening from the start for violations, errors and console errors. */
async function openWatched(path: string): Promise<Watched> {
  const problems: string[] = [];
  let watched: Window | undefined;
  const page = await openPage(path, {
    watch: (win) => {
      watched = win;
      win.addEventListener('securitypolicyviolation', (event) =>
        problems.push(
          `violation: ${event.effectiveDirective} ${event.blockedURI} ${event.sample} ${(event.target as Element).outerHTML?.slice(0, 100) ?? ''}`.trim(),
        ),
      );
      // Not counted: the notice that a ResizeObserver (the preview's measuring) saw a size
      // change within its own callback; the browser delivers it next frame, nothing is lost.
      win.addEventListener('error', (event) => {
        if (!event.message.startsWith('ResizeObserver loop')) problems.push(`error: ${event.message}`);
      });
      win.addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${event.reason}`));
      const consoleError = win.console.error.bind(win.console);
      win.console.error = (...args: unknown[]) => {
        problems.push(`console.error: ${args.join(' ')}`);
        consoleError(...args);
      };
    },
  });
  expect(page.win, 'the page kept the window the listeners are on').to.equal(watched);
  return { ...page, problems };
}

/** The page's policy, from its <meta>, as directive → sources. */
function policyOf(doc: Document) {
  const metas = doc.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]');
  expect(metas.length, 'one CSP <meta>').to.equal(1);
  expect(metas[0].parentElement, 'the CSP <meta> is in <head>').to.equal(doc.head);
  const before = [...doc.querySelectorAll('script')].filter(
    (script) => script.compareDocumentPosition(metas[0]) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  expect(
    before.map((script) => script.outerHTML),
    'scripts before the CSP',
  ).to.deep.equal([]);
  return new Map(
    metas[0]
      .getAttribute('content')!
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((p) => p[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

function expectStrict(doc: Document) {
  const policy = policyOf(doc);
  expect(policy.get('default-src')).to.deep.equal(["'self'"]);
  expect(policy.get('script-src')).to.deep.equal(["'self'"]);
  expect(policy.get('style-src')).to.deep.equal(["'self'"]);
  expect(policy.get('object-src')).to.deep.equal(["'none'"]);
  expect(policy.get('base-uri')).to.deep.equal(["'none'"]);
  expect(policy.get('form-action')).to.deep.equal(["'none'"]);
  expect(policy.get('require-trusted-types-for')).to.deep.equal(["'script'"]);
  expect(policy.get('trusted-types')).to.deep.equal(['lit-html']);
  // Style attributes only (the no-script preview's styling): they cannot run script.
  expect(policy.get('style-src-attr')).to.deep.equal(["'unsafe-inline'"]);
  for (const [name, sources] of policy) {
    if (name === 'style-src-attr') continue;
    for (const source of sources) expect(source, name).to.not.match(/unsafe|^\*$|^'strict-dynamic'$|^http:$/);
  }
}

const close = (page?: Watched) => page?.frame.remove();
let current: Watched | undefined;

/** `until`, saying on a timeout what the page reported (a blocked script or style is often why). */
async function until<T>(check: () => T, what: string) {
  try {
    return await untilAny(check, what);
  } catch (error) {
    throw new Error(`${(error as Error).message}; the page reported: ${JSON.stringify(current?.problems)}`, {
      cause: error,
    });
  }
}

describe('the builder and the studio under their own CSP and Trusted Types (built site)', function () {
  this.timeout(60_000);
  let page: Watched | undefined;
  afterEach(() => close(page));

  for (const lang of ['en', 'es']) {
    it(`builder (${lang}): choose an element, change an attribute, the preview and the snippet follow, Copy; no violation`, async () => {
      current = page = await openWatched(`/site/builder.html?lang=${lang}`);
      const { doc } = page;
      expectStrict(doc);
      const snippet = () => doc.querySelector<HTMLTextAreaElement>('#snippet-text')?.value ?? '';
      await until(() => doc.querySelector('#element-btw-share'), 'the element choice');
      doc.querySelector<HTMLInputElement>('#element-btw-share')!.click();
      await until(() => snippet().includes('<btw-share'), 'the share snippet');
      const preview = await until(
        () => doc.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('#preview-frame > btw-share'),
        'the preview',
      );
      const text = doc.querySelector<HTMLInputElement>('#f-text')!;
      text.value = 'Más allá del muro';
      text.dispatchEvent(new Event('input', { bubbles: true }));
      await until(() => preview.getAttribute('text') === 'Más allá del muro', 'the preview takes the text');
      await until(() => snippet().includes('text="Más allá del muro"'), 'the snippet takes the text');
      const copy = doc.querySelector<HTMLButtonElement>('#copy')!;
      copy.focus();
      await sendKeys({ press: 'Enter' });
      await until(
        () => doc.querySelector('#copy-status')!.textContent === (lang === 'es' ? 'Copiado' : 'Copied'),
        'Copy is announced',
      );
      // The no-script output, shown as readers without JavaScript see it (inline styles and all).
      doc.querySelector<HTMLInputElement>('#output-noscript')!.click();
      const post = await until(() => doc.querySelector<HTMLInputElement>('#f-post-url'), 'the post address field');
      post.value = 'https://blog.example/muro';
      post.dispatchEvent(new Event('input', { bubbles: true }));
      await until(() => doc.querySelector('#noscript-preview a[href^="https://"]'), 'the no-script preview');
      // Its only styling is inline, and the policy lets it apply, as on the reader's page.
      const label = doc.querySelector<HTMLElement>('#noscript-preview p[style*="font-weight: 600"]')!;
      expect(getComputedStyle(label).fontWeight, 'an inline style of the no-script preview').to.equal('600');
      // A sign-up with its share step: the thanks readers see, previewed.
      doc.querySelector<HTMLInputElement>('#element-btw-signup')!.click();
      await until(() => doc.querySelector('#preview-frame > btw-signup'), 'the sign-up preview');
      await until(() => doc.querySelector('#f-share-step'), 'the share step option');
      doc.querySelector<HTMLInputElement>('#f-share-step')!.click();
      await until(() => doc.querySelector('#share-step-preview btw-share'), 'the share step preview');
      expect(page.problems).to.deep.equal([]);
    });
  }

  it('site/_headers sends the same policy for both pages, with frame-ancestors, which a <meta> cannot say', async () => {
    const rules = parseHeaders(await (await fetch('/site/_headers')).text());
    for (const path of ['builder.html', 'studio.html']) {
      const html = await (await fetch(`/site/${path}`)).text();
      const meta = new DOMParser()
        .parseFromString(html, 'text/html')
        .querySelector('meta[http-equiv="Content-Security-Policy"]')!
        .getAttribute('content');
      expect(headersFor(rules, `/${path}`)['Content-Security-Policy'], path).to.equal(
        `${meta}; frame-ancestors 'none'`,
      );
    }
  });

  for (const lang of ['en', 'es']) {
    it(`studio (${lang}): edit the document, the status and the preview follow, Download; no violation`, async () => {
      current = page = await openWatched(`/site/studio.html?lang=${lang}`);
      const { doc, win } = page;
      expectStrict(doc);
      const area = await until(() => doc.querySelector<HTMLTextAreaElement>('#json'), 'the editor');
      await until(() => area.value, 'the demo document');
      const title = () =>
        doc
          .querySelector('.preview[data-variant="card"][data-lang="en"] btw-recommendation')
          ?.shadowRoot?.querySelector('[part~="title"]')
          ?.textContent?.trim();
      const status = () => doc.querySelector('#problems-heading + [role="status"]')?.textContent?.trim();
      await until(() => title(), 'the preview');
      const valid = lang === 'es' ? 'El documento es válido.' : 'The document is valid.';
      const edit = (text: string) => {
        area.focus();
        area.value = text;
        area.dispatchEvent(new win.InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      };
      const good = area.value.replace(/"title": "[^"]*"/, '"title": "Más allá del muro"');
      edit(good.replace('"locales"', '"locales" oops'));
      await until(() => status() && status() !== valid, 'the status says the text is broken');
      edit(good);
      await until(
        () => status() === valid && title() === 'Más allá del muro',
        'the status and the preview follow the text',
      );
      const saved: Blob[] = [];
      const createObjectURL = win.URL.createObjectURL.bind(win.URL);
      win.URL.createObjectURL = (blob: Blob) => (saved.push(blob), createObjectURL(blob));
      // The download link's click is recorded, not followed: a real download in Firefox
      // takes the keyboard away from the test pages that come after this one.
      const followed: string[] = [];
      win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        followed.push(this.download);
      };
      [...doc.querySelectorAll<HTMLButtonElement>('button')]
        .find((b) => b.textContent === (lang === 'es' ? 'Descargar el JSON' : 'Download the JSON'))!
        .click();
      expect(saved.length, 'one file saved').to.equal(1);
      expect(followed, 'one download link, named as the document').to.deep.equal(['root-causes.json']);
      expect(await saved[0].text()).to.equal(good);
      expect(page.problems).to.deep.equal([]);
    });
  }
});
