import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, settled, text } from '../../../test/helpers/recommendation.js';
import type { BtwRecommendation } from './recommendation.js';

const DOC = JSON.stringify({
  schemaVersion: 1,
  id: 'es',
  url: 'https://example.org/mas-alla-del-muro',
  updated: '2020-02-01',
  defaultLocale: 'es',
  locales: {
    es: {
      title: 'Atender las causas',
      summary: 'Un muro no cambia por qué las familias se van.',
      actions: [{ title: 'Restablecer la ayuda' }],
      links: [{ label: 'El informe', href: 'https://example.org/informe', kind: 'more' }],
    },
  },
});

// Wording a Latin American editor asked for (issue 12).
describe('<btw-recommendation> in Spanish', () => {
  it('says when it was last updated, and names further links "Más información"', async () => {
    const el = await fixture<BtwRecommendation>(html`<btw-recommendation lang="es" variant="full">
      <script type="application/json">${DOC}</script>
    </btw-recommendation>`);
    await settled(el);
    expect(text($(el, '.updated'))).to.equal('Última actualización: 1 de febrero de 2020');
    expect($$(el, '.group .h').map(text)).to.deep.equal(['Más información']);
    await expect(el).to.be.accessible();
  });
});
