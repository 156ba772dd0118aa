import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { control, nameOf, share } from '../../../test/helpers/share.js';
import type { BtwShare } from './share.js';

const PAGE = 'https://example.org/beyond-the-wall/root-causes';
const NETWORKS = 'x facebook whatsapp telegram bluesky mastodon linkedin reddit threads email copy';
const names = (el: BtwShare) => [...el.shadowRoot!.querySelectorAll('[data-network]')].map(nameOf);
const settle = async (el: BtwShare) => {
  await new Promise((resolve) => setTimeout(resolve)); // the shared lang observer
  await el.updateComplete;
};

const ENGLISH = [
  'Share on X',
  'Share on Facebook',
  'Share on WhatsApp',
  'Share on Telegram',
  'Share on Bluesky',
  'Share on Mastodon',
  'Share on LinkedIn',
  'Share on Reddit',
  'Share on Threads',
  'Share by email',
  'Copy link',
];
const SPANISH = [
  'Compartir en X',
  'Compartir en Facebook',
  'Compartir en WhatsApp',
  'Compartir en Telegram',
  'Compartir en Bluesky',
  'Compartir en Mastodon',
  'Compartir en LinkedIn',
  'Compartir en Reddit',
  'Compartir en Threads',
  'Compartir por correo',
  'Copiar enlace',
];

