import { expect } from '@open-wc/testing';
import { kitReady, openPage, recordOf } from '../bundle/kit.js';
import { until } from '../helpers/until.js';

const label = (el: HTMLElement, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((node) =>
    (node.getAttribute('aria-label') ?? node.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );

describe('a page in Spanish', () => {
  let frame: HTMLIFrameElement;
  before(async () => {
    frame = await openPage('spanish.html', { width: 800, height: 1600 });
  });
  after(() => frame.remove());

  it('shows all three elements in Spanish, then in English when the page switches', async () => {
    let kit = await kitReady(frame);
    expect(label(kit.share, '[part~="button"]')).to.deep.equal([
      'Compartir en WhatsApp',
      'Compartir por correo',
      'Copiar enlace',
    ]);
    expect(label(kit.signup, 'label')[0]).to.contain('Correo electrónico');
    expect(label(kit.recommendation, '[part~="title"]')[0]).to.contain('Centroamérica');
    frame.contentDocument!.documentElement.lang = 'en';
    kit = await kitReady(frame);
    await until(
      () =>
        label(kit.share, '[part~="button"]')[0] === 'Share on WhatsApp' &&
        label(kit.signup, 'label')[0]?.includes('Email') &&
        label(kit.recommendation, '[part~="title"]')[0]?.includes('Central America'),
      'every element in English',
    );
    expect(label(kit.share, '[part~="button"]')).to.deep.equal(['Share on WhatsApp', 'Share by email', 'Copy link']);
    expect(label(kit.signup, 'label')[0]).to.contain('Email');
    expect(label(kit.recommendation, '[part~="title"]')[0]).to.contain('Central America');
    expect(recordOf(frame).errors).to.deep.equal([]);
  });
});

describe('two versions of the kit on one page', () => {
  it('keeps an older copy that loaded first, without an error', async () => {
    const frame = await openPage('versions-old-first.html');
    const win = frame.contentWindow!;
    const Share = win.customElements.get('btw-share') as unknown as { version?: string };
    expect(Share.version).to.equal('0.0.1');
    expect(win.document.querySelector('btw-share')!.shadowRoot).to.equal(null);
    expect(recordOf(frame).errors).to.deep.equal([]);
    frame.remove();
  });

  it('keeps this copy when an older one loads after it, without an error', async () => {
    const frame = await openPage('versions-new-first.html');
    const win = frame.contentWindow!;
    const Share = win.customElements.get('btw-share') as unknown as { version?: string };
    expect(Share.version).to.equal(undefined);
    const el = win.document.querySelector('btw-share') as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    expect(label(el, '[part~="button"]')).to.deep.equal(['Share by email']);
    expect(recordOf(frame).errors).to.deep.equal([]);
    frame.remove();
  });
});
