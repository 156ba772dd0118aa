import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import origin from '../../../test/server/origin.js';
import { $, $$, docUrl, newKey, requests, settled, text } from '../../../test/helpers/recommendation.js';
import type { BtwRecommendation } from './recommendation.js';

const FULL_URL = 'https://example.org/beyond-the-wall/fixture';
const headings = (el: Element) =>
  $$(el, 'h1, h2, h3, h4, h5, h6, [role="heading"]').map((h) => [
    h.localName === 'p' ? `h${h.getAttribute('aria-level')}` : h.localName,
    text(h),
  ]);
const visibleActions = (el: Element) =>
  $$(el, '[part="action"]')
    .filter((li) => !li.hidden)
    .map(text);

describe('<btw-recommendation> card', () => {
  it('shows the title at level 2, the summary, three of five actions and a link to the full text', async () => {
    const el = await fixture<BtwRecommendation>(html`<btw-recommendation src=${docUrl('full')}></btw-recommendation>`);
    await settled(el);
    expect(headings(el)).to.deep.equal([['h2', 'Fixture title']]);
    expect(text($(el, '[part="summary"]'))).to.equal('Fixture summary in English.');
    expect(visibleActions(el)).to.deep.equal(['Action 1', 'Action 2', 'Action 3']);
    expect($$(el, '[part="action"]')).to.have.length(5);
    expect($(el, '[part="actions"]')!.localName).to.equal('ol');
    const link = $<HTMLAnchorElement>(el, 'a[part="link"]')!;
    expect([text(link), link.href]).to.deep.equal(['Read the full recommendation', FULL_URL]);
    expect($(el, '[part="image"]'), 'no image in a card').to.equal(null);
    expect(el.state).to.equal('ready');
    await expect(el).to.be.accessible();
  });

  it('puts the title at heading-level, and falls back to 2 for a level outside 1–6', async () => {
    const el = await fixture<BtwRecommendation>(
      html`<btw-recommendation heading-level="4" src=${docUrl('short')}></btw-recommendation>`,
    );
    await settled(el);
    expect(headings(el)).to.deep.equal([['h4', 'Short title']]);
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect(headings(el)).to.deep.equal([['h2', 'Short title']]);
  });

  it('shows every action behind a disclosure button, with the keyboard, moving focus to the first action shown', async () => {
    const el = await fixture<BtwRecommendation>(html`<btw-recommendation src=${docUrl('full')}></btw-recommendation>`);
    await settled(el);
    const button = $<HTMLButtonElement>(el, 'button[aria-controls]')!;
    expect(text(button)).to.equal('Show all 5 actions');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, `#${button.getAttribute('aria-controls')}`)).to.equal($(el, '[part="actions"]'));
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(visibleActions(el)).to.deep.equal(['Action 1', 'Action 2', 'Action 3', 'Action 4', 'Action 5']);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(text(button)).to.equal('Show fewer actions');
    // The actions shown are above the button: a reader who reads on from the focus meets them.
    expect(text(el.shadowRoot!.activeElement as HTMLElement)).to.equal('Action 4');
    await expect(el).to.be.accessible();
    button.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(visibleActions(el)).to.have.length(3);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('has no disclosure button for three actions or fewer', async () => {
    const el = await fixture<BtwRecommendation>(html`<btw-recommendation src=${docUrl('short')}></btw-recommendation>`);
    await settled(el);
    expect(visibleActions(el)).to.deep.equal(['One', 'Two']);
    expect($(el, 'button')).to.equal(null);
  });

  it('adds a share control for the document url and title with `share`', async () => {
    const el = await fixture<BtwRecommendation>(
      html`<btw-recommendation share src=${docUrl('full')}></btw-recommendation>`,
    );
    await settled(el);
    const shares = $$(el, 'btw-share');
    expect(shares.map((s) => [s.getAttribute('url'), s.getAttribute('text')])).to.deep.equal([
      [FULL_URL, 'Fixture title'],
    ]);
    el.share = false;
    await el.updateComplete;
    expect($$(el, 'btw-share')).to.have.length(0);
  });

  it('reads an inline JSON document without any request', async () => {
    const el = await fixture<BtwRecommendation>(html`<btw-recommendation>
      <script type="application/json">
        {"schemaVersion": 1, "id": "inline", "url": "https://example.org/inline", "defaultLocale": "en",
         "locales": {"en": {"title": "Inline title", "summary": "Inline summary.", "actions": [{"title": "Do it"}]}}}
      </script>
    </btw-recommendation>`);
    await settled(el);
    expect(headings(el)).to.deep.equal([['h2', 'Inline title']]);
    expect(visibleActions(el)).to.deep.equal(['Do it']);
  });
});

