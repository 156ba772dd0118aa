// The builder's words about the values it checks (checks.ts) and the hosts a
// snippet contacts, in English and Spanish.
import type { Problem } from './checks.js';
import { limitOf } from './checks.js';
import type { Lang } from './state.js';

const en = {
  problem: {
    tooLong: (length: number, limit: number) =>
      `Too long: ${length.toLocaleString('en')} characters, at most ${limit.toLocaleString('en')}. It is not used; the snippet keeps the last value that worked.`,
    notUrl:
      'Write the full address, starting with https://. It is not used until then; the snippet keeps the last value that worked.',
    httpsOnly:
      'This address must start with https:// (http:// only for localhost or 127.0.0.1, while you test): a page on https cannot send sign-ups or read documents over plain http, and anyone on the way could read or change them.',
    baseHttp:
      'The kit’s files must come over https://: on plain http anyone on the way could change them, and pages on https refuse them. Use an https address, or a folder path on your own site such as /vendor/btw/.',
    baseForm:
      'Write an https address of a folder (https://cdn.example.org/btw/0.1.0/) or a folder path on your own site (/vendor/btw/0.1.0/), without ? or #.',
    notOption: 'This value is not one of the choices, so the default is used.',
  } as Record<Exclude<Problem, 'tooLong'>, string> & { tooLong: (length: number, limit: number) => string },
  fromLink: 'This value came from the link you opened, not from you: check it before you copy the snippet.',
  hostsTitle: 'Where readers’ browsers will connect',
  hostsHelp:
    'Loading your page with this snippet, each reader’s browser contacts these hosts, and each of them can see the reader’s address and your page.',
  hostRoles: {
    kit: 'the kit’s files',
    endpoint: 'the sign-ups',
    document: 'the recommendation document',
    image: 'an image of the document',
  } as Record<HostRole, string>,
  ownSite: 'your own site (the folder path resolves there)',
  kitHost: 'where this builder serves the kit',
  warning: (hosts: string) =>
    `Warning: ${hosts} came from the link you opened, not from you. Copy this snippet only if you trust ${hosts.includes(',') ? 'these hosts' : 'this host'}: readers’ browsers will contact it, and it could log or change what they get.`,
  loadSrc: (host: string) => `Load the document from ${host} for the preview`,
  srcWaiting: 'The document address came from the link you opened: the preview does not load it until you ask.',
};

/** Which part of the snippet contacts a host. */
export type HostRole = 'kit' | 'endpoint' | 'document' | 'image';

type Strings = typeof en;

const es: Strings = {
  problem: {
    tooLong: (length: number, limit: number) =>
      `Demasiado largo: ${length.toLocaleString('es')} caracteres, como máximo ${limit.toLocaleString('es')}. No se usa; el código conserva el último valor que funcionó.`,
    notUrl:
      'Escribe la dirección completa, empezando por https://. Hasta entonces no se usa; el código conserva el último valor que funcionó.',
    httpsOnly:
      'Esta dirección debe empezar por https:// (http:// solo para localhost o 127.0.0.1, mientras pruebas): una página con https no puede enviar suscripciones ni leer documentos por http sin cifrar, y cualquiera en el camino podría leerlos o cambiarlos.',
    baseHttp:
      'Los archivos del kit deben llegar por https://: por http sin cifrar cualquiera en el camino podría cambiarlos, y las páginas con https los rechazan. Usa una dirección https o una ruta de carpeta de tu propio sitio, como /vendor/btw/.',
    baseForm:
      'Escribe la dirección https de una carpeta (https://cdn.example.org/btw/0.1.0/) o una ruta de carpeta de tu propio sitio (/vendor/btw/0.1.0/), sin ? ni #.',
    notOption: 'Este valor no es una de las opciones, así que se usa el predeterminado.',
  },
  fromLink: 'Este valor vino del enlace que abriste, no de ti: revísalo antes de copiar el código.',
  hostsTitle: 'A dónde se conectarán los navegadores de tus lectores',
  hostsHelp:
    'Al cargar tu página con este código, el navegador de cada lector contacta estos servidores, y cada uno puede ver la dirección del lector y tu página.',
  hostRoles: {
    kit: 'los archivos del kit',
    endpoint: 'las suscripciones',
    document: 'el documento de la recomendación',
    image: 'una imagen del documento',
  },
  ownSite: 'tu propio sitio (la ruta de carpeta se resuelve allí)',
  kitHost: 'donde este generador sirve el kit',
  warning: (hosts: string) =>
    `Atención: ${hosts} vino del enlace que abriste, no de ti. Copia este código solo si confías en ${hosts.includes(',') ? 'estos servidores' : 'este servidor'}: los navegadores de tus lectores lo contactarán, y podría registrar o cambiar lo que reciben.`,
  loadSrc: (host: string) => `Cargar el documento desde ${host} para la vista previa`,
  srcWaiting: 'La dirección del documento vino del enlace que abriste: la vista previa no la carga hasta que lo pidas.',
};

export const CHECK_STRINGS: Record<Lang, Strings> = { en, es };

/** The message for a refused value. */
export function problemText(
  uiLang: Lang,
  { problem, length }: { problem: Problem; length: number },
  key: string,
): string {
  const t = CHECK_STRINGS[uiLang].problem;
  return problem === 'tooLong' ? t.tooLong(length, limitOf(key)) : t[problem];
}
