import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, capture, settled, text } from '../../../test/helpers/recommendation.js';
import { DocumentError, parseDocument } from './document.js';
import en from '../../locales/en.js';
import es from '../../locales/es.js';
import type { BtwRecommendation } from './recommendation.js';

// `related`: the campaign's other recommendations, after the links in the full view.

const RELATED = [
  {
    title: 'Govern the border humanely',
    summary: 'Orderly ports of entry.',
    href: 'https://example.org/issues/border',
  },
  { title: 'Protect people seeking asylum', href: 'https://example.org/issues/asylum' },
];

function doc(en: Record<string, unknown> = {}, es: Record<string, unknown> = {}) {
  return {
    schemaVersion: 1,
    id: 'root-causes',
    url: 'https://example.org/root-causes',
    defaultLocale: 'en',
    locales: {
      en: {
        title: 'Root causes',
        summary: 'Why people leave',
        actions: [{ title: 'Act' }],
        links: [{ label: 'Listen', href: 'https://example.org/podcast', kind: 'podcast' }],
        related: RELATED,
        ...en,
      },
      es: { title: 'Las causas', ...es },
    },
  };
}

async function show(document: unknown, attributes = 'variant="full"', lang = 'en') {
  const el = await fixture<BtwRecommendation>(
    html`<btw-recommendation lang=${lang} variant=${attributes.includes('full') ? 'full' : 'card'}
      ><script type="application/json">${JSON.stringify(document)}</script></btw-recommendation
    >`,
  );
  await settled(el);
  return el;
}

describe('<btw-recommendation> related recommendations', () => {
  it('lists each one after the links, a link with its summary, under the localized heading', async () => {
    const el = await show(doc());
    const section = $(el, '[part="related"]')!;
    const parts = $$(el, '[part="links"], [part="related"]').map((node) => node.getAttribute('part'));
    expect(parts).to.deep.equal(['links', 'related']);
    expect(text(section.querySelector('.h'))).to.equal(en.recRelated);
    const items = [...section.querySelectorAll('li')].map((li) => ({
      title: text(li.querySelector('a')),
      href: li.querySelector('a')!.getAttribute('href'),
      summary: text(li.querySelector('p')) || undefined,
    }));
    expect(items).to.deep.equal(RELATED.map(({ title, href, summary }) => ({ title, href, summary })));
    await expect(el).to.be.accessible();
  });

  it('takes the document’s own heading, and says it in Spanish otherwise', async () => {
    const own = await show(doc({ relatedHeading: 'Other issues beyond the border' }));
    expect(text($(own, '[part="related"] .h'))).to.equal('Other issues beyond the border');
    const spanish = await show(doc(), 'variant="full"', 'es');
    expect(text($(spanish, '[part="related"] .h'))).to.equal(es.recRelated);
    // The items fell back to the default locale: they say they are English.
    expect($(spanish, '[part="related"] ul')!.getAttribute('lang')).to.equal('en');
    await expect(spanish).to.be.accessible();
  });

  it('is not on the card', async () => {
    const el = await show(doc(), '');
    expect($(el, '[part="related"]')).to.equal(null);
  });

  it('drops an item whose address is not http(s), and names it in the console', async () => {
    let el!: BtwRecommendation;
    const warnings = await capture('warn', async () => {
      el = await show(doc({ related: [RELATED[0], { title: 'Bad', href: 'javascript:alert(1)' }] }));
    });
    expect($$(el, '[part="related"] li')).to.have.length(1);
    expect(warnings.join(' ')).to.contain('locales.en.related[1].href');
  });

  it('is validated with the rest of the document, with its path', () => {
    const check = (input: unknown) => {
      try {
        parseDocument(input);
        return 'valid';
      } catch (error) {
        return (error as DocumentError).path;
      }
    };
    expect(check(doc())).to.equal('valid');
    expect(check(doc({ related: [{ summary: 'no title', href: 'https://example.org' }] }))).to.equal(
      'locales.en.related[0].title',
    );
    expect(check(doc({}, { related: [{ title: 'Sin enlace' }] }))).to.equal('locales.es.related[0].href');
    expect(check(doc({ relatedHeading: '' }))).to.equal('locales.en.relatedHeading');
  });

  it('names each quote’s share buttons after the quote, in Spanish too', async () => {
    const el = await show(doc({}, { quotes: [{ text: 'Nadie se va sin una razón' }] }), 'variant="full"', 'es');
    const list = $$(el, '[part="quote"] btw-share')[0]!;
    expect(list.getAttribute('label')).to.equal(es.recShareQuote('Nadie se va sin una razón'));
  });
});
