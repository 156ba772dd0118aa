import { expect } from '@open-wc/testing';
import origin from '../server/origin.js';
import { openPage, recordOf } from './kit.js';
import { addSignup, alertOf, consoleErrors } from './signup-helpers.js';

const CONFIG_ERROR = 'This sign-up form is not set up correctly yet.';

// The built kit sends Mailchimp sign-ups to Mailchimp's list hosts only: injected
// markup cannot turn the JSONP script into an attacker's script. (The local
// stand-in exists in the test build only: see test/e2e/signup-mailchimp-csp.test.ts.)
describe('btw-signup in the built kit: Mailchimp hosts', () => {
  it('contains no way to reach the local Mailchimp stand-in', async () => {
    const code = await (await fetch('/dist/btw.js')).text();
    // Booleans: a failure message with the whole bundle in it helps nobody.
    expect(code.includes('list-manage'), 'list-manage').to.equal(true);
    for (const trace of ['api/signup/mailchimp', '127\\.0\\.0\\.1', 'localhost'])
      expect(code.includes(trace), trace).to.equal(false);
  });

  it("refuses a Mailchimp action on any host but list-manage.com as a configuration error, on the partner guide's strict page", async () => {
    const frame = await openPage('signup-csp.html');
    const errors = consoleErrors(frame);
    const refused = [
      'https://attacker.example/x/post?u=1&id=2',
      `${origin}/api/signup/mailchimp/subscribe/post?u=1&id=2`,
      'https://us1.list-manage.com.attacker.example/subscribe/post?u=1&id=2',
    ];
    for (const action of refused) {
      const el = await addSignup(frame, { provider: 'mailchimp', action });
      expect(el.shadowRoot!.querySelector('form') === null, action).to.equal(true);
      expect(alertOf(el), action).to.equal(CONFIG_ERROR);
    }
    expect(errors).to.have.length(refused.length);
    for (const error of errors) expect(error).to.contain('<btw-signup>').and.contain('list-manage.com');
    const listed = await addSignup(frame, {
      provider: 'mailchimp',
      action: 'https://partner.us21.list-manage.com/subscribe/post?u=1a&id=2b',
    });
    expect(listed.shadowRoot!.querySelector('form')).not.to.equal(null);
    expect(recordOf(frame).errors).to.deep.equal([]);
    expect(recordOf(frame).violations).to.deep.equal([]);
    frame.remove();
  });
});
