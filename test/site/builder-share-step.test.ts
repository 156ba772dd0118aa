// The builder's share step for <btw-signup>: ticking "Ask readers to share after
// they sign up" puts the thanks and a <btw-share> into the snippet's success slot,
// pins a file that defines both elements, and stays in the URL; in English and Spanish.
import { expect } from '@open-wc/testing';
import {
  fill,
  linkState,
  openBuilder,
  snippetElement,
  snippetText,
  tick,
  until,
  type Builder,
} from './builder-page.js';

let b: Builder;
afterEach(() => b?.frame.remove());

const CASES = [
  {
    uiLang: 'en',
    label: 'Ask readers to share after they sign up',
    thanks: 'Thank you for signing up!',
    wrong: 'starting with https://',
  },
  {
    uiLang: 'es',
    label: 'Pedir a los lectores que compartan después de suscribirse',
    thanks: '¡Gracias por suscribirte!',
    wrong: 'empezando por https://',
  },
] as const;

const manifestFiles = async () =>
  ((await (await fetch('/dist/manifest.json')).json()) as { files: { file: string; elements?: string[] }[] }).files;

describe('builder: a share step after a sign-up', function () {
  this.timeout(40_000);
  for (const c of CASES) {
    it(`${c.uiLang}: the option fills the success slot with the thanks and <btw-share>, and the script defines both`, async () => {
      b = await openBuilder(
        `?element=btw-signup&kit-lang=${c.uiLang}&action=https://partner.example/api/signup${c.uiLang === 'es' ? '&lang=es' : ''}`,
      );
      expect(b.doc.querySelector('label[for="f-share-step"]')!.textContent).to.equal(c.label);
      expect(snippetText(b)).not.to.contain('slot="success"');
      tick(b, '#f-share-step');
      fill(b, '#f-share-text', 'Beyond the Wall: share the campaign');
      fill(b, '#f-share-url', 'example.org/campaign');
      await until(
        () => b.doc.querySelector('#f-share-url-error')!.textContent!.includes(c.wrong),
        'the inline message',
      );
      expect(b.doc.querySelector('#f-share-url')!.getAttribute('aria-invalid')).to.equal('true');
      expect(
        snippetElement(b).querySelector('btw-share')!.hasAttribute('url'),
        'no relative address in the snippet',
      ).to.equal(false);
      fill(b, '#f-share-url', 'https://example.org/beyond-the-wall/');
      await until(
        () => snippetText(b).includes('url="https://example.org/beyond-the-wall/"'),
        'the address in the snippet',
      );
      expect(b.doc.querySelector('#f-share-url-error')!.textContent).to.equal('');

      const el = snippetElement(b);
      const success = el.querySelector(':scope > [slot="success"]')!;
      expect(success.querySelector('p')!.textContent).to.contain(c.thanks);
      // Hidden by an attribute, which platforms that drop <style> keep (the element shows it after a sign-up).
      expect(success.hasAttribute('hidden')).to.equal(true);
      expect(snippetText(b)).not.to.contain('[slot="success"]');
      const share = success.querySelector('btw-share')!;
      expect(share.getAttribute('text')).to.equal('Beyond the Wall: share the campaign');
      expect(share.getAttribute('url')).to.equal('https://example.org/beyond-the-wall/');

      // The pinned file defines both elements (the smallest that does).
      const template = b.doc.createElement('template');
      template.innerHTML = snippetText(b);
      const src = template.content.querySelector('script[type="module"]')!.getAttribute('src')!;
      const files = await manifestFiles();
      const pinned = files.find((f) => src.endsWith(`/${f.file}`))!;
      expect(pinned.elements).to.include.members(['btw-signup', 'btw-share']);
      expect(src).not.to.match(/btw-signup\.js$/);
      await expect(b.doc.querySelector('.settings')!).to.be.accessible();

      // The preview shows what readers see after signing up: the thanks and the real share buttons.
      const after = b.doc.querySelector('#share-step-preview')!;
      expect(after.textContent).to.contain(c.thanks);
      const live = await until(
        () => after.querySelector('btw-share')?.shadowRoot?.querySelector('a[href]'),
        'the share buttons in the preview',
      );
      expect(live.getAttribute('href')).to.contain(encodeURIComponent('https://example.org/beyond-the-wall/'));
      await expect(after).to.be.accessible();

      // The option is in the page's address: a reload gives the same snippet.
      const link = b.win.location.hash;
      expect(linkState(b).has('share-step')).to.equal(true);
      const before = snippetText(b).replace(/min-height: \d+px/g, '');
      b.frame.remove();
      b = await openBuilder(link);
      expect((b.doc.querySelector('#f-share-step') as HTMLInputElement).checked).to.equal(true);
      expect(snippetText(b).replace(/min-height: \d+px/g, '')).to.equal(before);
    });
  }

  it('without the option, a sign-up snippet pins the sign-up file alone', async () => {
    b = await openBuilder('?element=btw-signup&action=https://partner.example/api/signup');
    expect(snippetText(b)).to.match(/btw-signup\.js"/);
    tick(b, '#f-share-step');
    await until(() => snippetText(b).includes('<btw-share'), 'the share step');
    expect(snippetText(b)).not.to.match(/btw-signup\.js"/);
  });
});
