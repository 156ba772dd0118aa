// The builder's pure modules, against the kit's real manifests in dist/.
import { expect } from '@open-wc/testing';
import { bundleUrl, smallestBundle, type KitManifest } from '../../demo/builder/bundles.js';
import { DESCRIPTIONS_ES, SUMMARIES_ES } from '../../demo/builder/i18n.js';
import { checkMailchimp, extractAction, hostedPage } from '../../demo/builder/mailchimp.js';
import { changedAttributes, formModel, type CemPackage, type ElementModel } from '../../demo/builder/model.js';
import { snippet } from '../../demo/builder/snippet.js';
import { recommendationFallback, WORDS } from '../../demo/builder/fallback.js';
import { LOCALES } from '../../src/locales/index.js';
import { readState, writeState, type Config } from '../../demo/builder/state.js';

let models: ElementModel[];
before(async () => {
  models = formModel((await (await fetch('/dist/custom-elements.json')).json()) as CemPackage);
});
const model = (tag: string) => models.find((m) => m.tag === tag)!;
const field = (tag: string, name: string) => model(tag).fields.find((f) => f.name === name)!;

describe('the builder form model (from custom-elements.json)', () => {
  it('has the three elements, share first, each with its attributes and summary', () => {
    expect(models.map((m) => m.tag)).to.deep.equal(['btw-share', 'btw-signup', 'btw-recommendation']);
    expect(model('btw-share').fields.map((f) => f.name)).to.include.members([
      'url',
      'text',
      'networks',
      'hashtags',
      'utm-source',
      'variant',
    ]);
    expect(model('btw-signup').summary).to.match(/sign-up/i);
  });

  it('reads allowed values: literal unions as choices, space-separated lists with their tokens, numbers with their range', () => {
    expect(field('btw-share', 'variant')).to.include({ kind: 'choice', default: 'buttons' });
    expect(field('btw-share', 'variant').options).to.deep.equal(['buttons', 'icons']);
    expect(field('btw-signup', 'provider').options).to.deep.equal(['json', 'form', 'mailchimp', 'actionnetwork']);
    expect(field('btw-share', 'networks').kind).to.equal('list');
    expect(field('btw-share', 'networks').options).to.include.members([
      'native',
      'x',
      'mastodon',
      'threads',
      'email',
      'copy',
    ]);
    expect(field('btw-signup', 'fields').options).to.deep.equal([
      'given-name',
      'family-name',
      'postal-code',
      'country',
    ]);
    expect(field('btw-recommendation', 'heading-level')).to.include({ kind: 'number', min: 1, max: 6, default: '2' });
    expect(field('btw-signup', 'consent').kind).to.equal('boolean');
  });

  it('resolves a default written as a constant (DEFAULT_NETWORKS) to its value', () => {
    expect(field('btw-share', 'networks').default).to.equal('native whatsapp facebook x bluesky email copy');
    expect(field('btw-signup', 'fields').default).to.equal('given-name');
  });

  it('keeps only the attributes that differ from their defaults', () => {
    const changed = changedAttributes(model('btw-share'), {
      networks: ' native  whatsapp facebook x bluesky email copy ',
      variant: 'icons',
      url: '',
      text: 'Hola',
      hashtags: '  ',
    });
    expect(changed).to.deep.equal([
      ['text', 'Hola'],
      ['variant', 'icons'],
    ]);
    expect(changedAttributes(model('btw-share'), {}, ['networks'])).to.deep.equal([
      ['networks', 'native whatsapp facebook x bluesky email copy'],
    ]);
    expect(changedAttributes(model('btw-signup'), { consent: true, provider: 'json' })).to.deep.equal([
      ['consent', true],
    ]);
    // An empty list is a choice: no optional field, email only.
    expect(changedAttributes(model('btw-signup'), { fields: '' })).to.deep.equal([['fields', '']]);
  });

  it('has a Spanish summary for every element and a Spanish description for every attribute', () => {
    const missing = models
      .flatMap((m) => m.fields.map((f) => `${m.tag} ${f.name}`))
      .filter((key) => !DESCRIPTIONS_ES[key]);
    expect(missing).to.deep.equal([]);
    expect(models.map((m) => m.tag).filter((tag) => !SUMMARIES_ES[tag])).to.deep.equal([]);
  });
});

