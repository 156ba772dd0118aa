import { expect } from '@open-wc/testing';
import origin from '../server/origin.js';
import { openPage } from './kit.js';
import { addSignup, consoleErrors, log, pastSpamTrap, submit } from './signup-helpers.js';

// The built kit: a sign-up POST never follows a redirect. A 307/308 would post the
// reader's details again wherever it points; a 302/303 would show a false success.
describe('btw-signup in the built kit: redirects', () => {
  it('treats a redirect to another origin as a configuration error: one request, nothing sent on, values kept', async () => {
    const frame = await openPage('signup-plain.html');
    const errors = consoleErrors(frame);
    const run = `bundle-redirect-${Date.now()}`;
    const cases = [
      ['json', 307, `${location.origin}/api/signup`],
      ['json', 308, `${location.origin}/api/signup`],
      ['form', 302, `${location.origin}/api/signup/form`],
      ['form', 303, `${location.origin}/api/signup/form`],
      // A target that fails CORS: once counted as a network error and posted three times.
      ['json', 307, 'https://attacker.example/collect'],
    ] as const;
    const signups = [];
    for (const [i, [provider, status, target]] of cases.entries()) {
      const key = `${run}-${i}`;
      const to = encodeURIComponent(`${target}?key=${key}-elsewhere`);
      signups.push({
        key,
        el: await addSignup(frame, {
          provider,
          fields: '',
          action: `${origin}/api/redirect?key=${key}&status=${status}&to=${to}`,
        }),
      });
    }
    await pastSpamTrap();
    const outcomes = await Promise.all(signups.map(({ el }, i) => submit(el, `reader${i}@example.org`)));
    for (const [i, { key, el }] of signups.entries()) {
      const name = cases[i].join(' ');
      expect(outcomes[i].type, name).to.equal('btw-signup-error');
      expect(outcomes[i].detail.error.kind, name).to.equal('server');
      expect(await log(origin, key), name).to.have.length(1);
      expect(await log(location.origin, `${key}-elsewhere`), name).to.have.length(0);
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[name="email"]')!.value, name).to.equal(
        `reader${i}@example.org`,
      );
      expect(el.shadowRoot!.textContent, name).not.to.contain('Thank you');
    }
    expect(errors.filter((error) => error.includes('<btw-signup>') && error.includes('redirect'))).to.have.length(
      cases.length,
    );
    frame.remove();
  });
});
