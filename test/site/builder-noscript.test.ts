// The builder's output for platforms that remove scripts: HTML with no script and
// no <style>, put through a model of WordPress's post allowlist
// (test/site/wp-post-allowlist.mjs, run in Node), then rendered here and measured:
// every link survives with its href, every control is at least 24 px, and the
// text is in the chosen language.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { WORDS } from '../../demo/builder/fallback.js';
import { closePages, expectAccessible, openPage, until, type Page } from './site-page.js';

const POST = 'https://partner.example/blog/muro?ref=news';
const TEXT = 'Un muro no resuelve por qué la gente se va';
const MAILCHIMP = 'https://partner.us21.list-manage.com/subscribe/post?u=0a1b2c&id=3d4e5f';

const wordpress = (html: string) => executeServerCommand<string, { html: string }>('btw-wp-post-sanitize', { html });

/** The builder with this configuration, once its output field holds something (or says why not). */
async function openOutput(values: Record<string, string>): Promise<Page> {
  const page = await openPage(`/demo/builder.html?${new URLSearchParams({ output: 'noscript', ...values })}`);
  await until(() => page.doc.querySelector('#output-noscript'), 'the output choice');
  return page;
}

const output = (page: Page) =>
  until(() => page.doc.querySelector<HTMLTextAreaElement>('#snippet-text')?.value, 'the no-script HTML');

/** HTML rendered in a plain box of this test page (no script runs in it: it has none). */
function rendered(html: string): HTMLElement {
  const box = document.createElement('div');
  box.style.width = '360px';
  box.innerHTML = html;
  document.body.append(box);
  return box;
}
afterEach(() => {
  closePages();
  for (const box of document.querySelectorAll('body > div')) box.remove();
});

const hrefs = (root: ParentNode) => [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));

/** Every link and form control is at least 24 by 24 CSS px (WCAG 2.2 target size). */
function expectTargets(root: HTMLElement) {
  const controls = [
    ...root.querySelectorAll<HTMLElement>(
      'a, button, input:not([type="hidden"]):not([tabindex="-1"]), select, textarea',
    ),
  ];
  expect(controls.length).to.be.above(0);
  for (const control of controls) {
    const { width, height } = control.getBoundingClientRect();
    expect(height, `${control.outerHTML} height`).to.be.at.least(24);
    expect(width, `${control.outerHTML} width`).to.be.at.least(24);
  }
}

