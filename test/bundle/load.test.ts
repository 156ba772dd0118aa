import { expect } from '@open-wc/testing';
import { KIT_TAGS, openPage, recordOf } from './kit.js';
import { until } from '../helpers/until.js';

const BUNDLE = '/dist/btw.js';
const FILES = ['btw.js', 'btw-share.js', 'btw-signup.js', 'btw-recommendation.js'];

describe('the built bundle', () => {
  for (const file of FILES) {
    it(`${file} is one minified file that imports nothing, with its source map`, async () => {
      const text = await (await fetch(`/dist/${file}`)).text();
      const code = text.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '');
      expect(code.trim().split('\n').length, 'lines of code').to.be.at.most(3);
      expect(code).not.to.match(/(^|[;}])\s*import\s*[\w{*"'`]/);
      expect(code).not.to.match(/\bimport\s*\(/);
      expect(text.trimEnd().endsWith(`//# sourceMappingURL=${file}.map`), 'source map comment').to.equal(true);
      const map = await (await fetch(`/dist/${file}.map`)).json();
      expect(
        map.sources.some((source: string) => source.includes('src/components/')),
        'maps to our sources',
      ).to.equal(true);
    });
  }

  it('loads twice from two URLs in one page without an error, defining each tag once', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const first = await import(/* @vite-ignore */ `${BUNDLE}?copy=1`);
      const second = await import(/* @vite-ignore */ `${BUNDLE}?copy=2`);
      // Two copies really ran (each made its own classes), and the first one keeps the tags.
      expect(second.BtwShare).to.be.a('function').and.not.equal(first.BtwShare);
      const classes: Record<string, unknown> = {
        'btw-recommendation': first.BtwRecommendation,
        'btw-share': first.BtwShare,
        'btw-signup': first.BtwSignup,
      };
      for (const tag of KIT_TAGS) {
        expect(classes[tag], tag).to.be.a('function');
        expect(customElements.get(tag), tag).to.equal(classes[tag]);
      }
      // And a reader gets working elements: one rendered after both copies loaded shows its links.
      const shareEl = document.createElement('btw-share') as HTMLElement & { updateComplete: Promise<unknown> };
      shareEl.setAttribute('networks', 'email');
      document.body.append(shareEl);
      await shareEl.updateComplete;
      expect(shareEl.shadowRoot!.querySelector('a[href^="mailto:"]'), 'the email link').not.to.equal(null);
      shareEl.remove();
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('shows the localized strings in English and Spanish (term keys are shortened in the build)', async () => {
    await import(/* @vite-ignore */ `${BUNDLE}?copy=1`);
    const texts: string[] = [];
    for (const lang of ['en', 'es']) {
      const el = document.createElement('btw-signup');
      el.lang = lang;
      el.setAttribute('action', 'https://example.org/signup');
      el.setAttribute('fields', 'given-name country');
      document.body.append(el);
      await el.updateComplete;
      texts.push(el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim());
      el.remove();
    }
    expect(texts[0])
      .to.contain('Sign up for our newsletter')
      .and.contain('First name')
      .and.contain('(optional)')
      .and.contain('Sign up');
    expect(texts[1])
      .to.contain('Suscríbete a nuestro boletín')
      .and.contain('Correo electrónico')
      .and.contain('País')
      .and.contain('Suscribirme');
  });

  it('runs on a plain HTML page that loads it twice by script tag', async () => {
    const frame = await openPage('twice.html');
    const record = recordOf(frame);
    expect(record.errors).to.deep.equal([]);
    expect(record.loaded).to.include.members(['/dist/btw.js', '/dist/btw.js?from=theme']);
    for (const tag of KIT_TAGS) expect(frame.contentWindow!.customElements.get(tag), tag).to.be.a('function');
    frame.remove();
  });
});

/** Opens one of the kit's files alone in a page (test/pages/bundles-alone.html); resolves with its window. */
async function pageWith(file: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 1600px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/pages/bundles-alone.html?file=${file}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

const textOf = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const namesOf = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="button"]')].map((node) => node.getAttribute('aria-label'));

describe('each per-element file alone', () => {
  // Each file carries only the strings of its elements (the build leaves the others out).
  for (const lang of ['en', 'es']) {
    it(`btw-share.js names every control in ${lang}`, async () => {
      const frame = await pageWith('btw-share.js');
      const doc = frame.contentDocument!;
      await frame.contentWindow!.customElements.whenDefined('btw-share');
      doc.body.innerHTML = `<btw-share lang="${lang}" url="https://example.org/" networks="whatsapp email copy mastodon"></btw-share>`;
      const el = doc.querySelector('btw-share')!;
      await until(() => el.shadowRoot?.querySelector('[part~="button"]'));
      expect(namesOf(el)).to.deep.equal(
        lang === 'en'
          ? ['Share on WhatsApp', 'Share by email', 'Copy link', 'Share on Mastodon']
          : ['Compartir en WhatsApp', 'Compartir por correo', 'Copiar enlace', 'Compartir en Mastodon'],
      );
      frame.remove();
    });

    it(`btw-signup.js labels its form in ${lang}`, async () => {
      const frame = await pageWith('btw-signup.js');
      const doc = frame.contentDocument!;
      await frame.contentWindow!.customElements.whenDefined('btw-signup');
      doc.body.innerHTML = `<btw-signup lang="${lang}" action="https://example.org/signup" fields="given-name country" consent></btw-signup>`;
      const el = doc.querySelector('btw-signup')!;
      await until(() => el.shadowRoot?.querySelector('input[type="email"]'));
      const expected =
        lang === 'en'
          ? ['Sign up for our newsletter', 'First name', '(optional)', 'Country', 'I agree', 'Sign up']
          : ['Suscríbete a nuestro boletín', 'Correo electrónico', 'País', 'Suscribirme'];
      for (const text of expected) expect(textOf(el)).to.contain(text);
      frame.remove();
    });

    it(`btw-recommendation.js shows a document and its quotes' share buttons in ${lang}`, async () => {
      const frame = await pageWith('btw-recommendation.js');
      const doc = frame.contentDocument!;
      await frame.contentWindow!.customElements.whenDefined('btw-recommendation');
      doc.body.innerHTML = `<btw-recommendation lang="${lang}" variant="full" src="/demo/recommendations/root-causes.json"></btw-recommendation>`;
      const el = doc.querySelector('btw-recommendation')!;
      const quoteShare = () => el.shadowRoot?.querySelector('[part~="quote"] btw-share');
      await until(() => quoteShare()?.shadowRoot?.querySelector('[part~="button"]'));
      expect(textOf(el)).to.contain(lang === 'en' ? 'Recommended actions' : 'Acciones recomendadas');
      expect(namesOf(quoteShare()!)[0]).to.match(lang === 'en' ? /^Share on / : /^Compartir en /);
      frame.remove();
    });
  }
});
