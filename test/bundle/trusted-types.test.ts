import { expect } from '@open-wc/testing';
import { KIT_TAGS, openPage, recordOf } from './kit.js';
import { addSignup, alertOf, consoleErrors, pastSpamTrap, submit } from './signup-helpers.js';
import { until } from '../helpers/until.js';

type Kit = HTMLElement & { updateComplete: Promise<unknown> };

// What the built kit needs from Trusted Types: only the policy `btw-signup`, for
// Mailchimp sign-ups (the partner guide's `trusted-types btw-signup`). The
// elements build their DOM with the DOM's own methods: no HTML strings, no
// other policy (the kit carried Lit's `lit-html` policy until issue 13).
describe('the built kit under Trusted Types', () => {
  it("with no policy allowed ('none'): share, the recommendation and other sign-ups work; a Mailchimp sign-up is blocked and says why", async () => {
    const frame = await openPage('tt-without-signup-policy.html');
    const doc = frame.contentDocument!;
    const errors = consoleErrors(frame);
    const share = doc.createElement('btw-share') as Kit;
    share.setAttribute('url', 'https://example.org/beyond-the-wall');
    const recommendation = doc.createElement('btw-recommendation') as Kit;
    recommendation.setAttribute('src', '/demo/recommendations/root-causes.json');
    doc.querySelector('main')!.append(share, recommendation);
    const json = await addSignup(frame, { action: '/api/signup?key=tt-json', fields: '' });
    const mailchimp = await addSignup(frame, {
      provider: 'mailchimp',
      fields: '',
      action: 'https://partner.us21.list-manage.com/subscribe/post?u=1a&id=2b',
    });
    await share.updateComplete;
    expect(share.shadowRoot!.querySelectorAll('a[href]').length).to.be.above(0);
    await until(() => recommendation.shadowRoot!.querySelector('[part~="title"]'), 'the recommendation rendered');
    await pastSpamTrap();
    const [sent, blocked] = await Promise.all([submit(json, 'ana@example.org'), submit(mailchimp, 'ana@example.org')]);
    expect(sent.type).to.equal('btw-signup-success');
    expect([blocked.type, blocked.detail.error.kind]).to.deep.equal(['btw-signup-error', 'blocked']);
    expect(alertOf(mailchimp)).to.contain('blocked');
    expect(errors.join('\n')).to.contain('<btw-signup>').and.contain('trusted-types').and.contain('btw-signup');
    expect(recordOf(frame).errors).to.deep.equal([]);
    frame.remove();
  });

  it("loaded twice with the guide's directive (no 'allow-duplicates'): no error, every element defined and working", async () => {
    const frame = await openPage('tt-twice.html');
    const record = recordOf(frame);
    // Both copies have run and every tag is defined: whatever either copy would report has happened by then.
    await until(
      () =>
        ['/dist/btw.js', '/dist/btw.js?from=theme'].every((src) => record.loaded.includes(src)) &&
        KIT_TAGS.every((tag) => frame.contentWindow!.customElements.get(tag)),
      'both copies of the kit, and every tag defined',
    );
    expect(record.loaded).to.include.members(['/dist/btw.js', '/dist/btw.js?from=theme']);
    expect(record.errors).to.deep.equal([]);
    expect(record.violations).to.deep.equal([]);
    for (const tag of KIT_TAGS) expect(frame.contentWindow!.customElements.get(tag), tag).to.be.a('function');
    const share = frame.contentDocument!.querySelector('btw-share') as Kit;
    await share.updateComplete;
    expect(share.shadowRoot!.querySelectorAll('a[href]').length).to.be.above(0);
    frame.remove();
  });

  it("dist/btw-share.js needs no policy: it renders, opens the Mastodon prompt and reports nothing under trusted-types 'none'", async () => {
    const frame = await openPage('tt-share-only.html');
    const share = frame.contentDocument!.querySelector('btw-share') as Kit;
    await share.updateComplete;
    const root = share.shadowRoot!;
    expect(root.querySelector('a[data-network=whatsapp]')!.getAttribute('href')).to.equal(
      `https://wa.me/?text=${encodeURIComponent('A strict page that allows no Trusted Types policy')}%20${encodeURIComponent('https://example.org/beyond-the-wall')}`,
    );
    (root.querySelector('button[data-network=mastodon]') as HTMLButtonElement).click();
    await share.updateComplete;
    expect(root.querySelector('#mastodon-prompt label')!.textContent).to.equal('Tu servidor de Mastodon');
    const record = recordOf(frame);
    expect(record.errors).to.deep.equal([]);
    expect(record.violations).to.deep.equal([]);
    frame.remove();
  });
});
