import { expect } from '@open-wc/testing';
import origin from '../server/origin.js';
import { openPage } from '../bundle/kit.js';
import { until } from '../helpers/until.js';

// A Spanish blog with the kit's strict CSP (connect-src 'self'): a sign-up posting
// to another origin is blocked by the page, and the reader is told what to do.
describe('<btw-signup> blocked by the page, in Spanish', () => {
  it('says "Desactiva el bloqueo en este sitio o prueba con otro navegador."', async () => {
    const frame = await openPage('strict-blogger-es.html');
    const doc = frame.contentDocument!;
    const el = doc.createElement('btw-signup');
    el.setAttribute('fields', '');
    el.setAttribute('action', `${origin}/api/signup?key=blocked-es-${Date.now()}`);
    doc.body.append(el);
    await new Promise((resolve) => setTimeout(resolve, 2100)); // the kit's 2 s spam trap
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="email"]')!.value = 'ana@example.org';
    const failed = new Promise((resolve) => el.addEventListener('btw-signup-error', resolve, { once: true }));
    el.shadowRoot!.querySelector<HTMLElement>('[part="button"]')!.click();
    await failed;
    // The event comes first; the message renders on the update after it.
    await until(
      () => el.shadowRoot!.querySelector('[part="error"][role="alert"]')?.textContent,
      'the sign-up to say why it failed',
    );
    const alert = el.shadowRoot!.querySelector('[part="error"][role="alert"]')!.textContent!;
    expect(alert).to.contain('Desactiva el bloqueo en este sitio o prueba con otro navegador.');
    frame.remove();
  });
});
