import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { until } from '../../../test/helpers/until.js';
import { httpSettings, RequestError } from '../../shared/http.js';
import { $, $$, capture, docUrl, newKey, requests, settled, text } from '../../../test/helpers/recommendation.js';
import { DocumentError } from './document.js';
import type { BtwRecommendation } from './recommendation.js';

const defaults = { ...httpSettings };

describe('<btw-recommendation> loading', () => {
  afterEach(() => Object.assign(httpSettings, defaults));

  it('says it is loading (state `loading`), then renders (state `ready`)', async () => {
    const el = await fixture<BtwRecommendation>(
      html`<btw-recommendation src=${docUrl('short', newKey(), '&delay=600')}></btw-recommendation>`,
    );
    expect(el.state).to.equal('loading');
    // Busy in the shadow root, where assistive technology reads it; never an attribute on the host.
    const box = [...el.shadowRoot!.children].find((child) => child.localName === 'div')!;
    expect(box.getAttribute('aria-busy')).to.equal('true');
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    const loading = $(el, '[part="loading"]')!;
    expect(text(loading)).to.equal('Loading…');
    expect(loading.getBoundingClientRect().height).to.be.above(100);
    await expect(el).to.be.accessible();
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(box.hasAttribute('aria-busy')).to.equal(false);
    expect($(el, '[part="loading"]')).to.equal(null);
  });

  it('says it is loading in Spanish', async () => {
    const el = await fixture<BtwRecommendation>(
      html`<btw-recommendation lang="es" src=${docUrl('short', newKey(), '&delay=600')}></btw-recommendation>`,
    );
    expect(text($(el, '[part="loading"]'))).to.equal('Cargando…');
  });

  it('shows the light-DOM fallback until the document renders, then hides it', async () => {
    const el = await fixture<BtwRecommendation>(html`<btw-recommendation src=${docUrl('short', newKey(), '&delay=600')}>
      <h2 id="fb">Fallback heading</h2>
    </btw-recommendation>`);
    const fallback = el.querySelector('#fb')!;
    expect(fallback.checkVisibility(), 'fallback visible while loading').to.equal(true);
    expect($(el, '[part="loading"]'), 'no loading text over a fallback').to.equal(null);
    await settled(el);
    expect(fallback.checkVisibility(), 'fallback hidden after render').to.equal(false);
    expect(text($(el, '[part="title"]'))).to.equal('Short title');
  });

  it('hides the loading text while fallback content is added, and shows it again when it goes', async () => {
    const el = await fixture<BtwRecommendation>(
      html`<btw-recommendation src=${docUrl('short', newKey(), '&delay=3000')}></btw-recommendation>`,
    );
    expect($(el, '[part="loading"]')).to.not.equal(null);
    const fallback = Object.assign(document.createElement('p'), { textContent: 'Fallback' });
    el.append(fallback);
    await until(() => !$(el, '[part="loading"]'), 'loading text still shown over the fallback');
    fallback.remove();
    await until(() => $(el, '[part="loading"]'), 'loading text not shown again');
  });

  it('shares one request between two elements with the same src', async () => {
    const key = newKey();
    const url = docUrl('full', key, '&delay=200');
    const wrapper = await fixture(html`<div>
      <btw-recommendation src=${url}></btw-recommendation>
      <btw-recommendation variant="full" src=${url}></btw-recommendation>
    </div>`);
    const [a, b] = wrapper.querySelectorAll('btw-recommendation');
    await settled(a);
    await settled(b);
    expect([text($(a, '[part="title"]')), text($(b, '[part="title"]'))]).to.deep.equal([
      'Fixture title',
      'Fixture title',
    ]);
    expect(await requests(key)).to.have.length(1);
  });

  it('keeps a shared request going while one of its elements still waits for it', async () => {
    const key = newKey();
    const url = docUrl('short', key, '&delay=600');
    const wrapper = await fixture(html`<div>
      <btw-recommendation src=${url}></btw-recommendation>
      <btw-recommendation src=${url}></btw-recommendation>
    </div>`);
    const [a, b] = wrapper.querySelectorAll('btw-recommendation');
    await until(async () => (await requests(key)).length === 1, 'request not received');
    a.remove();
    await settled(b);
    expect(text($(b, '[part="title"]'))).to.equal('Short title');
    const sent = await requests(key);
    expect(sent).to.have.length(1);
    expect(sent[0].aborted, 'not aborted').to.not.equal(true);
  });

  it('aborts the first load when src changes, and shows only the second document', async () => {
    const key = newKey();
    const el = await fixture<BtwRecommendation>(
      html`<btw-recommendation src=${docUrl('full', key, '&delay=3000')}></btw-recommendation>`,
    );
    await until(async () => (await requests(key)).length === 1, 'first request not received');
    const events: string[] = [];
    el.addEventListener('btw-recommendation-error', () => events.push('error'));
    el.src = docUrl('other', key);
    await settled(el);
    expect(text($(el, '[part="title"]'))).to.equal('Other document');
    await until(async () => (await requests(key))[0].aborted === true, 'first request not aborted');
    expect(events).to.deep.equal([]);
  });

  it('aborts a pending load when the element leaves the page, and loads again when it comes back', async () => {
    const key = newKey();
    const el = await fixture<BtwRecommendation>(
      html`<btw-recommendation src=${docUrl('short', key, '&delay=3000')}></btw-recommendation>`,
    );
    await until(async () => (await requests(key)).length === 1, 'request not received');
    const parent = el.parentElement!;
    el.remove();
    await until(async () => (await requests(key))[0].aborted === true, 'request not aborted');
    el.src = docUrl('short', key);
    parent.append(el);
    await settled(el);
    expect(text($(el, '[part="title"]'))).to.equal('Short title');
  });
});

