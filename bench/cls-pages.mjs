// The layout-shift pages of the benchmark (issue 13): an article with one
// <btw-share> after its first paragraph and text after it, in English or
// Spanish, with the bare snippet (the element alone, as most bloggers paste it)
// or the builder's snippet (bench/snippet.mjs: reservation style and fallback).
// The module is held back by the server (`?delay=`), so it always arrives after
// the page's first paint.
import { shareElement, RESERVATION_CSS } from './snippet.mjs';

/** The networks of the CLS pages: links and one button (copy), no `native`. */
export const CLS_NETWORKS = 'whatsapp facebook x bluesky telegram email copy';
/** How long the server holds the module back, in ms. */
export const MODULE_DELAY = 600;

const COPY = {
  en: {
    title: 'Partner with Central America on the root causes of migration',
    text: 'A wall does nothing about why families leave El Salvador, Guatemala and Honduras.',
    paragraph:
      'The United States should restore its aid, put the fight against corruption and impunity back at the centre, and help the economies of the region grow, so that people can build a life at home.',
  },
  es: {
    title: 'Colaborar con Centroamérica en las causas de la migración',
    text: 'Un muro no cambia las razones por las que las familias dejan El Salvador, Guatemala y Honduras.',
    paragraph:
      'Estados Unidos debería restablecer su ayuda, volver a poner en el centro la lucha contra la corrupción y la impunidad, y ayudar a crecer a las economías de la región, para que la gente pueda construir una vida en su tierra.',
  },
};

export function clsPage({ lang, snippet }) {
  const copy = COPY[lang];
  const options = {
    lang,
    url: 'https://example.org/beyond-the-wall/root-causes',
    text: copy.title,
    networks: CLS_NETWORKS,
  };
  const element = shareElement({ ...options, withFallback: snippet === 'builder' });
  const style = snippet === 'builder' ? `<style>${RESERVATION_CSS}</style>\n` : '';
  const buttons = CLS_NETWORKS.split(' ').length;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${copy.title}</title>
<script>window.__ready = () => { const root = document.querySelector('btw-share')?.shadowRoot; return !!root && root.querySelectorAll('[part~="button"]').length >= ${buttons}; };</script>
<script src="/bench/probe.js"></script>
${style}<script type="module" src="/dist/btw-share.js?delay=${MODULE_DELAY}"></script>
</head>
<body style="margin: 0">
<main style="max-width: 40rem; margin: 1rem auto; padding: 0 1rem; font: 16px/1.5 sans-serif">
<h1>${copy.title}</h1>
<p>${copy.text}</p>
${element}
${Array.from({ length: 8 }, () => `<p>${copy.paragraph}</p>`).join('\n')}
</main>
</body>
</html>`;
}

/** /cls-bare-en.html, /cls-builder-es.html, ... */
export const CLS_PAGES = Object.fromEntries(
  ['bare', 'builder'].flatMap((snippet) =>
    ['en', 'es'].map((lang) => [`/cls-${snippet}-${lang}.html`, () => clsPage({ lang, snippet })]),
  ),
);
