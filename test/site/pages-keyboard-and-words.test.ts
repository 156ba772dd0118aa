// The builder and the studio as a keyboard, screen-reader or Spanish reader meets
// them: a focus ring that stands out from what is around it, no alert before anyone
// acted, labels in words, every copy announced, no status on load, Spanish titles
// and landmark names, and nothing wider than a 320 px phone with WCAG text spacing.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { drawn } from '../helpers/frames.js';
import { openBuilder, previewElement, previewReady, until as waitFor, type Builder } from './builder-page.js';
import { closePages, openPage, until, type Page } from './site-page.js';

/** WCAG 1.4.12: line height 1.5, paragraph spacing 2em, letter spacing 0.12em, word spacing 0.16em. */
const TEXT_SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

const rgb = (color: string) => (/rgba?\(([^)]+)\)/.exec(color)?.[1].split(',').map(Number) ?? []) as number[];

/** WCAG relative luminance of an `rgb()` colour. */
function luminance([r, g, b]: number[]) {
  const channel = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

const contrast = (a: number[], b: number[]) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};

/** The colour an outline drawn around `el` sits on: the first opaque background behind it. */
function backgroundBehind(el: Element, win: Window) {
  for (let node = el.parentElement; node; node = node.parentElement) {
    const [r, g, b, a = 1] = rgb(win.getComputedStyle(node).backgroundColor);
    if (a > 0) return [r, g, b];
  }
  return [255, 255, 255];
}

/** Every control a keyboard reaches that is shown (the kit's own controls are tested with the kit). */
const controls = (doc: Document) =>
  [...doc.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex="0"]')].filter(
    (el) => el.checkVisibility() && !(el as HTMLButtonElement).disabled && el.getAttribute('aria-disabled') !== 'true',
  );

/** Each control's focus ring that is missing or under 3:1 against what is behind it. */
async function weakRings(page: Page) {
  const weak: string[] = [];
  for (const el of controls(page.doc)) {
    el.focus();
    const style = page.win.getComputedStyle(el);
    const name = `${el.localName}#${el.id || el.textContent!.trim().slice(0, 30)}`;
    if (!el.matches(':focus-visible') || style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) {
      weak.push(`${name}: no ring`);
      continue;
    }
    const ratio = contrast(rgb(style.outlineColor), backgroundBehind(el, page.win));
    if (ratio < 3) weak.push(`${name}: ${ratio.toFixed(2)}:1`);
  }
  return weak;
}

/** What a live region said, one entry each time it changed as a screen reader would see it. */
function record(region: Element) {
  const said: string[] = [];
  const view = region.ownerDocument.defaultView as Window & typeof globalThis;
  new view.MutationObserver(() => said.push(region.textContent!.trim())).observe(region, {
    childList: true,
    characterData: true,
    subtree: true,
  });
  return said;
}

async function openStudio(query = '', width = 1280) {
  const page = await openPage(`/demo/studio.html${query}`, { width });
  await until(() => page.doc.querySelector<HTMLTextAreaElement>('#json')?.value, 'the demo document loads');
  return page;
}

const studioPreviews = (page: Page) =>
  [...page.doc.querySelectorAll('.preview btw-recommendation')].every((el) =>
    el.shadowRoot?.querySelector('[part~="title"]'),
  );