describe('the fallback’s words', () => {
  it('are the elements’ own, in English and Spanish', () => {
    for (const lang of ['en', 'es'] as const) {
      const [w, t] = [WORDS[lang], LOCALES[lang]];
      const fallbackWords = [
        w.share,
        w.copyLink,
        w.emailControl,
        w.read,
        w.email,
        w['given-name'],
        w['family-name'],
        w['postal-code'],
        w.country,
        w.optional,
        w.consent,
        w.submit,
      ];
      const elementWords = [
        t.share,
        t.shareCopyLink,
        t.shareEmail,
        t.recReadFull,
        t.signupEmail,
        t.signupGivenName,
        t.signupFamilyName,
        t.signupPostalCode,
        t.signupCountry,
        t.signupOptional,
        t.signupConsent,
        t.signupSubmit,
      ];
      expect(fallbackWords).to.deep.equal(elementWords);
    }
  });
});

describe('the recommendation fallback', () => {
  // The title comes from a fetched document: whoever hosts it writes into the partner's page.
  it('writes a hostile document title and URL as text, never as HTML', () => {
    const title = '</h2><img src=x onerror="alert(1)"><script>alert(2)</script> & "Wall"';
    const url = 'https://example.org/doc?a=1&b="><img/src=y>';
    const html = recommendationFallback(title, url, 2, 'en');
    const box = document.createElement('template');
    box.innerHTML = html;
    const parsed = box.content;
    expect(parsed.querySelectorAll('img, script')).to.have.length(0);
    expect(parsed.querySelector('h2')!.textContent).to.equal(title);
    expect(parsed.querySelector('a')!.getAttribute('href')).to.equal(url);
    expect(parsed.querySelector('a')!.textContent).to.equal(WORDS.en.read);
  });
});

describe('the pinned bundle', () => {
  const files = (entries: [string, string[], number][]): KitManifest => ({
    version: '9.9.9',
    files: entries.map(([file, elements, gzip]) => ({
      file,
      elements,
      size: gzip * 3,
      gzip,
      integrity: `sha384-${file}`,
    })),
  });
  const kit = files([
    ['btw.js', ['btw-share', 'btw-signup', 'btw-recommendation'], 22000],
    ['btw-share.js', ['btw-share'], 9000],
    ['btw-signup.js', ['btw-signup'], 10000],
    ['btw-recommendation.js', ['btw-recommendation', 'btw-share'], 15000],
  ]);

  it('is the smallest file (by gzip) that defines the element', () => {
    expect(smallestBundle(kit, 'btw-share')!.file).to.equal('btw-share.js');
    expect(smallestBundle(kit, 'btw-recommendation')!.file).to.equal('btw-recommendation.js');
    expect(smallestBundle(files([['btw.js', ['btw-share', 'btw-signup'], 20000]]), 'btw-signup')!.file).to.equal(
      'btw.js',
    );
    expect(smallestBundle(files([['btw-share.js', ['btw-share'], 9]]), 'btw-signup')).to.equal(undefined);
  });

  it('reads the kit’s own manifest.json, and places the file under any base URL', async () => {
    const manifest = (await (await fetch('/dist/manifest.json')).json()) as KitManifest;
    const bundle = smallestBundle(manifest, 'btw-share')!;
    expect(bundle.integrity).to.match(/^sha384-[A-Za-z0-9+/]+=*$/);
    expect(bundleUrl('https://cdn.example.org/btw/1.0.0', bundle.file)).to.equal(
      `https://cdn.example.org/btw/1.0.0/${bundle.file}`,
    );
  });
});