describe('<btw-recommendation> full', () => {
  it('renders image, title, date, summary, numbered actions, sections one level below the title', async () => {
    const el = await fixture<BtwRecommendation>(
      html`<btw-recommendation variant="full" heading-level="3" src=${docUrl('full')}></btw-recommendation>`,
    );
    await settled(el);
    const img = $<HTMLImageElement>(el, '[part="image"] img')!;
    expect([img.getAttribute('src'), img.alt]).to.deep.equal(['https://example.org/fixture.svg', 'Fixture image']);
    expect(text($(el, '[part="image"] figcaption'))).to.equal('Photo: Example Agency');
    expect(text($(el, '.updated'))).to.equal('Updated February 1, 2020');
    expect($(el, 'time')!.getAttribute('datetime')).to.equal('2020-02-01');
    expect(visibleActions(el)).to.deep.equal([1, 2, 3, 4, 5].map((i) => `Action ${i} Text of action ${i}.`));
    expect(headings(el).slice(0, 4)).to.deep.equal([
      ['h3', 'Fixture title'],
      ['h4', 'Recommended actions'],
      ['h4', 'Section one'],
      ['h4', 'Section two'],
    ]);
    expect($$(el, '[part="section"]').map((s) => s.querySelectorAll('p').length)).to.deep.equal([2, 1]);
    expect($(el, 'button'), 'no disclosure in full').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows each quote as a block quote with its own icon share control', async () => {
    const el = await fixture<BtwRecommendation>(
      html`<btw-recommendation variant="full" src=${docUrl('full')}></btw-recommendation>`,
    );
    await settled(el);
    const quotes = $$(el, '[part="quote"]');
    expect(quotes.map((q) => text(q.querySelector('blockquote')))).to.deep.equal([
      'First quote to share.',
      'Second quote to share.',
    ]);
    expect(text(quotes[0].querySelector('figcaption'))).to.equal('— Someone');
    expect(
      quotes.map((q) => {
        const share = q.querySelector('btw-share')!;
        return [share.getAttribute('variant'), share.getAttribute('text'), share.getAttribute('url')];
      }),
    ).to.deep.equal([
      ['icons', 'First quote to share.', FULL_URL],
      ['icons', 'Second quote to share.', FULL_URL],
    ]);
    expect(headings(el)).to.deep.include(['h3', 'Share the stories']);
  });

  it('groups links by kind under localized labels, and makes the campaign link the call to action', async () => {
    const url = docUrl('full');
    const el = await fixture<BtwRecommendation>(
      html`<btw-recommendation variant="full" src=${url}></btw-recommendation>`,
    );
    await settled(el);
    const groups = $$(el, '[part="links"] .group').map((group) => [
      text(group.querySelector('h4')),
      ...[...group.querySelectorAll('a')].map((a) => `${text(a)} ${a.href}`),
    ]);
    expect(groups).to.deep.equal([
      ['Listen to the podcast', 'Episode 1 https://example.org/podcast/1', 'Episode 2 https://example.org/podcast/2'],
      ['Read the article', 'An article https://example.org/article'],
      ['Read the commentary', 'A commentary https://example.org/commentary'],
      ['See the data', 'Some data https://example.org/data'],
      ['Watch the video', 'A video https://example.org/video'],
      // a relative href resolves against the document's own URL
      ['Learn more', `Root causes ${origin}/api/documents/more/root-causes`],
    ]);
    const cta = $<HTMLAnchorElement>(el, 'a[part="cta"]')!;
    expect([text(cta), cta.href]).to.deep.equal([
      "Join the campaign Support migrants' rights",
      'https://example.org/join',
    ]);
  });
});

