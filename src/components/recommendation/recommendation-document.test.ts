// The `document` property (a document as an object, for apps) and the read-only
// `state` a late listener reads.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { $, capture, docUrl, newKey, requests, settled, text } from '../../../test/helpers/recommendation.js';
import { DocumentError, type RecommendationDocument } from './document.js';
import type { BtwRecommendation } from './recommendation.js';
import { until } from '../../../test/helpers/until.js';

const fixtureDocument = async (name: string) =>
  (await (await fetch(`/test/fixtures/recommendations/${name}.json`)).json()) as RecommendationDocument;

/** What a failing element shows, reports and logs. */
async function failure(el: BtwRecommendation, run: () => void | Promise<void>) {
  let error!: Error;
  const logged = await capture('error', async () => {
    const failed = oneEvent(el, 'btw-recommendation-error');
    await run();
    ({ error } = (await failed).detail);
  });
  await el.updateComplete;
  const box = $(el, '[part="error"]');
  return { error, logged, shown: text(box), link: box?.querySelector('a')?.href ?? null, state: el.state };
}

describe('<btw-recommendation> document property', () => {
  it('renders a document given as an object, with no request, and fires btw-recommendation-load', async () => {
    const key = newKey();
    const doc = await fixtureDocument('short');
    const el = document.createElement('btw-recommendation');
    el.src = docUrl('other', key);
    el.document = doc;
    const loaded = oneEvent(el, 'btw-recommendation-load');
    document.body.append(el);
    try {
      expect((await loaded).detail).to.deep.equal({ id: 'short', locale: 'en' });
      await settled(el);
      expect(text($(el, '[part="title"]'))).to.equal('Short title');
      expect(el.state).to.equal('ready');
      expect(await requests(key), 'src is not read while document is set').to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('rejects an invalid document with the same error, event, message and error state as src', async () => {
    const url = docUrl('wrong-types');
    const fromSrc = await fixture<BtwRecommendation>(html`<btw-recommendation></btw-recommendation>`);
    const viaSrc = await failure(fromSrc, () => void (fromSrc.src = url));
    const invalid = await fixtureDocument('wrong-types');
    const fromProperty = await fixture<BtwRecommendation>(html`<btw-recommendation></btw-recommendation>`);
    const viaProperty = await failure(fromProperty, () => void (fromProperty.document = invalid));

    expect(viaProperty.error).to.be.instanceOf(DocumentError);
    expect((viaProperty.error as DocumentError).path).to.equal('locales.es.actions[2].title');
    expect((viaProperty.error as DocumentError).problems).to.deep.equal((viaSrc.error as DocumentError).problems);
    expect(viaSrc.logged).to.have.length(1);
    // The same line, without the URL it did not come from.
    expect(viaProperty.logged).to.deep.equal(viaSrc.logged.map((line) => line.replace(` (${url})`, '')));
    expect(viaProperty.logged[0]).to.match(
      /^<btw-recommendation>: invalid document: locales\.es\.actions\[2\]\.title: /,
    );
    expect([viaProperty.shown, viaProperty.link, viaProperty.state]).to.deep.equal([
      viaSrc.shown,
      viaSrc.link,
      'error',
    ]);
    expect(viaProperty.shown).to.contain('This recommendation cannot be shown here.');
    await expect(fromProperty).to.be.accessible();
  });

  it('rejects what is not a document object at all, as the inline script does', async () => {
    const el = await fixture<BtwRecommendation>(html`<btw-recommendation></btw-recommendation>`);
    const notADocument = ['a string'] as unknown as RecommendationDocument;
    const { error, logged, state } = await failure(el, () => void (el.document = notADocument));
    expect(error.message).to.equal('document: expected a recommendation document (a JSON object)');
    expect(logged).to.deep.equal([
      '<btw-recommendation>: invalid document: document: expected a recommendation document (a JSON object)',
    ]);
    expect(state).to.equal('error');
  });

  it('shows a replacing document at run time, then src again once the property is cleared', async () => {
    const key = newKey();
    const el = await fixture<BtwRecommendation>(
      html`<btw-recommendation .document=${await fixtureDocument('short')}></btw-recommendation>`,
    );
    await settled(el);
    expect(text($(el, '[part="title"]'))).to.equal('Short title');

    const other = oneEvent(el, 'btw-recommendation-load');
    el.document = await fixtureDocument('other');
    expect((await other).detail.id).to.equal('other');
    await settled(el);
    expect(text($(el, '[part="title"]'))).to.equal('Other document');

    // An invalid one replaces it with the error state; a valid one brings a document back.
    const { state } = await failure(el, async () => void (el.document = await fixtureDocument('missing-actions')));
    expect(state).to.equal('error');
    const back = oneEvent(el, 'btw-recommendation-load');
    el.document = await fixtureDocument('short');
    await back;
    expect(el.state).to.equal('ready');
    expect($(el, '[part="error"]')).to.equal(null);

    el.src = docUrl('other', key);
    el.document = undefined;
    await until(
      () => text($(el, '[part="title"]')) === 'Other document',
      'the src document, read once the document was cleared',
    );
    expect((await requests(key)).length).to.equal(1);
  });
});

describe('<btw-recommendation> state', () => {
  it('is loading, then ready when btw-recommendation-load fires', async () => {
    const el = await fixture<BtwRecommendation>(
      html`<btw-recommendation src=${docUrl('short', newKey(), '&delay=600')}></btw-recommendation>`,
    );
    expect(el.state).to.equal('loading');
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    const seen = await new Promise<string>((done) =>
      el.addEventListener('btw-recommendation-load', () => done(el.state), { once: true }),
    );
    expect(seen, 'state inside the load listener').to.equal('ready');
    // A listener added now learns it from `state` and `updateComplete`.
    await el.updateComplete;
    expect(el.state).to.equal('ready');
  });

  it('is error when btw-recommendation-error fires, and loading again on "Try again"', async () => {
    const el = document.createElement('btw-recommendation');
    el.src = docUrl('short', newKey(), '&fail=500-once');
    const seen = new Promise<string>((done) =>
      el.addEventListener('btw-recommendation-error', () => done(el.state), { once: true }),
    );
    await capture('error', async () => {
      document.body.append(el);
      expect(await seen, 'state inside the error listener').to.equal('error');
    });
    try {
      $<HTMLButtonElement>(el, '[part="error"] button')!.click();
      expect(el.state).to.equal('error');
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      await oneEvent(el, 'btw-recommendation-load');
      expect(el.state).to.equal('ready');
    } finally {
      el.remove();
    }
  });

  it('is read-only', async () => {
    const el = await fixture<BtwRecommendation>(html`<btw-recommendation></btw-recommendation>`);
    expect(() => ((el as unknown as { state: string }).state = 'ready')).to.throw(TypeError);
  });
});
