import { expect, html } from '@open-wc/testing';
import { mutationsDuring, renderAgain } from '../../../test/helpers/mutations.js';
import {
  fastSettings,
  fill,
  input,
  origin,
  part,
  render,
  restoreSettings,
  submit,
  submitAndWait,
} from './test-helpers.js';

/** Whether a reader sees `node` (laid out, not clipped away as visually hidden). */
const shown = (node: Element) => {
  const { width, height } = node.getBoundingClientRect();
  return width > 1 && height > 1;
};

/** Every element of the shadow root whose own text contains `text`. */
const holding = (root: ShadowRoot, text: string) =>
  [...root.querySelectorAll('*')].filter((node) =>
    [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.includes(text)),
  );

describe('btw-signup states', () => {
  beforeEach(fastSettings);
  afterEach(restoreSettings);

  it('shows the thanks once, where focus moved, and no live region repeats it', async () => {
    const el = await render(html`<btw-signup action="${origin}/api/signup" fields=""></btw-signup>`);
    await fill(el, { email: 'ana@example.org' });
    await submitAndWait(el, 'btw-signup-success');
    const thanks = holding(el.shadowRoot!, 'Thank you for signing up!');
    expect(thanks.filter(shown)).to.have.length(1);
    expect(thanks).to.have.length(1);
    expect(el.shadowRoot!.activeElement!.contains(thanks[0])).to.equal(true);
    expect(part(el, '[role="status"]')!.textContent!.trim()).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('shows a slotted thanks once, in place of the default one', async () => {
    const el = await render(
      html`<btw-signup action="${origin}/api/signup" fields=""><p slot="success">Welcome aboard</p></btw-signup>`,
    );
    await fill(el, { email: 'ana@example.org' });
    await submitAndWait(el, 'btw-signup-success');
    expect(holding(el.shadowRoot!, 'Thank you').filter(shown)).to.deep.equal([]);
    expect(part(el, '[role="status"]')!.textContent!.trim()).to.equal('');
    expect(el.shadowRoot!.activeElement!.querySelector('slot')!.assignedElements()[0].textContent).to.equal(
      'Welcome aboard',
    );
  });

  it('does not mark the consent box invalid before a submit; an unticked submit does', async () => {
    const el = await render(html`<btw-signup action="${origin}/api/signup" fields="" consent></btw-signup>`);
    const consent = input(el, 'consent');
    expect(consent.getAttribute('aria-invalid')).to.equal('false');
    expect(consent.required).to.equal(true);
    await expect(el).to.be.accessible();
    await fill(el, { email: 'ana@example.org' });
    await submit(el);
    expect(consent.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('keeps its status and alerts quiet when it renders again with the same texts', async () => {
    const el = await render(html`<btw-signup action="${origin}/api/signup" consent fields=""></btw-signup>`);
    await submit(el);
    const regions = [...el.shadowRoot!.querySelectorAll('[role="status"], [role="alert"], [part="error"]')];
    expect(regions.map((node) => node.textContent).join('')).to.not.equal('');
    // Rewriting the same text makes a screen reader say it again.
    expect(await mutationsDuring(regions, () => renderAgain(el))).to.have.length(0);
    // A real change is seen: the email's error changes with what was typed.
    await fill(el, { email: 'ana@' });
    expect(await mutationsDuring(regions, () => submit(el))).to.have.length.above(0);
  });
});
