import { expect, html } from '@open-wc/testing';
import {
  alertText,
  fastSettings,
  fill,
  input,
  newKey,
  origin,
  part,
  render,
  restoreSettings,
  status,
  submit,
  submitAndWait,
  until,
} from './test-helpers.js';

// Wording a Latin American editor asked for (issue 12).
describe('<btw-signup> in Spanish', () => {
  beforeEach(fastSettings);
  afterEach(restoreSettings);

  it('labels the family name "Apellidos" and explains a wrong email with an example', async () => {
    const el = await render(
      html`<btw-signup lang="es" action="${origin}/api/signup" fields="family-name"></btw-signup>`,
    );
    expect(
      part(el, `label[for="${input(el, 'family-name').id}"]`)!
        .textContent!.replace(/\s+/g, ' ')
        .trim(),
    ).to.equal('Apellidos (opcional)');
    await fill(el, { email: 'ana@' });
    await submit(el);
    expect(part(el, '#btw-email-error')!.textContent).to.equal(
      'Escribe un correo válido (por ejemplo, nombre@example.org).',
    );
    await expect(el).to.be.accessible();
  });

  it('says "Seguimos intentando enviar tus datos…" while it tries again', async () => {
    const key = newKey();
    const el = await render(
      html`<btw-signup lang="es" action="${origin}/api/signup?key=${key}&amp;fail=429-once&amp;retry-after=1" fields=""></btw-signup>`,
    );
    await fill(el, { email: 'ana@example.org' });
    const done = submitAndWait(el, 'btw-signup-success');
    await until(() => status(el) === 'Seguimos intentando enviar tus datos…');
    await expect(el).to.be.accessible();
    await done;
    expect(alertText(el)).to.equal(undefined);
  });
});
