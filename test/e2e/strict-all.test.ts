import { expect } from '@open-wc/testing';
import { kitReady, openPage, recordOf } from '../bundle/kit.js';
import origin from '../server/origin.js';
import { until } from '../helpers/until.js';

// The strict Content-Security-Policy and Trusted Types, all three elements, and a look
// at every request the page made.
describe('all three elements on a strict-CSP partner page', () => {
  let frame: HTMLIFrameElement;
  let kit: Awaited<ReturnType<typeof kitReady>>;
  before(async () => {
    frame = await openPage('strict-all.html', { width: 900, height: 1600 });
    kit = await kitReady(frame);
  });
  after(() => frame.remove());

  const requested = () =>
    frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name));

  it('renders everything with no violation and no error', () => {
    expect(kit.recommendation.shadowRoot!.querySelectorAll('[part~="action"]').length).to.equal(5);
    expect(kit.share.shadowRoot!.querySelectorAll('a[href]').length).to.be.above(3);
    expect(recordOf(frame).violations).to.deep.equal([]);
    expect(recordOf(frame).errors).to.deep.equal([]);
  });

  it('asks no host but the page’s own for anything until a reader acts', () => {
    const others = requested().filter((url) => url.origin !== location.origin);
    expect(others.map(String)).to.deep.equal([]);
  });

  it('signs a reader up, posting only to the page’s own endpoint', async () => {
    const form = kit.signup.shadowRoot!;
    const email = form.querySelector<HTMLInputElement>('input[type="email"]')!;
    // Both browsers post to the page's one log key: an address of this run's own tells them apart.
    const address = `ana.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}@example.org`;
    email.value = address;
    email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await new Promise((resolve) => setTimeout(resolve, 2100)); // the 2 s spam trap
    const done = new Promise<Event>((resolve) => {
      kit.signup.addEventListener('btw-signup-success', resolve, { once: true });
      kit.signup.addEventListener('btw-signup-error', resolve, { once: true });
    });
    form.querySelector<HTMLElement>('[part~="button"]')!.click();
    expect((await done).type).to.equal('btw-signup-success');
    const log: { body: string }[] = await (await fetch('/api/log?key=strict-all')).json();
    const mine = log.map((entry) => JSON.parse(entry.body)).filter((body) => body.email === address);
    expect(mine.map(({ email, source, tags }) => ({ email, source, tags }))).to.deep.equal([
      { email: address, source: 'partner-x', tags: ['btw'] },
    ]);
    expect(recordOf(frame).violations).to.deep.equal([]);
    expect(
      requested()
        .filter((url) => url.origin !== location.origin)
        .map(String),
    ).to.deep.equal([]);
  });

  // Last: it causes a violation on purpose.
  it('says the sign-up was blocked when the page’s policy refuses the action’s host, and keeps what was typed', async () => {
    const key = `strict-blocked-${Date.now()}`;
    const doc = frame.contentDocument!;
    const signup = doc.createElement('btw-signup');
    signup.setAttribute('action', `${origin}/api/signup?key=${key}`); // another origin: not in connect-src 'self'
    doc.body.append(signup);
    await (signup as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const form = signup.shadowRoot!;
    const email = form.querySelector<HTMLInputElement>('input[type="email"]')!;
    email.value = 'ana@example.org';
    email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await new Promise((resolve) => setTimeout(resolve, 2100)); // the 2 s spam trap
    const failed = new Promise<CustomEvent>((resolve) => {
      signup.addEventListener('btw-signup-error', (event) => resolve(event as CustomEvent), { once: true });
    });
    form.querySelector<HTMLElement>('[part~="button"]')!.click();
    const { detail } = await failed;
    expect(detail.retryable).to.equal(false);
    expect(detail.error.kind).to.equal('blocked');
    // The event comes first; the message renders on the update after it.
    await until(() => form.querySelector('[role="alert"]')?.textContent?.trim(), 'the sign-up to say why it failed');
    expect(form.querySelector('[role="alert"]')?.textContent?.trim()).to.equal(
      'Your browser or an extension blocked the sign-up. Allow it on this site, or try another browser.',
    );
    expect(form.querySelector<HTMLInputElement>('input[type="email"]')!.value).to.equal('ana@example.org');
    expect(recordOf(frame).violations.length).to.be.above(0);
    expect(await (await fetch(`${origin}/api/log?key=${key}`)).json()).to.deep.equal([]);
  });
});