describe('<btw-recommendation> errors', () => {
  afterEach(() => Object.assign(httpSettings, defaults));

  /** Loads `src`, returning the element, the error event's detail and what was logged. */
  async function failing(src: string, lang = 'en') {
    let el!: BtwRecommendation;
    let detail!: { error: Error };
    const logged = await capture('error', async () => {
      el = await fixture<BtwRecommendation>(html`<btw-recommendation lang=${lang} src=${src}></btw-recommendation>`);
      detail = (await oneEvent(el, 'btw-recommendation-error')).detail;
    });
    await el.updateComplete;
    return { el, error: detail.error, logged };
  }

  const invalid = [
    ['missing-actions', 'locales.en.actions'],
    ['wrong-types', 'locales.es.actions[2].title'],
    ['unknown-kind', 'locales.en.links[1].kind'],
    ['version-2', 'schemaVersion'],
    ['wrong-content', 'schemaVersion'],
  ];
  for (const [name, path] of invalid) {
    it(`shows an error naming ${path} for the ${name} document, with a link to its url`, async () => {
      const { el, error, logged } = await failing(docUrl(name));
      expect(error).to.be.instanceOf(DocumentError);
      expect((error as DocumentError).path).to.equal(path);
      expect(
        logged.some((line) => line.includes('<btw-recommendation>') && line.includes(path)),
        logged.join('\n'),
      ).to.equal(true);
      const box = $(el, '[part="error"]')!;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(text(box)).to.contain('This recommendation cannot be shown here.');
      const link = box.querySelector('a');
      if (name === 'wrong-content') expect(link, 'no url known').to.equal(null);
      else expect(link!.href).to.equal('https://example.org/beyond-the-wall/fixture');
      expect(el.state).to.equal('error');
    });
  }

  it('says which schemaVersion it does not read', async () => {
    const { error } = await failing(docUrl('version-2'));
    expect(error.message).to.contain('unsupported schemaVersion 2');
  });

  it('shows a retryable error for a 500 and loads on "Try again"', async () => {
    const key = newKey();
    const { el, error } = await failing(docUrl('short', key, '&fail=500-once'));
    expect([(error as RequestError).kind, (error as RequestError).status]).to.deep.equal(['server', 500]);
    expect(text($(el, '[part="error"] p'))).to.equal(
      'We could not load this recommendation. Check your connection and try again.',
    );
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part="error"] button')!.click();
    await until(() => $(el, '[part="title"]'), 'not loaded again');
    expect(text($(el, '[part="title"]'))).to.equal('Short title');
    expect(await requests(key)).to.have.length(2);
  });

  it('shows the error in Spanish', async () => {
    const { el } = await failing(docUrl('short', newKey(), '&fail=500'), 'es');
    expect(text($(el, '[part="error"] p'))).to.equal(
      'No pudimos cargar esta recomendación. Revisa tu conexión e inténtalo de nuevo.',
    );
    expect(text($(el, '[part="error"] button'))).to.equal('Intentar de nuevo');
  });

  it('reports a 404 as a client error', async () => {
    const { el, error } = await failing(docUrl('no-such-document'));
    expect([(error as RequestError).kind, (error as RequestError).status]).to.deep.equal(['client', 404]);
    expect($(el, '[part="error"] button'), 'a 404 is not retried').to.equal(null);
  });

  it('reports an answer that is not JSON', async () => {
    const { error, logged } = await failing(docUrl('short', newKey(), '&fail=non-json'));
    expect((error as RequestError).kind).to.equal('invalid-response');
    expect(logged.join('\n')).to.contain('<btw-recommendation>');
  });

  it('times out a slow server', async () => {
    httpSettings.timeoutMs = 200;
    const { error } = await failing(docUrl('short', newKey(), '&delay=2000'));
    expect((error as RequestError).kind).to.equal('timeout');
  });

  for (const query of ['', '&stream=1']) {
    it(`refuses an oversized document${query ? ' sent without Content-Length' : ''}`, async () => {
      const { error } = await failing(docUrl('oversized', newKey(), query));
      expect([(error as RequestError).kind, error.message]).to.deep.equal([
        'invalid-response',
        'Document larger than 256 kB',
      ]);
    });
  }

  it('refuses a src that is not an http(s) URL, naming src in the warning and the error', async () => {
    let el!: BtwRecommendation;
    let error!: Error;
    const warned = await capture('warn', async () => {
      const logged = await capture('error', async () => {
        el = Object.assign(document.createElement('btw-recommendation'), { src: 'javascript:alert(1)' });
        const failed = oneEvent(el, 'btw-recommendation-error');
        document.body.append(el);
        error = (await failed).detail.error;
      });
      expect(
        logged.some((line) => line.includes('<btw-recommendation>') && line.includes('src')),
        logged.join('\n'),
      ).to.equal(true);
    });
    expect(
      warned.some((line) => line.includes('<btw-recommendation>') && line.includes('src')),
      warned.join('\n'),
    ).to.equal(true);
    expect((error as DocumentError).path).to.equal('src');
    await el.updateComplete;
    expect(text($(el, '[part="error"] p'))).to.equal('This recommendation cannot be shown here.');
    expect($(el, '[part="error"] a, [part="error"] button')).to.equal(null);
    el.remove();
  });

  it('shows an error for inline JSON that does not parse', async () => {
    const logged = await capture('error', async () => {
      const el = await fixture<BtwRecommendation>(
        html`<btw-recommendation><script type="application/json">{"schemaVersion": 1,</script></btw-recommendation>`,
      );
      await aTimeout(0);
      await el.updateComplete;
      expect($(el, '[part="error"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
    expect(logged.join('\n')).to.contain('not valid JSON');
  });
});

describe('<btw-recommendation> untrusted text', () => {
  it('renders markup, scripts and bidi overrides only as text, and lets no unsafe URL reach an attribute', async () => {
    (window as { __xss?: number }).__xss = undefined;
    let el!: BtwRecommendation;
    const warnings = await capture('warn', async () => {
      el = await fixture<BtwRecommendation>(
        html`<btw-recommendation variant="full" share src=${docUrl('xss')}></btw-recommendation>`,
      );
      await settled(el);
    });
    const root = el.shadowRoot!;
    expect(text($(el, '[part="title"]'))).to.equal('<img src=x onerror="window.__xss=1">Title');
    expect(text($(el, '[part="summary"]'))).to.contain('<script>window.__xss=2</script>');
    expect($(el, '[part="summary"]')!.textContent).to.contain('\u202e');
    expect(text($(el, '[part="action"]'))).to.contain('<a href=javascript:alert(1)>click</a>');
    expect(root.querySelectorAll('script, img, b, i, [onerror], [onload]')).to.have.length(0);
    const urls = [...root.querySelectorAll('[href], [src], [url]')].flatMap((node) =>
      ['href', 'src', 'url'].map((name) => node.getAttribute(name)).filter((value) => value !== null),
    );
    expect(urls).to.deep.equal(['https://example.org/safe']);
    expect($$(el, 'a').map(text)).to.deep.equal(['<b>Safe</b> link']);
    // Nothing may run: only a window of time can show that (an injected handler would have fired by then).
    await aTimeout(50);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
    for (const field of [
      'url',
      'locales.en.image.src',
      'locales.en.links[0].href',
      'locales.en.links[1].href',
      'locales.en.links[4].href',
    ]) {
      expect(
        warnings.some((w) => w.includes('<btw-recommendation>') && w.includes(field)),
        field,
      ).to.equal(true);
    }
    await expect(el).to.be.accessible();
  });
});