describe('builder: no-script output through WordPress’s post allowlist', function () {
  this.timeout(30_000);

  for (const lang of ['en', 'es'] as const) {
    it(`gives <btw-share>’s links, matching the element’s, as plain styled links (${lang})`, async () => {
      const page = await openOutput({
        element: 'btw-share',
        url: POST,
        text: TEXT,
        'kit-lang': lang,
        networks: 'native whatsapp facebook x bluesky email copy telegram',
      });
      const html = await output(page);
      expect(html).not.to.match(/<script|<style|<svg|<btw-/i);
      // The same links as the element in the preview (both built by the kit's networks.ts).
      const preview = await until(
        () => page.doc.querySelector('#preview-frame btw-share')?.shadowRoot?.querySelectorAll('a[href]'),
        'the preview links',
      );
      await until(() => [...preview].length >= 6 || undefined, 'all preview links');
      const element = [
        ...page.doc.querySelector('#preview-frame btw-share')!.shadowRoot!.querySelectorAll('a[href]'),
      ].map((a) => a.getAttribute('href'));
      const raw = rendered(html);
      expect(hrefs(raw)).to.have.length(6);
      for (const href of hrefs(raw)) expect(element).to.include(href);

      const kept = rendered(await wordpress(html));
      expect(hrefs(kept)).to.deep.equal(hrefs(raw));
      expectTargets(kept);
      expect(kept.firstElementChild!.getAttribute('lang')).to.equal(lang);
      expect(kept.querySelector('p')!.textContent).to.equal(WORDS[lang].share);
      expect([...kept.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal([
        'WhatsApp',
        'Facebook',
        'X',
        'Bluesky',
        WORDS[lang].emailControl,
        'Telegram',
      ]);
      // Styled as buttons even where WordPress filtered the styles.
      expect(getComputedStyle(kept.querySelector('a')!).backgroundColor).to.equal('rgb(11, 83, 148)');
      await expect(kept).to.be.accessible();
      await expectAccessible(page);
    });
  }

  it('asks for the post’s address before it gives share links', async () => {
    const page = await openOutput({ element: 'btw-share', 'kit-lang': 'es' });
    expect(await until(() => page.doc.querySelector('#f-post-url-error')?.textContent, 'the message')).to.contain(
      'https://',
    );
    expect(page.doc.querySelector<HTMLTextAreaElement>('#snippet-text')!.value).to.equal('');
    expect(page.doc.querySelector('#output-empty')).not.to.equal(null);
    await expectAccessible(page);
  });

  for (const lang of ['en', 'es'] as const) {
    it(`gives a Mailchimp sign-up a plain POST form and a link to the list’s page; WordPress keeps the link (${lang})`, async () => {
      const page = await openOutput({
        element: 'btw-signup',
        provider: 'mailchimp',
        action: MAILCHIMP,
        fields: 'given-name',
        'kit-lang': lang,
      });
      const html = await output(page);
      const raw = rendered(html);
      const form = raw.querySelector('form')!;
      expect(form.getAttribute('action')).to.equal(MAILCHIMP);
      expect(form.getAttribute('method')).to.equal('post');
      expect([...form.querySelectorAll('input')].map((input) => input.name)).to.deep.equal([
        'EMAIL',
        'FNAME',
        'b_0a1b2c_3d4e5f',
      ]);
      expect(form.querySelector('label')!.textContent).to.equal(WORDS[lang].email);
      expect(form.querySelector('button')!.textContent).to.equal(WORDS[lang].submit);
      expectTargets(raw);
      expect(hrefs(raw)).to.deep.equal(['https://partner.us21.list-manage.com/subscribe?u=0a1b2c&id=3d4e5f']);
      await expectAccessible(page);

      // WordPress removes forms: the link to the list's page survives.
      const kept = rendered(await wordpress(html));
      expect(kept.querySelector('form, input')).to.equal(null);
      expect(hrefs(kept)).to.deep.equal(hrefs(raw));

      // Without the form (the choice for WordPress.com), nothing is lost to WordPress.
      page.doc.querySelector<HTMLInputElement>('#noscript-form')!.click();
      const linkOnly = await until(
        () =>
          page.doc.querySelector<HTMLTextAreaElement>('#snippet-text')!.value.includes('<form')
            ? undefined
            : page.doc.querySelector<HTMLTextAreaElement>('#snippet-text')!.value,
        'the link only',
      );
      const keptLink = rendered(await wordpress(linkOnly));
      expect(hrefs(keptLink)).to.deep.equal(hrefs(raw));
      expect(keptLink.querySelector('a')!.textContent).to.equal(WORDS[lang].join);
      expectTargets(keptLink);
      await expect(keptLink).to.be.accessible();
    });
  }

  it('gives a form sign-up a plain POST form with the element’s names', async () => {
    const page = await openOutput({
      element: 'btw-signup',
      provider: 'form',
      action: 'https://partner.example/signup',
      consent: '',
      source: 'Blog',
      'kit-lang': 'es',
    });
    const raw = rendered(await output(page));
    const form = raw.querySelector('form')!;
    expect(form.getAttribute('action')).to.equal('https://partner.example/signup');
    expect(form.getAttribute('method')).to.equal('post');
    expect([...form.querySelectorAll('input')].map((input) => `${input.name}=${input.value}`)).to.deep.equal([
      'email=',
      'given_name=',
      'consent=true',
      'source=Blog',
      'locale=es',
    ]);
    expect(form.textContent).to.contain(WORDS.es.consent);
    expectTargets(raw);
    await expect(raw).to.be.accessible();
  });

  it('says a JSON sign-up has no plain form, and links to the list’s page', async () => {
    const page = await openOutput({
      element: 'btw-signup',
      provider: 'json',
      action: 'https://partner.example/api',
      page: 'https://partner.example/join',
      'kit-lang': 'es',
    });
    expect(page.doc.querySelector('#noscript-no-form')).not.to.equal(null);
    const kept = rendered(await wordpress(await output(page)));
    expect(hrefs(kept)).to.deep.equal(['https://partner.example/join']);
    expect(kept.textContent!.trim()).to.equal(WORDS.es.join);
    expectTargets(kept);
  });

  for (const lang of ['en', 'es'] as const) {
    it(`gives a recommendation as a static card: title, summary, link (${lang})`, async () => {
      const doc = {
        version: 1,
        id: 'root-causes',
        url: 'https://campaign.example/root-causes',
        defaultLocale: 'en',
        locales: {
          en: {
            title: 'Address the root causes',
            summary: 'Aid that reaches people.',
            actions: [{ title: 'Fund', body: 'Fund it.' }],
          },
          es: {
            title: 'Atender las causas',
            summary: 'Ayuda que llega a la gente.',
            actions: [{ title: 'Financiar', body: 'Financiarlo.' }],
          },
        },
      };
      const page = await openOutput({ element: 'btw-recommendation', doc: JSON.stringify(doc), 'kit-lang': lang });
      const kept = rendered(await wordpress(await output(page)));
      const locale = doc.locales[lang];
      expect(kept.querySelector('h2')!.textContent).to.equal(locale.title);
      expect(kept.querySelector('p')!.textContent).to.equal(locale.summary);
      expect(hrefs(kept)).to.deep.equal([doc.url]);
      expect(kept.querySelector('a')!.textContent).to.equal(WORDS[lang].read);
      expectTargets(kept);
      await expect(kept).to.be.accessible();
    });
  }
});
