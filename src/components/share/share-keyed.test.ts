import { expect, html } from '@open-wc/testing';
import { control, share } from '../../../test/helpers/share.js';

/** The text an element's `aria-describedby` points at, as a screen reader reads it after the name. */
const description = (node: HTMLElement) =>
  (node.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => (node.getRootNode() as ShadowRoot).getElementById(id)!.textContent)
    .join(' ');

describe('<btw-share> keeps its controls', () => {
  it('updates each control in place when the language, URL or text changes: same node, same focus', async () => {
    const el = await share(
      html`<btw-share lang="en" url="https://example.org/a" networks="whatsapp x email copy"></btw-share>`,
    );
    const before = ['whatsapp', 'x', 'email', 'copy'].map((network) => control(el, network));
    control(el, 'x')!.focus();
    el.setAttribute('lang', 'es');
    el.url = 'https://example.org/b';
    el.text = 'Otro texto';
    await new Promise((resolve) => setTimeout(resolve)); // the shared lang observer
    await el.updateComplete;
    const after = ['whatsapp', 'x', 'email', 'copy'].map((network) => control(el, network));
    expect(after).to.deep.equal(before);
    expect(el.shadowRoot!.activeElement).to.equal(before[1]);
    expect(before[1]!.getAttribute('aria-label')).to.equal('Compartir en X');
    expect(before[1]!.getAttribute('href')).to.contain(encodeURIComponent('https://example.org/b'));
  });

  it('says that a share link opens a new tab; the email link and the buttons do not', async () => {
    const el = await share(
      html`<btw-share lang="en" url="https://example.org/a" networks="whatsapp bluesky email copy"></btw-share>`,
    );
    expect(['whatsapp', 'bluesky', 'email', 'copy'].map((network) => description(control(el, network)!))).to.deep.equal(
      ['Opens in a new tab', 'Opens in a new tab', '', ''],
    );
    el.setAttribute('lang', 'es');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(description(control(el, 'whatsapp')!)).to.equal('Se abre en una pestaña nueva');
    await expect(el).to.be.accessible();
  });
});
