// The language checker's interface words, in English and Spanish (?lang=es).
import type { Finding } from './check.js';

const en = {
  pageTitle: 'Language checker — Beyond the Wall widgets',
  heading: 'Language checker',
  intro:
    'Add a language to the widgets: write every term in one JSON object, check it here, then put it on your page in a <script type="application/json" data-btw-locale="…"> or register it in your app with registerLocale(). Nothing you type leaves this page.',
  navDemo: 'Demo',
  navBuilder: 'Embed builder',
  navStudio: 'Document studio',
  navDocs: 'Docs',
  tagLabel: 'Language tag',
  tagHelp: 'A BCP 47 tag such as fr, pt-BR or ar: the lang your pages use.',
  tagInvalid: 'Write a language tag such as fr or pt-BR.',
  fileHeading: 'Language file',
  termsLabel: 'Terms (JSON)',
  termsHelp: 'Checked as you type.',
  startExample: 'Start from the French example',
  startEnglish: 'Start from the English terms',
  resultsHeading: 'Checks',
  summary: (given: number, total: number, problems: number) =>
    `${given} of ${total} terms. ${problems === 0 ? 'No problems.' : problems === 1 ? '1 problem.' : `${problems} problems.`}`,
  previewHeading: 'Preview',
  previewNote: 'The three elements with these terms. Terms not given show in English.',
  snippetHeading: 'For your page',
  finding: (f: Finding): string => {
    switch (f.kind) {
      case 'syntax':
        return `This is not valid JSON: ${f.message}`;
      case 'not-object':
        return 'The file must be one JSON object of terms: { "share": "…", … }.';
      case 'unknown':
        return `"${f.key}" is not a term of the kit: check its spelling. It is ignored.`;
      case 'missing':
        return `"${f.key}" is missing: readers see the English text.`;
      case 'not-text':
        return `"${f.key}" must be text (or, for a term with forms, an object of texts).`;
      case 'placeholder':
        return f.expected
          ? `"${f.key}" uses {${f.found}}, which the kit does not fill: write {${f.expected}}.`
          : `"${f.key}" takes no value, so {${f.found}} would show as it is.`;
      case 'no-placeholder':
        return `"${f.key}" should show the value: write {${f.expected}} where it goes.`;
      case 'forms':
        return [
          f.missing.length ? `"${f.key}" needs the forms ${f.missing.join(', ')}.` : '',
          f.unknown.length ? `"${f.key}" has forms the kit does not use: ${f.unknown.join(', ')}.` : '',
        ]
          .join(' ')
          .trim();
      case 'dir':
        return `"dir" must be "ltr" or "rtl", not "${f.value}".`;
    }
  },
};

const es: typeof en = {
  pageTitle: 'Revisor de idiomas — widgets de Beyond the Wall',
  heading: 'Revisor de idiomas',
  intro:
    'Agrega un idioma a los widgets: escribe todos los textos en un objeto JSON, revísalo aquí y luego ponlo en tu página en un <script type="application/json" data-btw-locale="…"> o regístralo en tu aplicación con registerLocale(). Nada de lo que escribes sale de esta página.',
  navDemo: 'Demo',
  navBuilder: 'Generador de código',
  navStudio: 'Estudio de documentos',
  navDocs: 'Documentación',
  tagLabel: 'Etiqueta de idioma',
  tagHelp: 'Una etiqueta BCP 47 como fr, pt-BR o ar: el lang que usan tus páginas.',
  tagInvalid: 'Escribe una etiqueta de idioma como fr o pt-BR.',
  fileHeading: 'Archivo de idioma',
  termsLabel: 'Textos (JSON)',
  termsHelp: 'Se revisa mientras escribes.',
  startExample: 'Empezar con el ejemplo en francés',
  startEnglish: 'Empezar con los textos en inglés',
  resultsHeading: 'Revisión',
  summary: (given, total, problems) =>
    `${given} de ${total} textos. ${problems === 0 ? 'Sin problemas.' : problems === 1 ? '1 problema.' : `${problems} problemas.`}`,
  previewHeading: 'Vista previa',
  previewNote: 'Los tres elementos con estos textos. Los que falten se muestran en inglés.',
  snippetHeading: 'Para tu página',
  finding: (f) => {
    switch (f.kind) {
      case 'syntax':
        return `No es JSON válido: ${f.message}`;
      case 'not-object':
        return 'El archivo debe ser un solo objeto JSON de textos: { "share": "…", … }.';
      case 'unknown':
        return `"${f.key}" no es un texto del kit: revisa cómo está escrito. Se ignora.`;
      case 'missing':
        return `Falta "${f.key}": se muestra el texto en inglés.`;
      case 'not-text':
        return `"${f.key}" debe ser texto (o, si tiene formas, un objeto de textos).`;
      case 'placeholder':
        return f.expected
          ? `"${f.key}" usa {${f.found}}, que el kit no rellena: escribe {${f.expected}}.`
          : `"${f.key}" no recibe ningún valor, así que {${f.found}} se vería tal cual.`;
      case 'no-placeholder':
        return `"${f.key}" debe mostrar el valor: escribe {${f.expected}} donde corresponda.`;
      case 'forms':
        return [
          f.missing.length ? `"${f.key}" necesita las formas ${f.missing.join(', ')}.` : '',
          f.unknown.length ? `"${f.key}" tiene formas que el kit no usa: ${f.unknown.join(', ')}.` : '',
        ]
          .join(' ')
          .trim();
      case 'dir':
        return `"dir" debe ser "ltr" o "rtl", no "${f.value}".`;
    }
  },
};

export const STRINGS = { en, es };
export type Lang = keyof typeof STRINGS;
export const langFromUrl = (search = location.search): Lang =>
  new URLSearchParams(search).get('lang') === 'es' ? 'es' : 'en';
