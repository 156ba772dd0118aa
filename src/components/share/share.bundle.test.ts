import { expect } from '@open-wc/testing';

// The README's blogger snippet, on a plain page under the strict CSP of SPEC, with
// the built dist/btw.js (production Lit, minified templates): run `npm run build`
// first (npm test does).
const PAGE = `<!doctype html>
<html lang="es">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy"
        content="default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'">
  <title>Una entrada de blog</title>
  <script type="module" src="/dist/btw.js"></script>
</head>
<body>
  <btw-share url="https://example.org/beyond-the-wall/root-causes" text="Más allá del muro"
             networks="whatsapp email copy"></btw-share>
</body>
</html>`;

describe('<btw-share> from the built bundle', () => {
  it('renders the blogger snippet on a strict-CSP page, in the page language, styled', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 600px; height: 300px; border: 0';
    const violations: string[] = [];
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = PAGE;
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow!;
    win.document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
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
    expect(violations).to.deep.equal([]);
    frame.remove();
  });
});
