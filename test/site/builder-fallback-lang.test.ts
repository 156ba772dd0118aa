// With the widget's language on "Automatic", the snippet's fallback (what readers
// without JavaScript see) is written in the page's language as the builder is told
// it (the preview's page language), never in the builder's interface language.
import { expect } from '@open-wc/testing';
import { openBuilder, snippetElement, snippetText, tick, until, type Builder } from './builder-page.js';

let b: Builder;
afterEach(() => b?.frame.remove());

const PAGE = 'https://partner.example/posts/muro';

describe('builder: the fallback’s language', function () {
  this.timeout(30_000);

  it('follows a Spanish page under an English interface', async () => {
    b = await openBuilder(`?element=btw-share&url=${encodeURIComponent(PAGE)}`);
    expect(snippetElement(b).querySelector('div')!.textContent).to.equal('Share');
    tick(b, '#preview-lang-es');
    await until(() => snippetElement(b).querySelector('div')!.textContent === 'Compartir', 'the Spanish fallback');
    expect(snippetElement(b).hasAttribute('lang')).to.equal(false);
    expect([...snippetElement(b).querySelectorAll('a')].map((a) => a.textContent)).to.include('Correo');
    expect(b.doc.querySelector('#fallback-lang')!.textContent).to.contain('Spanish');
    await expect(b.doc.body).to.be.accessible();
  });

  it('follows an English page under a Spanish interface', async () => {
    b = await openBuilder(
      `?lang=es&element=btw-signup&provider=mailchimp&action=${encodeURIComponent('https://partner.us21.list-manage.com/subscribe/post?u=0a1b2c&id=3d4e5f')}`,
    );
    await until(() => snippetText(b).includes('Suscríbete en la página de nuestra lista'), 'the Spanish fallback');
    tick(b, '#preview-lang-en');
    await until(() => snippetText(b).includes('Sign up on our list’s page'), 'the English fallback');
    expect(snippetText(b)).not.to.contain('Suscríbete');
    expect(b.doc.querySelector('#fallback-lang')!.textContent).to.contain('inglés');
  });

  it('follows the widget’s own language when one is chosen, whatever the preview', async () => {
    b = await openBuilder(`?element=btw-share&kit-lang=es&url=${encodeURIComponent(PAGE)}`);
    tick(b, '#preview-lang-en');
    await until(() => snippetElement(b).querySelector('div')!.textContent === 'Compartir', 'the Spanish fallback');
    expect(snippetElement(b).getAttribute('lang')).to.equal('es');
    expect(b.doc.querySelector('#fallback-lang')).to.equal(null);
  });
});
