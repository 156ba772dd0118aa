// The share step after a sign-up: the builder's option that fills <btw-signup>'s
// `success` slot with a thank-you line and a <btw-share> for the campaign. Its
// state lives in the URL beside the other options. Pure: no DOM.
import { escapeHtml } from './reservation.mjs';
import type { Lang } from './state.js';

export interface ShareStep {
  /** Whether the snippet asks readers to share after they sign up. */
  on: boolean;
  /** The text to share ('' leaves it to <btw-share>: the page's title). */
  text: string;
  /** The address to share ('' leaves it to <btw-share>: the page the reader is on). */
  url: string;
}

export const SHARE_STEP_KEYS = { on: 'share-step', text: 'share-text', url: 'share-url' } as const;

export const noShareStep = (): ShareStep => ({ on: false, text: '', url: '' });

export const isHttpUrl = (url: string) => /^https?:\/\/[^\s/]+/i.test(url.trim());

/** The builder's words for the option, and the thank-you line the snippet writes, in English and Spanish. */
export const SHARE_STEP_STRINGS = {
  en: {
    option: 'Ask readers to share after they sign up',
    optionHelp:
      'After signing up, readers see a thank-you line and share buttons for the campaign; focus goes to the thanks, and the buttons come next.',
    text: 'Text to share',
    url: 'Address to share',
    urlHelp: 'The campaign page, written in full, starting with https://. Empty: readers share the page they are on.',
    urlWrong: 'Write the address in full, starting with https:// (it is left out of the snippet until then).',
    defaultText:
      'Beyond the Wall: a wall does not address why people leave. U.S. policy should govern the border humanely.',
    thanks: 'Thank you for signing up! Help us reach more people: share the campaign.',
    previewTitle: 'After signing up',
  },
  es: {
    option: 'Pedir a los lectores que compartan después de suscribirse',
    optionHelp:
      'Tras suscribirse, se ve una línea de agradecimiento y botones para compartir la campaña; el foco va al agradecimiento y los botones vienen después.',
    text: 'Texto que se comparte',
    url: 'Dirección que se comparte',
    urlHelp:
      'La página de la campaña, escrita completa, empezando por https://. Vacía: se comparte la página donde está el lector.',
    urlWrong: 'Escribe la dirección completa, empezando por https:// (hasta entonces no va en el código).',
    defaultText:
      'Más allá del muro: un muro no resuelve por qué la gente se va. La política de EE. UU. debe gestionar la frontera con humanidad.',
    thanks: '¡Gracias por suscribirte! Ayúdanos a llegar a más personas: comparte la campaña.',
    previewTitle: 'Después de suscribirse',
  },
} satisfies Record<Lang, Record<string, string>>;

/** The share step a query string holds. */
export function readShareStep(query: URLSearchParams): ShareStep {
  return {
    on: query.has(SHARE_STEP_KEYS.on) && query.get(SHARE_STEP_KEYS.on) !== 'false',
    text: query.get(SHARE_STEP_KEYS.text) ?? '',
    url: query.get(SHARE_STEP_KEYS.url) ?? '',
  };
}

/** Writes the share step into a query string (nothing when it is off). */
export function writeShareStep(query: URLSearchParams, step: ShareStep) {
  if (!step.on) return;
  query.set(SHARE_STEP_KEYS.on, '');
  if (step.text) query.set(SHARE_STEP_KEYS.text, step.text);
  if (step.url) query.set(SHARE_STEP_KEYS.url, step.url);
}

/** The elements the snippet needs beyond its own: <btw-share> when the step is on. */
export const shareStepTags = (tag: string, step: ShareStep) => (tag === 'btw-signup' && step.on ? ['btw-share'] : []);

/** What the `success` slot holds, in `lang`: the thanks and the share buttons ('' when the step is off). */
export function shareStepContent(tag: string, step: ShareStep, lang: Lang): string {
  if (!shareStepTags(tag, step).length) return '';
  const attributes = [
    step.text.trim() ? ` text="${escapeHtml(step.text.trim())}"` : '',
    isHttpUrl(step.url) ? ` url="${escapeHtml(step.url.trim())}"` : '',
  ].join('');
  return [`<p>${escapeHtml(SHARE_STEP_STRINGS[lang].thanks)}</p>`, `<btw-share${attributes}></btw-share>`].join('\n');
}

/**
 * The `success` slot in the snippet ('' when the step is off). `hidden` keeps the
 * thanks out of sight before the kit has run, and for readers without JavaScript;
 * <btw-signup> shows it after a sign-up. A style would do the same, but platforms
 * that remove <style> and pages whose CSP refuses inline styles would drop it.
 */
export function shareStepMarkup(tag: string, step: ShareStep, lang: Lang): string {
  const content = shareStepContent(tag, step, lang);
  if (!content) return '';
  const indented = content.replace(/^/gm, '    ');
  return ['  <div slot="success" hidden>', indented, '  </div>'].join('\n');
}