describe('<btw-share> accessibility', () => {
  // Keyboard tests activate links: keep the test page where it is.
  const stay = (event: Event) => {
    if ((event.composedPath()[0] as Element).closest?.('a')) event.preventDefault();
  };
  before(() => document.addEventListener('click', stay));
  after(() => document.removeEventListener('click', stay));

  describe('names', () => {
    it('are whole English names, with the heading "Share"', async () => {
      const el = await share(html`<btw-share url=${PAGE} networks=${NETWORKS}></btw-share>`);
      expect(names(el)).to.deep.equal(ENGLISH);
      expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('Share');
    });

    it('are Spanish with lang="es"', async () => {
      const el = await share(html`<btw-share lang="es" url=${PAGE} networks=${NETWORKS}></btw-share>`);
      expect(names(el)).to.deep.equal(SPANISH);
      expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('Compartir');
    });

    it('are Spanish under an ancestor with lang="es-GT"', async () => {
      const wrapper = await fixture(
        html`<div lang="es-GT"><btw-share url=${PAGE} networks=${NETWORKS}></btw-share></div>`,
      );
      const el = wrapper.querySelector('btw-share')!;
      await el.updateComplete;
      expect(names(el)).to.deep.equal(SPANISH);
    });

    it('follow a change of lang at run time', async () => {
      const el = await share(html`<btw-share lang="en" url=${PAGE} networks=${NETWORKS}></btw-share>`);
      el.setAttribute('lang', 'es');
      await settle(el);
      expect(names(el)).to.deep.equal(SPANISH);
      el.setAttribute('lang', 'en-US');
      await settle(el);
      expect(names(el)).to.deep.equal(ENGLISH);
    });

    it('use a given label as the heading and name of the list; label="" keeps only the name', async () => {
      const el = await share(html`<btw-share url=${PAGE} label="Pásalo" networks="x"></btw-share>`);
      const list = el.shadowRoot!.querySelector('[part="list"]')!;
      expect(el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)!.textContent).to.equal('Pásalo');
      const quiet = await share(html`<btw-share url=${PAGE} label="" networks="x"></btw-share>`);
      expect(quiet.shadowRoot!.querySelector('[part="heading"]')).to.equal(null);
      expect(quiet.shadowRoot!.querySelector('[part="list"]')!.getAttribute('aria-label')).to.equal('Share');
      await expect(quiet).to.be.accessible();
    });
  });

  describe('variants', () => {
    it('buttons: icon and visible name, icons hidden from assistive technology', async () => {
      const el = await share(html`<btw-share url=${PAGE} networks=${NETWORKS}></btw-share>`);
      const labels = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="label"]')];
      expect(labels.map((label) => label.textContent)).to.deep.equal([
        'X',
        'Facebook',
        'WhatsApp',
        'Telegram',
        'Bluesky',
        'Mastodon',
        'LinkedIn',
        'Reddit',
        'Threads',
        'Email',
        'Copy link',
      ]);
      expect(labels.every((label) => label.getBoundingClientRect().width > 1)).to.equal(true);
      const icons = [...el.shadowRoot!.querySelectorAll('[part="icon"]')];
      expect(icons).to.have.length(11);
      expect(icons.every((icon) => icon.getAttribute('aria-hidden') === 'true')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('icons: no visible text, the same whole names', async () => {
      const el = await share(html`<btw-share variant="icons" lang="es" url=${PAGE} networks=${NETWORKS}></btw-share>`);
      expect(names(el)).to.deep.equal(SPANISH);
      const labels = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="label"]')];
      expect(labels.every((label) => label.getBoundingClientRect().width <= 1)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('every control is at least 24×24 CSS px, in both variants', async () => {
      for (const variant of ['buttons', 'icons']) {
        const el = await share(html`<btw-share variant=${variant} url=${PAGE} networks=${NETWORKS}></btw-share>`);
        for (const node of el.shadowRoot!.querySelectorAll('[data-network]')) {
          const box = node.getBoundingClientRect();
          expect(Math.min(box.width, box.height), `${variant} ${nameOf(node)}`).to.be.at.least(24);
        }
      }
    });
  });

  describe('keyboard', () => {
    it('Tab reaches every control in order, then leaves', async () => {
      const wrapper = await fixture(
        html`<div><button id="before">before</button><btw-share url=${PAGE} networks=${NETWORKS}></btw-share><button id="after">after</button></div>`,
      );
      const el = wrapper.querySelector('btw-share')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      const reached: string[] = [];
      for (let i = 0; i < 11; i++) {
        await sendKeys({ press: 'Tab' });
        reached.push(nameOf(el.shadowRoot!.activeElement));
      }
      expect(reached).to.deep.equal(ENGLISH);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(wrapper.querySelector('#after'));
    });

    it('Enter and Space activate a share link', async () => {
      const el = await share(html`<btw-share url=${PAGE} networks="whatsapp"></btw-share>`);
      control(el, 'whatsapp')!.focus();
      for (const key of ['Enter', ' ']) {
        const [event] = await Promise.all([oneEvent(el, 'btw-share'), sendKeys({ press: key })]);
        expect(event.detail.network, key).to.equal('whatsapp');
      }
    });

    it('Enter activates the copy button (Space: see the copy tests)', async () => {
      const el = await share(html`<btw-share url=${PAGE} networks="copy"></btw-share>`);
      control(el, 'copy')!.focus();
      const [event] = await Promise.all([oneEvent(el, 'btw-share'), sendKeys({ press: 'Enter' })]);
      expect(event.detail.network).to.equal('copy');
    });

    it('keeps focus on the same control when the URL or the language changes', async () => {
      const el = await share(html`<btw-share url=${PAGE} networks="x copy"></btw-share>`);
      control(el, 'copy')!.focus();
      el.url = `${PAGE}?later`;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Copy link');
      expect(control(el, 'x')!.getAttribute('href')).to.contain(encodeURIComponent('?later'));
      el.setAttribute('lang', 'es');
      await settle(el);
      expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Copiar enlace');
      await expect(el).to.be.accessible();
    });

    it('shows a focus ring in the accent colour', async () => {
      const wrapper = await fixture(
        html`<div style="--btw-accent: rgb(120, 20, 60)"><btw-share url=${PAGE} networks="x"></btw-share></div>`,
      );
      const el = wrapper.querySelector('btw-share')!;
      await el.updateComplete;
      control(el, 'x')!.focus();
      await sendKeys({ press: 'Shift' });
      const ring = getComputedStyle(control(el, 'x')!);
      expect([ring.outlineStyle, ring.outlineWidth, ring.outlineColor]).to.deep.equal([
        'solid',
        '2px',
        'rgb(120, 20, 60)',
      ]);
    });
  });

  describe('theming', () => {
    it('paints buttons with --btw-accent and --btw-accent-contrast, and exposes parts', async () => {
      const wrapper = await fixture(
        html`<div style="--btw-accent: rgb(0, 80, 40); --btw-accent-contrast: rgb(250, 250, 240)"><btw-share url=${PAGE} networks="x"></btw-share></div>`,
      );
      const el = wrapper.querySelector('btw-share')!;
      await el.updateComplete;
      const style = getComputedStyle(control(el, 'x')!);
      expect([style.backgroundColor, style.color]).to.deep.equal(['rgb(0, 80, 40)', 'rgb(250, 250, 240)']);
      const parts = new Set([...el.shadowRoot!.querySelectorAll('[part]')].map((node) => node.getAttribute('part')));
      expect([...parts].sort()).to.deep.equal(['button', 'heading', 'icon', 'label', 'list']);
    });
  });
});
