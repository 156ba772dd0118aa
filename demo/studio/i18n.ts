// The studio's interface strings, in English and Spanish. The page's language
// comes from ?lang=es (else English) and can be switched in place.
import type { Locale } from '../../src/locales/index.js';

/** The page's languages: the kit's own. */
export type Lang = Locale;

const en = {
  pageTitle: 'Document studio — Beyond the Wall widgets',
  heading: 'Document studio',
  intro:
    'Write a recommendation document for <btw-recommendation>: edit the JSON, fix what the checks find, see how it reads in English and Spanish, then download it or copy a snippet.',
  navDemo: 'Demo',
  navBuilder: 'Embed builder',
  navStudio: 'Document studio',
  navDocs: 'Docs',
  docsHref: './docs/index.html',
  navLabel: 'Site',
  langLabel: 'Language',
  documentHeading: 'Document',
  startDemo: 'Start from the demo document',
  startBlank: 'Start from a blank template',
  startConfirm: 'Replace what is in the editor?',
  editorLabel: 'Recommendation document (JSON)',
  editorHelp: 'Checked as you type. Tab moves on to the next control; use the problem list to jump to a line.',
  caret: (line: number, column: number) => `Line ${line}, column ${column}`,
  loading: 'Loading the demo document…',
  loadFailed: 'The demo document could not be loaded. Start from the blank template instead.',
  problemsHeading: 'Problems',
  valid: 'The document is valid.',
  problemCount: (n: number) =>
    n === 1 ? '1 problem. Select it to go to its line.' : `${n} problems. Select one to go to its line.`,
  /** How the problem list names the document itself (a problem with no path). */
  root: 'document',
  line: (n: number) => `Line ${n}`,
  syntax: 'JSON syntax',
  translationsHeading: 'Translations',
  translationsIntro:
    'For each language in the document, which fields it has and which fall back to the default language.',
  field: 'Field',
  own: 'Own text',
  fallsBack: (locale: string) => `Falls back to ${locale}`,
  missing: 'Not set',
  defaultLocale: (locale: string) => `${locale} (default)`,
  noTable: 'The table appears once the document is valid JSON with a "locales" object.',
  previewHeading: 'Preview',
  previewIntro: 'The real <btw-recommendation>, with this document inline.',
  previewEmpty: 'The preview appears once the document is valid.',
  card: 'Card',
  full: 'Full view',
  inLang: { en: 'English', es: 'Spanish' } as Record<Lang, string>,
  useHeading: 'Use it',
  download: 'Download the JSON',
  inlineHeading: 'Inline snippet',
  inlineHelp: 'The document inside the page: paste this into a post. Nothing else to host.',
  srcHeading: 'Snippet with src',
  srcHelp:
    'For a document you host as a file: the page fetches it, so you can correct it later without editing the page.',
  srcUrl: 'Address of the JSON file',
  srcReplace:
    'The snippet holds a placeholder address (REPLACE-WITH-YOUR-SITE.invalid): type the address of your file above, or replace it before you paste the snippet.',
  copy: 'Copy',
  copied: 'Copied',
  copyRefused: 'Copying is not allowed here. The snippet is selected: press Ctrl+C (or ⌘+C) to copy it.',
  fallbackLink: 'Read the recommendation',
  needValid: 'Fix the problems above to get a snippet.',
};

const es: typeof en = {
  pageTitle: 'Estudio de documentos — widgets de Beyond the Wall',
  heading: 'Estudio de documentos',
  intro:
    'Escribe un documento de recomendación para <btw-recommendation>: edita el JSON, corrige lo que encuentren las comprobaciones, mira cómo se lee en inglés y en español, y descárgalo o copia el código para insertar.',
  navDemo: 'Demo',
  navBuilder: 'Generador de código',
  navStudio: 'Estudio de documentos',
  navDocs: 'Documentación',
  docsHref: './docs/es/index.html',
  navLabel: 'Sitio',
  langLabel: 'Idioma',
  documentHeading: 'Documento',
  startDemo: 'Empezar con el documento de la demo',
  startBlank: 'Empezar con una plantilla en blanco',
  startConfirm: '¿Reemplazar lo que hay en el editor?',
  editorLabel: 'Documento de la recomendación (JSON)',
  editorHelp:
    'Se comprueba mientras escribes. La tecla Tab lleva al siguiente control; usa la lista de problemas para ir a una línea.',
  caret: (line, column) => `Línea ${line}, columna ${column}`,
  loading: 'Cargando el documento de la demo…',
  loadFailed: 'No se pudo cargar el documento de la demo. Empieza con la plantilla en blanco.',
  problemsHeading: 'Problemas',
  valid: 'El documento es válido.',
  problemCount: (n) =>
    n === 1 ? '1 problema. Selecciónalo para ir a su línea.' : `${n} problemas. Selecciona uno para ir a su línea.`,
  root: 'documento',
  line: (n) => `Línea ${n}`,
  syntax: 'Sintaxis de JSON',
  translationsHeading: 'Traducciones',
  translationsIntro: 'Para cada idioma del documento, qué campos tiene y cuáles toma del idioma predeterminado.',
  field: 'Campo',
  own: 'Texto propio',
  fallsBack: (locale) => `Usa el de ${locale}`,
  missing: 'Sin texto',
  defaultLocale: (locale) => `${locale} (predeterminado)`,
  noTable: 'La tabla aparece cuando el documento es JSON válido con un objeto "locales".',
  previewHeading: 'Vista previa',
  previewIntro: 'El <btw-recommendation> de verdad, con este documento dentro de la página.',
  previewEmpty: 'La vista previa aparece cuando el documento es válido.',
  card: 'Tarjeta',
  full: 'Vista completa',
  inLang: { en: 'inglés', es: 'español' },
  useHeading: 'Cómo usarlo',
  download: 'Descargar el JSON',
  inlineHeading: 'Código con el documento dentro',
  inlineHelp: 'El documento dentro de la página: pega esto en una entrada. No hay que alojar nada más.',
  srcHeading: 'Código con src',
  srcHelp:
    'Para un documento que alojas como archivo: la página lo descarga, así puedes corregirlo después sin tocar la página.',
  srcUrl: 'Dirección del archivo JSON',
  srcReplace:
    'El fragmento lleva una dirección de ejemplo (REPLACE-WITH-YOUR-SITE.invalid): escribe arriba la dirección de tu archivo, o cámbiala antes de pegar el fragmento.',
  copy: 'Copiar',
  copied: 'Copiado',
  copyRefused: 'Aquí no se permite copiar. El código está seleccionado: presiona Ctrl+C (o ⌘+C) para copiarlo.',
  fallbackLink: 'Lee la recomendación completa',
  needValid: 'Corrige los problemas de arriba para obtener el código.',
};

export type Strings = typeof en;
export const STRINGS: Record<Lang, Strings> = { en, es };

/** The interface language asked for in the page URL. */
export const langFromUrl = (search = location.search): Lang =>
  new URLSearchParams(search).get('lang') === 'es' ? 'es' : 'en';
