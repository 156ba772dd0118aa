// The builder's words for its outputs (outputs.ts), in English and Spanish.
import type { Lang } from './state.js';

const en = {
  outputs: 'What your platform takes',
  outputSnippet: 'A snippet with the kit (my page runs scripts)',
  outputNoScript: 'My platform removes scripts',
  outputLink: 'A share link (newsletters, Substack, Medium, email)',
  guide: 'Which output works on which platform',
  postUrl: 'Your post’s address',
  postUrlHelp: 'The page readers share, written in full, starting with https://.',
  postUrlMissing: 'Write your post’s address in full, starting with https://: every link is built from it.',
  noScriptHtml: 'HTML without scripts',
  noScriptHelp:
    'Paste it into your platform’s HTML block (WordPress: a Custom HTML block; Blogger: HTML view). It has no script and no style tag, only links and text with inline styles.',
  noScriptForm:
    'Include the form (for platforms that keep forms: Ghost, Blogger, Squarespace, Wix; WordPress.com, Substack, Medium and email remove it)',
  noScriptNoForm:
    'This provider takes no plain form: readers without scripts get a link to your list’s own sign-up page.',
  noScriptEmpty: {
    'btw-share': 'Nothing to show yet: write your post’s address above.',
    'btw-signup':
      'Nothing to show yet: add your list’s own sign-up page, or use the form or mailchimp provider with its address.',
    'btw-recommendation': 'Nothing to show yet: give a document with a title; its url is the card’s link.',
  } as Record<string, string>,
  noScriptPreview: 'How it looks without scripts',
  writtenIn: (language: string) =>
    `Written in ${language}: the widget’s language, or, when it is automatic, the page language chosen under Preview.`,
  shareLink: 'Your share link',
  shareLinkHelp:
    'One plain link to a page with every share button for your post. Put it behind a word in your newsletter, Substack or Medium post, or in an email. The post’s address stays after the #, which browsers never send to a server.',
  shareLinkTry: 'Open the share page',
  copy: 'Copy',
  fallbackIn: (language: string) =>
    `Readers without JavaScript see the content inside the element in ${language}, the page language chosen under Preview: with the widget’s language on Automatic, the builder cannot know your page’s. Set it there, or choose the widget’s language.`,
};

type OutputStrings = typeof en;

const es: OutputStrings = {
  outputs: 'Lo que admite tu plataforma',
  outputSnippet: 'Un código con el kit (mi página admite scripts)',
  outputNoScript: 'Mi plataforma quita los scripts',
  outputLink: 'Un enlace para compartir (boletines, Substack, Medium, correo)',
  guide: 'Qué funciona en cada plataforma',
  postUrl: 'La dirección de tu entrada',
  postUrlHelp: 'La página que se comparte, escrita completa, empezando por https://.',
  postUrlMissing:
    'Escribe la dirección completa de tu entrada, empezando por https://: todos los enlaces salen de ella.',
  noScriptHtml: 'HTML sin scripts',
  noScriptHelp:
    'Pégalo en el bloque HTML de tu plataforma (WordPress: un bloque HTML personalizado; Blogger: la vista HTML). No lleva script ni etiqueta style, solo enlaces y texto con estilos en línea.',
  noScriptForm:
    'Incluir el formulario (para plataformas que conservan formularios: Ghost, Blogger, Squarespace, Wix; WordPress.com, Substack, Medium y el correo lo quitan)',
  noScriptNoForm:
    'Este proveedor no admite un formulario normal: sin scripts, se muestra un enlace a la página de suscripción de tu lista.',
  noScriptEmpty: {
    'btw-share': 'Aún no hay nada que mostrar: escribe arriba la dirección de tu entrada.',
    'btw-signup':
      'Aún no hay nada que mostrar: añade la página de suscripción de tu lista, o usa el proveedor form o mailchimp con su dirección.',
    'btw-recommendation':
      'Aún no hay nada que mostrar: indica un documento con título; su url es el enlace de la tarjeta.',
  },
  noScriptPreview: 'Cómo se ve sin scripts',
  writtenIn: (language) =>
    `Escrito en ${language}: el idioma del widget o, si es automático, el idioma de la página elegido en la vista previa.`,
  shareLink: 'Tu enlace para compartir',
  shareLinkHelp:
    'Un solo enlace a una página con todos los botones para compartir tu entrada. Ponlo detrás de una palabra en tu boletín, en Substack o en Medium, o en un correo. La dirección de la entrada va después del #, que los navegadores nunca envían a un servidor.',
  shareLinkTry: 'Abrir la página para compartir',
  copy: 'Copiar',
  fallbackIn: (language) =>
    `Quien lee sin JavaScript ve el contenido dentro del elemento en ${language}, el idioma de la página elegido en la vista previa: con el idioma del widget en Automático, el generador no puede saber el de tu página. Indícalo allí, o elige el idioma del widget.`,
};

export const OUTPUT_STRINGS: Record<Lang, OutputStrings> = { en, es };