describe('the builder and the studio: keyboard, announcements and words', function () {
  // Each test opens a whole page (the kit's source, Lit's development build) in a frame.
  this.timeout(60_000);
  let b: Builder | undefined;
  afterEach(() => {
    b?.frame.remove();
    b = undefined;
    closePages();
  });

  it('every control of the builder and the studio has a focus ring of at least 3:1', async () => {
    // A key press first: focus moved by script then shows its ring, as it does for a keyboard user.
    await sendKeys({ press: 'Shift' });
    b = await openBuilder('?element=btw-signup&lang=es');
    expect(await weakRings(b), 'builder').to.deep.equal([]);
    const studio = await openStudio('?lang=es');
    await until(() => studioPreviews(studio), 'the previews render');
    expect(await weakRings(studio), 'studio').to.deep.equal([]);
  });

  it('choosing the sign-up element alerts nothing before anyone typed', async () => {
    b = await openBuilder('?lang=es');
    const alerts = () => [
      ...b!.doc.querySelectorAll('[role="alert"]'),
      ...(previewElement(b!)?.shadowRoot?.querySelectorAll('[role="alert"]') ?? []),
    ];
    b.doc.querySelector<HTMLInputElement>('#element-btw-signup')!.click();
    await waitFor(() => previewElement(b!)?.localName === 'btw-signup', 'the sign-up in the preview');
    await previewReady(b);
    expect(alerts()).to.have.length(0);
    expect(previewElement(b)!.shadowRoot!.querySelector('input[type="email"]'), 'the form, as readers will see it').to
      .exist;
    // The builder still says what is missing, where the partner reads before copying.
    expect(b.doc.querySelector('.hints')!.textContent).to.contain('Completa el atributo action');
  });

  it('labels each setting in words, with the attribute and token names as hints', async () => {
    b = await openBuilder('?element=btw-signup&lang=es');
    const label = (id: string) => b!.doc.querySelector(`label[for="${id}"]`)!;
    expect(label('f-action').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Adónde se envían las suscripciones action',
    );
    expect(label('f-action').querySelector('code')!.getAttribute('lang')).to.equal('en');
    expect(label('f-fields-given-name').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Nombre given-name');
    expect(b.doc.querySelector('#f-fields-given-name-down')!.getAttribute('aria-label')).to.equal('Bajar Nombre');
    const languages = [...b.doc.querySelectorAll<HTMLOptionElement>('#f-lang option')].map((o) =>
      o.textContent!.trim(),
    );
    expect(languages).to.deep.equal(['Automático', 'inglés (en)', 'español (es)']);
    // What «Automático» means is under the select, where a 320 px phone shows it in full.
    expect(b.doc.querySelector('#f-lang-help')!.textContent).to.contain('toma el idioma de tu página');
    await expect(b.doc.documentElement).to.be.accessible();
  });

  it('the builder announces a refused copy each time it is tried', async () => {
    b = await openBuilder('?lang=es');
    const said = record(b.doc.querySelector('#copy-status')!);
    const copy = b.doc.querySelector<HTMLButtonElement>('#copy')!;
    copy.click();
    await waitFor(() => said.at(-1)?.startsWith('Tu navegador no permitió copiar'), 'the first message');
    said.length = 0;
    copy.click();
    await waitFor(() => said.at(-1)?.startsWith('Tu navegador'), 'the second message');
    expect(said[0], 'the status empties before it speaks again').to.equal('');
  });

  it('the studio announces a refused copy each time it is tried', async () => {
    const page = await openStudio('?lang=es');
    await until(
      () => page.doc.querySelector<HTMLTextAreaElement>('#inline-snippet')!.value.includes('<btw-'),
      'the snippet',
    );
    const status = page.doc.querySelector('#inline-snippet ~ .copy-status')!;
    const said = record(status);
    const copy = page.doc.querySelector<HTMLButtonElement>('#inline-snippet ~ button')!;
    copy.click();
    await until(() => said.at(-1)?.startsWith('Aquí no se permite copiar'), 'the first message');
    said.length = 0;
    copy.click();
    await until(() => said.at(-1)?.startsWith('Aquí no se permite copiar'), 'the second message');
    expect(said[0], 'the status empties before it speaks again').to.equal('');
  });

  it('the studio says nothing about problems until there is a document to check', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1280px';
    const said: string[] = [];
    const hear = () => {
      const text = frame.contentDocument?.querySelector('#problems-heading + [role="status"]')?.textContent!.trim();
      if (text !== undefined && text !== said.at(-1)) said.push(text);
    };
    // Listen from the moment the studio's page exists, before it draws anything.
    const listening = new Promise<void>((resolve) => {
      const look = () => {
        const doc = frame.contentDocument;
        if (!doc?.documentElement || !doc.URL.includes('studio')) {
          requestAnimationFrame(look);
          return;
        }
        const changes = { childList: true, characterData: true, subtree: true };
        new MutationObserver(hear).observe(doc.documentElement, changes);
        hear();
        resolve();
      };
      look();
    });
    frame.src = '/demo/studio.html';
    document.body.append(frame);
    await listening;
    await until(() => said.includes('The document is valid.'), 'the check of the loaded document');
    frame.remove();
    expect(said.filter(Boolean)).to.deep.equal(['The document is valid.']);
  });

  it('Spanish pages have Spanish titles and landmark names, and the English switch is marked English', async () => {
    const studio = await openStudio('?lang=es');
    expect(studio.doc.title).to.equal('Estudio de documentos — widgets de Beyond the Wall');
    expect(studio.doc.querySelector('.site-nav')!.getAttribute('aria-label')).to.equal('Sitio');
    expect(studio.doc.querySelector('.lang-switch')!.getAttribute('aria-label')).to.equal('Idioma');
    expect(studio.doc.querySelector('[data-set-lang="en"]')!.getAttribute('lang')).to.equal('en');
    expect(studio.doc.querySelector('[data-set-lang="es"]')!.getAttribute('lang')).to.equal('es');
    closePages();

    b = await openBuilder('?lang=es');
    expect(b.doc.title).to.equal('Generador de código — Beyond the Wall');
    expect(b.doc.querySelector('.lang-switch')!.getAttribute('aria-label')).to.equal('Idioma');
    expect([...b.doc.querySelectorAll('.lang-switch a')].map((a) => a.getAttribute('lang'))).to.deep.equal([
      'en',
      'es',
    ]);
    b.frame.remove();
    b = undefined;

    const demo = await openPage('/demo/index.html?lang=es');
    expect(demo.doc.title).to.equal('Beyond the Wall — Trabajar con Centroamérica contra las causas de la migración');
    expect([...demo.doc.querySelectorAll('nav')].map((nav) => nav.getAttribute('aria-label'))).to.deep.equal([
      'Idioma',
      'El kit',
    ]);
    expect(demo.doc.querySelector('[data-lang="en"]')!.getAttribute('lang')).to.equal('en');
    expect(demo.doc.querySelector<HTMLAnchorElement>('.kit-links a[href*="docs"]')!.getAttribute('href')).to.equal(
      './docs/es/index.html',
    );
  });

  for (const [name, open] of [
    [
      'the studio',
      async () => {
        const page = await openStudio('?lang=es', 320);
        await until(() => studioPreviews(page), 'the previews render');
        return page;
      },
    ],
    ['the builder (sign-up)', () => openBuilder('?element=btw-signup&lang=es', { width: 320 })],
    [
      'the builder (recommendation)',
      () =>
        openBuilder('?element=btw-recommendation&lang=es&src=.%2Frecommendations%2Froot-causes.json&variant=full', {
          width: 320,
        }),
    ],
  ] as const) {
    it(`${name} in Spanish fits 320 px with WCAG text spacing`, async () => {
      const page = await open();
      if ('frame' in page && page.doc.querySelector('#snippet-text')) b = page;
      const style = page.doc.createElement('style');
      style.textContent = TEXT_SPACING;
      page.doc.head.append(style);
      for (const el of page.doc.querySelectorAll('btw-recommendation')) {
        const inner = page.doc.createElement('style');
        inner.textContent = TEXT_SPACING;
        el.shadowRoot?.append(inner);
      }
      await drawn(page.win);
      expect(page.doc.documentElement.scrollWidth, 'the page').to.be.at.most(320);
      // Nothing sticks out of its element: the long Spanish title wraps.
      for (const el of page.doc.querySelectorAll('btw-recommendation')) {
        const article = el.shadowRoot!.querySelector('article');
        if (article) expect(article.scrollWidth, 'the article').to.be.at.most(el.clientWidth);
      }
    });
  }
});
