import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, settled, text } from '../../../test/helpers/recommendation.js';
import type { BtwRecommendation } from './recommendation.js';

// A locale may leave out any field; the reader then gets defaultLocale's, marked
// with its language so a screen reader speaks it as such. The partial-es fixture
// (recommendation.test.ts) covers top-level text and the actions list; these are
// the neighbouring cases: the other lists, and fields inside an item.
const english = {
  title: 'Fixture title',
  summary: 'Fixture summary in English.',
  image: { src: 'https://example.org/fixture.svg', alt: 'Fixture image', credit: 'Photo: Example Agency' },
  actions: [
    { title: 'Action 1', text: 'Text of action 1.' },
    { title: 'Action 2', text: 'Text of action 2.' },
  ],
  sections: [{ heading: 'Section one', paragraphs: ['First paragraph.'] }],
  quotes: [{ text: 'A quote to share.', attribution: 'Someone' }],
  links: [{ label: 'An article', href: 'https://example.org/article', kind: 'article' }],
};

async function showInSpanish(spanish: object) {
  const doc = {
    schemaVersion: 1,
    id: 'fallback',
    url: 'https://example.org/fallback',
    defaultLocale: 'en',
    locales: { en: english, es: spanish },
  };
  const el = document.createElement('btw-recommendation') as BtwRecommendation;
  el.lang = 'es';
  el.setAttribute('variant', 'full');
  const script = Object.assign(document.createElement('script'), {
    type: 'application/json',
    textContent: JSON.stringify(doc),
  });
  el.append(script);
  await fixture(html`<div>${el}</div>`);
  await settled(el);
  return el;
}

/** The language a reader's screen reader uses for a node of the element. */
const langOf = (el: HTMLElement, node: Element | null) => node?.closest('[lang]')?.getAttribute('lang') ?? el.lang;

describe('<btw-recommendation> fallback to defaultLocale', () => {
  it('shows the whole sections, quotes and links lists a locale leaves out, in English', async () => {
    const el = await showInSpanish({ title: 'Título', summary: 'Resumen.', actions: [{ title: 'Acción 1' }] });
    const section = $(el, '[part="section"]');
    const quote = $(el, '[part="quote"] blockquote');
    const link = $(el, '[part="links"] a[href="https://example.org/article"]');
    expect([text(section?.querySelector('p')), langOf(el, section)]).to.deep.equal(['First paragraph.', 'en']);
    expect([text(quote), langOf(el, quote)]).to.deep.equal(['A quote to share.', 'en']);
    expect([text(link), langOf(el, link)]).to.deep.equal(['An article', 'en']);
    expect([text($(el, '[part="title"]')), langOf(el, $(el, '[part="title"]'))]).to.deep.equal(['Título', 'es']);
    await expect(el).to.be.accessible();
  });

  it('shows the image’s credit when a locale’s image leaves it out, in English', async () => {
    const el = await showInSpanish({
      title: 'Título',
      image: { src: 'https://example.org/fixture.svg', alt: 'Imagen de prueba' },
    });
    const credit = $(el, '[part="image"] figcaption');
    expect($<HTMLImageElement>(el, '[part="image"] img')!.alt).to.equal('Imagen de prueba');
    expect([text(credit), langOf(el, credit)]).to.deep.equal(['Photo: Example Agency', 'en']);
    await expect(el).to.be.accessible();
  });

  it('shows an action’s text when a locale’s action leaves it out, in English', async () => {
    const el = await showInSpanish({
      title: 'Título',
      actions: [{ title: 'Acción 1', text: 'Texto de la acción 1.' }, { title: 'Acción 2' }],
    });
    const actions = $$(el, '[part="action"]');
    expect(actions.map(text)).to.deep.equal(['Acción 1 Texto de la acción 1.', 'Acción 2 Text of action 2.']);
    const fallback = actions[1].querySelector('div');
    expect([langOf(el, actions[1].querySelector('.action-title')), langOf(el, fallback)]).to.deep.equal(['es', 'en']);
    await expect(el).to.be.accessible();
  });

  it('borrows nothing from an item that is not the same: another picture, a list of another length', async () => {
    const el = await showInSpanish({
      title: 'Título',
      image: { src: 'https://example.org/otra.svg', alt: 'Otra imagen' },
      actions: [{ title: 'Acción única' }],
    });
    expect($(el, '[part="image"] figcaption'), 'no credit of another picture').to.equal(null);
    expect($$(el, '[part="action"]').map(text)).to.deep.equal(['Acción única']);
  });
});