describe('<btw-recommendation> languages', () => {
  it('shows a year before 100 as written, in English and Spanish (not as 19xx)', async () => {
    for (const [lang, shown] of [
      ['en', 'Updated June 15, 99'],
      ['es', 'Última actualización: 15 de junio de 99'],
    ]) {
      const el = await fixture<BtwRecommendation>(html`<btw-recommendation lang=${lang} variant="full">
        <script type="application/json">
          {"schemaVersion": 1, "id": "old", "url": "https://example.org/old", "updated": "0099-06-15", "defaultLocale": "en",
           "locales": {"en": {"title": "Old", "summary": "Old summary.", "actions": [{"title": "Do it"}]}}}
        </script>
      </btw-recommendation>`);
      await settled(el);
      expect(el.state, 'the document is valid').to.equal('ready');
      expect(text($(el, '.updated'))).to.equal(shown);
      expect($(el, 'time')!.getAttribute('datetime')).to.equal('0099-06-15');
    }
  });

  it('shows the Spanish locale with Spanish labels and date', async () => {
    const el = await fixture<BtwRecommendation>(
      html`<btw-recommendation lang="es" variant="full" src=${docUrl('full')}></btw-recommendation>`,
    );
    const loaded = oneEvent(el, 'btw-recommendation-load');
    expect((await loaded).detail).to.deep.equal({ id: 'fixture', locale: 'es' });
    await el.updateComplete;
    expect(text($(el, '[part="title"]'))).to.equal('Título de prueba');
    expect(text($(el, '.updated'))).to.equal('Última actualización: 1 de febrero de 2020');
    expect(text($(el, '[part="links"] .group h4'))).to.equal('Escucha el pódcast');
    expect(text($(el, '[part="cta"] .cta-label'))).to.equal('Únete a la campaña');
    expect(text($(el, '[part="action"]'))).to.equal('Acción 1 Texto de la acción 1.');
  });

  it('uses Spanish for es-GT inherited from an ancestor, with Spanish card labels', async () => {
    const wrapper = await fixture(
      html`<div lang="es-GT"><btw-recommendation src=${docUrl('full')}></btw-recommendation></div>`,
    );
    const el = wrapper.querySelector('btw-recommendation')!;
    await settled(el);
    expect(text($(el, '[part="title"]'))).to.equal('Título de prueba');
    expect(text($(el, 'button'))).to.equal('Mostrar las 5 acciones');
    expect(text($(el, 'a[part="link"]'))).to.equal('Lee la recomendación completa');
    await expect(el).to.be.accessible();
  });

  it('falls back to English for an unknown language', async () => {
    const el = await fixture<BtwRecommendation>(
      html`<btw-recommendation lang="fr" src=${docUrl('full')}></btw-recommendation>`,
    );
    await settled(el);
    expect(text($(el, '[part="title"]'))).to.equal('Fixture title');
  });

  it("fills fields a locale omits from defaultLocale's, marked with their language", async () => {
    const el = await fixture<BtwRecommendation>(
      html`<btw-recommendation lang="es" src=${docUrl('partial-es')}></btw-recommendation>`,
    );
    await settled(el);
    const title = $(el, '[part="title"]')!;
    const summary = $(el, '[part="summary"]')!;
    expect([text(title), title.getAttribute('lang')]).to.deep.equal(['Solo el título en español', null]);
    expect([text(summary), summary.getAttribute('lang')]).to.deep.equal(['Fixture summary in English.', 'en']);
    expect(visibleActions(el)).to.deep.equal(['Action 1', 'Action 2', 'Action 3']);
    expect($(el, '[part="actions"]')!.getAttribute('lang')).to.equal('en');
    expect(text($(el, 'button'))).to.equal('Mostrar las 5 acciones');
  });

  it('follows a lang change at run time without a second request', async () => {
    const key = newKey();
    const el = await fixture<BtwRecommendation>(
      html`<btw-recommendation lang="en" src=${docUrl('full', key)}></btw-recommendation>`,
    );
    await settled(el);
    expect(text($(el, '[part="title"]'))).to.equal('Fixture title');
    el.setAttribute('lang', 'es');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(text($(el, '[part="title"]'))).to.equal('Título de prueba');
    expect(text($(el, 'button'))).to.equal('Mostrar las 5 acciones');
    expect(await requests(key)).to.have.length(1);
  });

  it('keeps the focus on the same control when a lang or heading-level change redraws the document', async () => {
    const el = await fixture<BtwRecommendation>(
      html`<btw-recommendation lang="en" src=${docUrl('full')}></btw-recommendation>`,
    );
    await settled(el);
    const toggle = $<HTMLButtonElement>(el, 'button[aria-controls]')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    toggle.focus();
    el.setAttribute('lang', 'es');
    await new Promise((resolve) => setTimeout(resolve)); // the shared lang observer
    await el.updateComplete;
    const focused = el.shadowRoot!.activeElement!;
    expect([focused.localName, text(focused), focused.getAttribute('aria-expanded')]).to.deep.equal([
      'button',
      'Mostrar menos acciones',
      'true',
    ]);
    expect(visibleActions(el)).to.have.length(5);
    $<HTMLAnchorElement>(el, 'a[part="link"]')!.focus();
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    expect(text(el.shadowRoot!.activeElement as HTMLElement)).to.equal('Lee la recomendación completa');
  });
});
