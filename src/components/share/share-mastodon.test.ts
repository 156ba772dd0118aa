import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { control, share } from '../../../test/helpers/share.js';
import { parseInstance, STORAGE_KEY } from './mastodon.js';
import type { BtwShare } from './share.js';

const PAGE = 'https://example.org/beyond-the-wall/root-causes';
const field = (el: BtwShare) => el.shadowRoot!.querySelector<HTMLInputElement>('#mastodon-server');
const remember = (el: BtwShare) => el.shadowRoot!.querySelector<HTMLInputElement>('#mastodon-remember');
const forget = (el: BtwShare) => el.shadowRoot!.querySelector<HTMLButtonElement>('.remember button');
const errorText = (el: BtwShare) => el.shadowRoot!.querySelector('#mastodon-error')?.textContent?.trim();

async function openPrompt(el: BtwShare) {
  control(el, 'mastodon')!.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

async function typeAndEnter(el: BtwShare, text: string) {
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

describe('<btw-share> Mastodon', () => {
  const opened: string[] = [];
  /** How each opened link was opened: its target and rel. */
  const how: string[][] = [];
  const onClick = (event: Event) => {
    const link = (event.composedPath()[0] as Element).closest?.('a');
    if (!link) return; // a button's click (the prompt's submit) goes on
    if (!event.defaultPrevented) opened.push(link.href);
    if (!event.defaultPrevented) how.push([link.target, link.rel]);
    event.preventDefault(); // never leave the test page
  };
  beforeEach(() => {
    localStorage.removeItem(STORAGE_KEY);
    opened.length = 0;
    how.length = 0;
    document.addEventListener('click', onClick);
  });
  afterEach(() => {
    localStorage.removeItem(STORAGE_KEY);
    document.removeEventListener('click', onClick);
  });

  it('is a direct link with mastodon-instance', async () => {
    const el = await share(
      html`<btw-share url=${PAGE} text="Hola" networks="mastodon" mastodon-instance="mastodon.social"></btw-share>`,
    );
    expect(control(el, 'mastodon')!.getAttribute('href')).to.equal(
      `https://mastodon.social/share?text=Hola%20${encodeURIComponent(PAGE)}`,
    );
  });

  it('without it, asks for the server in a labelled inline prompt', async () => {
    const el = await share(html`<btw-share url=${PAGE} networks="x mastodon"></btw-share>`);
    const button = control(el, 'mastodon')!;
    expect([button.localName, button.getAttribute('aria-expanded')]).to.deep.equal(['button', 'false']);
    await openPrompt(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)).to.not.equal(null);
    const input = field(el)!;
    expect(el.shadowRoot!.activeElement).to.equal(input);
    expect(input.labels![0].textContent).to.equal('Your Mastodon server');
    await expect(el).to.be.accessible();
  });

  it('explains an invalid server name, linked to the field, and keeps focus there', async () => {
    const el = await share(html`<btw-share url=${PAGE} networks="mastodon"></btw-share>`);
    await openPrompt(el);
    await typeAndEnter(el, 'not a server');
    const input = field(el)!;
    expect(errorText(el)).to.equal('Enter a server name such as mastodon.social.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')!.split(' ')).to.include('mastodon-error');
    expect(el.shadowRoot!.querySelector('#mastodon-error')!.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.activeElement).to.equal(input);
    expect(opened).to.deep.equal([]);
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('opens the share page of a valid server, remembers nothing unless asked, and returns focus', async () => {
    const el = await share(
      html`<btw-share url=${PAGE} text="Más allá" networks="mastodon" utm-source="blog"></btw-share>`,
    );
    await openPrompt(el);
    await sendKeys({ type: 'https://Mastodon.Social/@ana' });
    const [event] = await Promise.all([oneEvent(el, 'btw-share'), sendKeys({ press: 'Enter' })]);
    await el.updateComplete;
    const url = `${PAGE}?utm_source=blog&utm_medium=mastodon`;
    expect(event.detail).to.deep.equal({ network: 'mastodon', url });
    expect(opened).to.deep.equal([
      `https://mastodon.social/share?text=M%C3%A1s%20all%C3%A1%20${encodeURIComponent(url)}`,
    ]);
    expect(how, 'a new tab, without opener or referrer').to.deep.equal([['_blank', 'noopener noreferrer']]);
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    expect(field(el)).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(control(el, 'mastodon'));
  });

  it('remembers only the host when the reader ticks "Remember my server on this device" (off by default)', async () => {
    const el = await share(html`<btw-share url=${PAGE} networks="mastodon"></btw-share>`);
    await openPrompt(el);
    const box = remember(el)!;
    expect([box.type, box.checked, box.labels![0].textContent]).to.deep.equal([
      'checkbox',
      false,
      'Remember my server on this device',
    ]);
    expect(forget(el), 'no Forget button while nothing is remembered').to.equal(null);
    await expect(el).to.be.accessible();
    await sendKeys({ type: '@ana@Mastodon.Social' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    expect(box.checked).to.equal(true);
    field(el)!.focus();
    await sendKeys({ press: 'Enter' });
    expect(localStorage.getItem(STORAGE_KEY)).to.equal('mastodon.social');
  });

  it('offers "Forget my server" for a remembered server: nothing stays, the field is emptied and focused', async () => {
    localStorage.setItem(STORAGE_KEY, 'social.example.org');
    const el = await share(html`<btw-share url=${PAGE} networks="mastodon"></btw-share>`);
    await openPrompt(el);
    expect([field(el)!.value, remember(el)!.checked]).to.deep.equal(['social.example.org', true]);
    const button = forget(el)!;
    expect([button.checkVisibility(), button.textContent]).to.deep.equal([true, 'Forget my server']);
    await expect(el).to.be.accessible();
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    expect([field(el)!.value, remember(el)!.checked, forget(el)]).to.deep.equal(['', false, null]);
    expect(el.shadowRoot!.activeElement).to.equal(field(el));
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Server forgotten.');
    await expect(el).to.be.accessible();
  });

  it('forgets a remembered server when the reader unticks the box and shares', async () => {
    localStorage.setItem(STORAGE_KEY, 'social.example.org');
    const el = await share(html`<btw-share url=${PAGE} networks="mastodon"></btw-share>`);
    await openPrompt(el);
    remember(el)!.click();
    field(el)!.focus();
    await sendKeys({ press: 'Enter' });
    expect(opened).to.have.length(1);
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
  });

  it('offers the remembered server on the next render', async () => {
    localStorage.setItem(STORAGE_KEY, 'social.example.org');
    const el = await share(html`<btw-share url=${PAGE} text="Hola" networks="mastodon"></btw-share>`);
    await openPrompt(el);
    expect(field(el)!.value).to.equal('social.example.org');
    await sendKeys({ press: 'Enter' });
    expect(opened).to.deep.equal([`https://social.example.org/share?text=Hola%20${encodeURIComponent(PAGE)}`]);
  });

  it('opens nothing when btw-share is cancelled', async () => {
    const el = await share(html`<btw-share url=${PAGE} networks="mastodon"></btw-share>`);
    el.addEventListener('btw-share', (event) => event.preventDefault());
    await openPrompt(el);
    await typeAndEnter(el, 'mastodon.social');
    expect(opened).to.deep.equal([]);
  });

  it('closes on Escape and returns focus to the Mastodon button', async () => {
    const el = await share(html`<btw-share url=${PAGE} networks="mastodon"></btw-share>`);
    await openPrompt(el);
    await sendKeys({ type: 'mast' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(field(el)).to.equal(null);
    const button = control(el, 'mastodon')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(opened).to.deep.equal([]);
  });

  it('speaks Spanish', async () => {
    const el = await share(html`<btw-share lang="es" url=${PAGE} networks="mastodon"></btw-share>`);
    expect(control(el, 'mastodon')!.getAttribute('aria-label')).to.equal('Compartir en Mastodon');
    await openPrompt(el);
    expect(field(el)!.labels![0].textContent).to.equal('Tu servidor de Mastodon');
    await typeAndEnter(el, 'x');
    expect(errorText(el)).to.equal('Escribe el nombre de un servidor, como mastodon.social.');
    expect(remember(el)!.labels![0].textContent).to.equal('Recordar mi servidor en este dispositivo');
    await expect(el).to.be.accessible();
  });

  it('reads host names the way people paste them', () => {
    expect(
      [
        'mastodon.social',
        ' Mastodon.SOCIAL ',
        'https://mastodon.social/about',
        '@ana@mastodon.social',
        'ana@tilde.zone',
        'mastodón.example',
        'social.example.org.',
      ].map(parseInstance),
    ).to.deep.equal([
      'mastodon.social',
      'mastodon.social',
      'mastodon.social',
      'mastodon.social',
      'tilde.zone',
      'xn--mastodn-q0a.example',
      'social.example.org',
    ]);
    expect(
      [
        '',
        'mastodon',
        'localhost',
        '127.0.0.1',
        'mastodon.social:8080',
        'a b.social',
        '-bad.social',
        'bad-.social',
        'example.xn--p1ai-',
        `${'a'.repeat(64)}.social`,
        `${'a.'.repeat(122)}socialorgs`,
        'javascript:alert(1)',
        'mastodon..social',
      ].map(parseInstance),
    ).to.deep.equal(Array(13).fill(undefined));
    expect(
      [`${'a'.repeat(63)}.social`, `${'a.'.repeat(122)}socialorg`, 'example.xn--p1ai'].map(parseInstance),
    ).to.deep.equal([`${'a'.repeat(63)}.social`, `${'a.'.repeat(122)}socialorg`, 'example.xn--p1ai']);
  });
});
