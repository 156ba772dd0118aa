// The share page's own words, in English and Spanish (`lang=es` in its fragment).
import type { Locale } from '../../src/locales/index.js';

const en = {
  title: 'Share this page',
  intro:
    'Choose where to share it. Each button opens that network’s own page with the address filled in; nothing here counts or tracks you.',
  sharing: 'You are sharing:',
  problemTitle: 'Nothing to share',
  problem:
    'This share link does not hold a web address starting with http:// or https://, so there is nothing to share.',
  problemHelp: 'Ask whoever sent it for the post’s own address, or go back.',
  otherLanguage: 'Esta página en español',
};

type Strings = typeof en;

const es: Strings = {
  title: 'Comparte esta página',
  intro:
    'Elige dónde compartirla. Cada botón abre la página de esa red con la dirección ya escrita; aquí nada te cuenta ni te sigue.',
  sharing: 'Vas a compartir:',
  problemTitle: 'No hay nada que compartir',
  problem:
    'Este enlace para compartir no lleva una dirección web que empiece por http:// o https://, así que no hay nada que compartir.',
  problemHelp: 'Pide la dirección de la entrada a quien te lo envió, o vuelve atrás.',
  otherLanguage: 'This page in English',
};

export const STRINGS: Record<Locale, Strings> = { en, es };
