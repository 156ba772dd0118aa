import { expect } from '@open-wc/testing';
import { openPage, recordOf } from '../../../test/bundle/kit.js';

// The README's blogger snippet, on a plain page (test/pages/strict-blogger-es.html)
// served with the strict CSP the kit promises to work under and Trusted Types, with the built dist/btw.js
// (production Lit, minified templates): run `npm run build` first (npm test does).
describe('<btw-share> from the built bundle', () => {
  it('renders the blogger snippet on a strict-CSP page, in the page language, styled', async () => {
    const frame = await openPage('strict-blogger-es.html');
    const win = frame.contentWindow!;
    await win.customElements.whenDefined('btw-share');
    const el = win.document.querySelector('btw-share') as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    const root = el.shadowRoot!;
    const controls = [...root.querySelectorAll('[part="button"]')];
    expect(controls.map((node) => node.getAttribute('aria-label'))).to.deep.equal([
      'Compartir en WhatsApp',
      'Compartir por correo',
      'Copiar enlace',
    ]);
    expect(controls[0].getAttribute('href')).to.equal(
      'https://wa.me/?text=M%C3%A1s%20all%C3%A1%20del%20muro%20https%3A%2F%2Fexample.org%2Fbeyond-the-wall%2Froot-causes',
    );
    expect(win.getComputedStyle(root.querySelector('[part="list"]')!).display).to.equal('flex');
    expect(controls[0].getBoundingClientRect().height).to.be.at.least(24);
    expect(recordOf(frame).violations).to.deep.equal([]);
    expect(recordOf(frame).errors).to.deep.equal([]);
    frame.remove();
  });
});