describe('Mailchimp action', () => {
  const embed = `<div id="mc_embed_signup"><form action="https://partner.us21.list-manage.com/subscribe/post?u=0a1b2c&amp;id=3d4e5f&amp;f_id=00ab" method="post" id="mc-embedded-subscribe-form" name="mc-embedded-subscribe-form" class="validate" target="_blank"><input type="email" name="EMAIL"></form></div>`;

  it('is taken from pasted embed code (entities decoded) or from a bare URL', () => {
    expect(extractAction(embed)).to.equal(
      'https://partner.us21.list-manage.com/subscribe/post?u=0a1b2c&id=3d4e5f&f_id=00ab',
    );
    expect(checkMailchimp(embed).action).to.equal(
      'https://partner.us21.list-manage.com/subscribe/post?u=0a1b2c&id=3d4e5f&f_id=00ab',
    );
    expect(checkMailchimp(' https://us1.list-manage.com/subscribe/post?u=a&id=b ').action).to.equal(
      'https://us1.list-manage.com/subscribe/post?u=a&id=b',
    );
  });

  it('is refused with the reason: nothing pasted, no URL, another host, not a form URL', () => {
    expect(checkMailchimp('  ').problem).to.equal('empty');
    expect(checkMailchimp('<form method="post">').problem).to.equal('no-url');
    expect(checkMailchimp('https://evil.example/subscribe/post?u=a&id=b').problem).to.equal('host');
    expect(checkMailchimp('http://x.us1.list-manage.com/subscribe/post?u=a&id=b').problem).to.equal('host');
    expect(checkMailchimp('https://x.us1.list-manage.com.evil.example/subscribe/post?u=a&id=b').problem).to.equal(
      'host',
    );
    // The element's own rule (jsonpUrl): both u and id, a /post path.
    expect(checkMailchimp('https://x.us1.list-manage.com/subscribe/post?u=a').problem).to.equal('path');
    expect(checkMailchimp('https://x.us1.list-manage.com/profile?u=a&id=b').problem).to.equal('path');
  });

  it('gives the list’s hosted sign-up page for readers without JavaScript', () => {
    expect(hostedPage('https://partner.us21.list-manage.com/subscribe/post?u=0a1b2c&id=3d4e5f&f_id=00ab')).to.equal(
      'https://partner.us21.list-manage.com/subscribe?u=0a1b2c&id=3d4e5f',
    );
  });
});

describe('the configuration in the URL', () => {
  it('survives a round trip: element, attributes, booleans, language, document, base, page, output', () => {
    const config: Config = {
      element: 'btw-signup',
      values: {
        provider: 'form',
        action: 'https://partner.example/signup?a=1&b=2',
        consent: true,
        fields: '',
        tags: 'btw, es',
      },
      lang: 'es',
      doc: '',
      base: 'https://cdn.partner.example/btw/',
      page: 'https://partner.example/join',
      output: 'noscript',
    };
    const link = writeState(config, 'es');
    expect(link[0]).to.equal('#');
    expect(new URLSearchParams(link.slice(1)).get('lang')).to.equal('es');
    const back = readState(link, models);
    expect(back.uiLang).to.equal('es');
    expect(back.config).to.deep.equal(config);
  });

  it('ignores keys that are not attributes of the element, and unknown elements', () => {
    const { config, uiLang } = readState('?element=btw-nope&onclick=x&lang=fr', models);
    expect(config.element).to.equal('btw-share');
    expect(config.values).to.deep.equal({});
    expect(uiLang).to.equal('en');
  });
});

describe('the snippet text', () => {
  it('escapes attribute values and keeps an inline document inside its script element', () => {
    const text = snippet({
      tag: 'btw-recommendation',
      version: '1.0.0',
      attributes: [
        ['variant', 'full'],
        ['share', true],
      ],
      lang: 'es',
      fallback: '',
      script: { src: 'https://cdn.example.org/btw.js', integrity: 'sha384-abc' },
      inlineDoc: '{"title": "</script><script>alert(1)</script>", "q": "\\"a&b\\""}',
    });
    const template = document.createElement('template');
    template.innerHTML = text;
    const el = template.content.querySelector('btw-recommendation')!;
    expect(el.getAttribute('variant')).to.equal('full');
    expect(el.hasAttribute('share')).to.equal(true);
    expect(el.getAttribute('lang')).to.equal('es');
    const json = el.querySelector('script[type="application/json"]')!;
    expect(JSON.parse(json.textContent!)).to.deep.equal({ title: '</script><script>alert(1)</script>', q: '"a&b"' });
    expect(template.content.querySelectorAll('script').length).to.equal(2);
    const script = template.content.querySelector('script[src]')!;
    expect([
      script.getAttribute('integrity'),
      script.getAttribute('crossorigin'),
      script.getAttribute('type'),
    ]).to.deep.equal(['sha384-abc', 'anonymous', 'module']);
  });
});
