import { expect, fixture, html } from '@open-wc/testing';
import { $, capture, settled, text } from '../helpers/recommendation.js';
import { control, nameOf } from '../helpers/share.js';
import { registerLocale } from '../../src/index.js';
import en from '../../src/locales/en.js';
import es from '../../src/locales/es.js';
import type { BtwRecommendation } from '../../src/components/recommendation/recommendation.js';
import type { BtwShare } from '../../src/components/share/share.js';
import type { BtwSignup } from '../../src/components/signup/signup.js';
import type { PartnerTerms } from '../../src/shared/partner-locales.js';
import { until } from '../helpers/until.js';

// Languages a partner adds: the complete French example the package ships, a
// page's <script data-btw-locale>, partial languages that fall back. The
// registry is shared by the whole page, so each test uses its own tag.

const fr = (await (await fetch('/src/locales/fr.json')).json()) as Record<string, string | Record<string, string>>;

const DOC = {
  schemaVersion: 1,
  id: 'root-causes',
  url: 'https://example.org/root-causes',
  defaultLocale: 'en',
  locales: {
    en: {
      title: 'Root causes',
      summary: 'Why people leave',
      actions: [1, 2, 3, 4].map((i) => ({ title: `Act ${i}`, text: 'Do it' })),
    },
    fr: {
      title: 'Les causes profondes',
      summary: 'Pourquoi partir',
      actions: [1, 2, 3, 4].map((i) => ({ title: `Agir ${i}`, text: 'Le faire' })),
    },
  },
};

const shareIn = (lang: string) =>
  fixture<BtwShare>(
    html`<btw-share lang=${lang} url="https://example.org/p" text="Hi" networks="x email copy"></btw-share>`,
  );
const label = (el: BtwShare, network: string) => nameOf(control(el, network));

describe('languages a partner adds', function () {
  // A test renders all three elements and runs axe on them.
  this.timeout(30_000);

  it('ship a complete French example: every term of the kit, no more', () => {
    expect(Object.keys(fr).sort()).to.deep.equal(Object.keys(en).sort());
  });

  it('translate every element with registerLocale(), and say nothing when complete', async () => {
    const warnings = await capture('warn', async () => registerLocale('fr', fr as PartnerTerms));
    expect(warnings).to.deep.equal([]);

    const share = await shareIn('fr');
    await share.updateComplete;
    expect(label(share, 'x')).to.equal((fr.shareOn as string).replace('{network}', 'X'));
    expect(share.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal('fr');

    const signup = await fixture<BtwSignup>(html`<btw-signup lang="fr" action="https://example.org/api"></btw-signup>`);
    expect(text(signup.shadowRoot!.querySelector('h2, [part="heading"], .heading'))).to.contain(fr.signupHeading);
    expect(text(signup.shadowRoot!.querySelector('button[type="submit"], [part="button"]'))).to.equal(fr.signupSubmit);

    const rec = await fixture<BtwRecommendation>(
      html`<btw-recommendation lang="fr-CA"><script type="application/json">${JSON.stringify(DOC)}</script></btw-recommendation>`,
    );
    await settled(rec);
    expect(text($(rec, '[part="title"]'))).to.equal('Les causes profondes');
    expect(text($(rec, 'button[aria-expanded]'))).to.equal('Afficher les 4 actions');
    await expect(rec).to.be.accessible();
    await expect(share).to.be.accessible();
  });

  it('pick plural forms by count, as the language counts', async () => {
    registerLocale('fr-x-plural', { ...fr, signupFixFields: { one: '{count} champ', other: '{count} champs' } });
    const signup = await fixture<BtwSignup>(
      html`<btw-signup lang="fr-x-plural" action="https://example.org/api" fields="" consent></btw-signup>`,
    );
    await signup.updateComplete;
    const status = () => text(signup.shadowRoot!.querySelector('[part="status"]'));
    signup.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    // Two invalid fields (email and consent) are "other"; then only the consent is left: "one".
    await until(() => status() === '2 champs', 'the status "2 champs"');
    signup.shadowRoot!.querySelector<HTMLInputElement>('input[type="email"]')!.value = 'ana@example.org';
    signup.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    await until(() => status() === '1 champ', 'the status "1 champ"');
  });

  it('read a page’s <script type="application/json" data-btw-locale>, by primary tag too', async () => {
    const script = Object.assign(document.createElement('script'), { type: 'application/json' });
    script.dataset.btwLocale = 'pt';
    script.textContent = JSON.stringify({ ...fr, shareOn: 'Compartilhar no {network}' });
    document.head.append(script);
    const share = await shareIn('pt-BR');
    expect(label(share, 'x')).to.equal('Compartilhar no X');
    script.remove();
  });

  it('fall back to English for missing terms, listed once in the console', async () => {
    const warnings = await capture('warn', async () => {
      registerLocale('de', { shareOn: 'Auf {network} teilen' });
      await shareIn('de');
      await shareIn('de');
    });
    const share = await shareIn('de');
    expect(label(share, 'x')).to.equal('Auf X teilen');
    expect(label(share, 'email')).to.equal(en.shareByEmail);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"de"').and.contain('shareByEmail').and.contain('signupHeading');
  });

  it('fall back to the built-in language of the same primary tag (es-MX over Spanish)', async () => {
    const warnings = await capture('warn', async () => registerLocale('es-mx', { shareCopyLink: 'Copiar el link' }));
    const share = await shareIn('es-MX');
    expect(label(share, 'copy')).to.equal('Copiar el link');
    expect(label(share, 'email')).to.equal(es.shareByEmail);
    expect(warnings).to.deep.equal([]);
  });

  it('switch elements already on the page when a language is registered later', async () => {
    const share = await shareIn('it');
    expect(label(share, 'email')).to.equal(en.shareByEmail);
    registerLocale('it', { ...fr, shareByEmail: 'Condividi via e-mail' });
    await share.updateComplete;
    expect(label(share, 'email')).to.equal('Condividi via e-mail');
  });

  it('write a right-to-left language right to left', async () => {
    registerLocale('ar', { ...fr, dir: 'rtl', shareCopyLink: 'نسخ الرابط' });
    const share = await shareIn('ar');
    const box = share.shadowRoot!.querySelector('[lang]')!;
    expect([box.getAttribute('lang'), box.getAttribute('dir')]).to.deep.equal(['ar', 'rtl']);
    expect(label(share, 'copy')).to.equal('نسخ الرابط');
    const english = await shareIn('en');
    expect(english.shadowRoot!.querySelector('[lang]')!.getAttribute('dir')).to.equal('ltr');
  });

  it('say so in the console when a locale script is not JSON, and keep English', async () => {
    const script = Object.assign(document.createElement('script'), { type: 'application/json', textContent: '{ nope' });
    script.dataset.btwLocale = 'nl';
    document.head.append(script);
    const errors = await capture('error', async () => {
      const share = await shareIn('nl');
      expect(label(share, 'email')).to.equal(en.shareByEmail);
    });
    expect(errors.join(' ')).to.contain('data-btw-locale');
    script.remove();
  });
});
