// The builder's <btw-share> snippet (demo/builder/reservation.mjs, docs/guides/performance.md):
// its fallback children, laid out by the reservation style, take the rendered
// widget's size, and the widget shows them until its first render, so the page
// does not move when the module arrives. The CLS itself is measured by `npm run bench`.
import { expect } from '@open-wc/testing';
import { fallbackHtml, RESERVATION_CSS } from '../../demo/builder/reservation.mjs';
import { LOCALES } from '../../src/locales/index.js';

type Share = HTMLElement & { updateComplete: Promise<unknown> };

const NAMES: Record<string, string> = {
  whatsapp: 'WhatsApp',
  facebook: 'Facebook',
  x: 'X',
  bluesky: 'Bluesky',
  telegram: 'Telegram',
  mastodon: 'Mastodon',
};

function snippet(lang: 'en' | 'es', networks: string, attributes = '', heading: string = LOCALES[lang].share) {
  const items = networks.split(' ').map((network) => {
    if (network === 'copy') return { name: LOCALES[lang].shareCopyLink };
    if (network === 'mastodon') return { name: NAMES.mastodon };
    return {
      name: NAMES[network] ?? LOCALES[lang].shareEmail,
      href: `https://example.org/share/${network}`,
      external: network !== 'email',
    };
  });
  return `<btw-share url="https://example.org/a" text="Beyond the wall" networks="${networks}" ${attributes}>${fallbackHtml({ heading, items })}</btw-share>`;
}

const CASES = [
  { networks: 'whatsapp facebook x bluesky telegram email copy', attributes: '' },
  { networks: 'whatsapp email copy mastodon', attributes: 'variant="icons"' },
  { networks: 'x facebook email', attributes: 'label=""', heading: '' },
];

describe("the builder's <btw-share> snippet", () => {
  before(async () => {
    const style = document.createElement('style');
    style.textContent = RESERVATION_CSS;
    document.head.append(style);
    const bundle = '/dist/btw-share.js';
    await import(/* @vite-ignore */ bundle);
  });

  for (const width of [328, 1248]) {
    for (const lang of ['en', 'es'] as const) {
      for (const { networks, attributes, heading } of CASES) {
        it(`keeps its height from fallback to widget: ${width} px, ${lang}, ${networks} ${attributes}`, async () => {
          const box = document.createElement('div');
          box.lang = lang;
          box.style.cssText = `width: ${width}px; font: 16px/1.5 sans-serif`;
          document.body.append(box);
          box.innerHTML = snippet(lang, networks, attributes, heading);
          const el = box.firstElementChild as Share;
          // Defined already: connected, its first render is still queued.
          const link = el.querySelector('a')!;
          expect(link.getBoundingClientRect().height, 'the fallback is shown before the first render').to.be.above(0);
          const before = el.getBoundingClientRect().height;
          await el.updateComplete;
          expect(link.getBoundingClientRect().height, 'the fallback is gone once rendered').to.equal(0);
          expect(el.shadowRoot!.querySelectorAll('[part~="button"]').length).to.equal(networks.split(' ').length);
          expect(el.getBoundingClientRect().height).to.be.closeTo(before, 0.01);
          await expect(el).to.be.accessible();
          box.remove();
        });
      }
    }
  }
});
