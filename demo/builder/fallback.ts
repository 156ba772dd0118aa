// Fallback content for readers without JavaScript, written inside the element:
// the browser shows it until the kit defines the element (and for good when
// scripts never run). Pure: no DOM; returns HTML text, every value escaped.
import { BRAND_NAMES, parseNetworks, shareHref, withUtm, type LinkNetwork } from '../../src/components/share/networks.js';
import type { Values } from './model.js';
import { escapeHtml } from './snippet.js';
import type { Lang } from './state.js';


const str = (values: Values, name: string) => (typeof values[name] === 'string' ? (values[name] as string).trim() : '');
const isHttp = (url: string) => /^https?:\/\/[^\s]+$/i.test(url);

/**
 * The fallback's words, as the elements say them (a test keeps them equal to the
 * kit's tables, which are not imported: the kit's build renames their keys).
 */
export const WORDS = {
  en: {
    shareOnName: (name: string) => `Share on ${name}`,
    byEmail: 'Share by email',
    read: 'Read the full recommendation',
    join: 'Sign up on our list’s page',
    email: 'Email',
    'given-name': 'First name',
    'family-name': 'Last name',
    'postal-code': 'Postal code',
    country: 'Country',
    optional: '(optional)',
    consent: 'I agree to receive emails from this campaign.',
    submit: 'Sign up',
  },
  es: {
    shareOnName: (name: string) => `Compartir en ${name}`,
    byEmail: 'Compartir por correo',
    read: 'Lee la recomendación completa',
    join: 'Suscríbete en la página de nuestra lista',
    email: 'Correo electrónico',
    'given-name': 'Nombre',
    'family-name': 'Apellidos',
    'postal-code': 'Código postal',
    country: 'País',
    optional: '(opcional)',
    consent: 'Acepto recibir correos de esta campaña.',
    submit: 'Suscribirme',
  },
};

/**
 * `<btw-share>`: a plain link per network that is a link (not `native`, `copy`,
 * or Mastodon without an instance). Needs `url`: without it the element shares
 * the host page, which the builder cannot know.
 */
export function shareFallback(values: Values, defaultNetworks: string, lang: Lang): string {
  const url = str(values, 'url');
  if (!isHttp(url)) return '';
  const t = WORDS[lang];
  const utm = { utmSource: str(values, 'utm-source'), utmCampaign: str(values, 'utm-campaign') };
  const options = { hashtags: str(values, 'hashtags'), via: str(values, 'via') };
  const instance = str(values, 'mastodon-instance');
  const [networks] = parseNetworks(str(values, 'networks') || defaultNetworks);
  const links = networks
    .filter((n): n is LinkNetwork => n !== 'native' && n !== 'copy' && (n !== 'mastodon' || /^[\w.-]+$/.test(instance)))
    .map((network) => {
      const href = shareHref(network, withUtm(url, utm, network), str(values, 'text'), options, instance);
      const name = network === 'email' ? t.byEmail : t.shareOnName(BRAND_NAMES[network]);
      const target = network === 'email' ? '' : ' target="_blank"';
      return `    <a href="${escapeHtml(href)}"${target} rel="noopener noreferrer">${escapeHtml(name)}</a>`;
    });
  // One paragraph, not a list: it fits in the space reserved for the buttons.
  return links.length ? `  <p>\n${links.join(',\n')}\n  </p>` : '';
}

/** `<btw-recommendation>`: its title as a heading, and a link to the full text. */
export function recommendationFallback(title: string, url: string, level: number, lang: Lang): string {
  if (!title) return '';
  const h = `h${Math.min(6, Math.max(1, level || 2))}`;
  const heading = `  <${h}>${escapeHtml(title)}</${h}>`;
  return isHttp(url) ? `${heading}\n  <p><a href="${escapeHtml(url)}">${WORDS[lang].read}</a></p>` : heading;
}

/** Each optional field's name in a `form` submission, and its `autocomplete`. */
const FORM_NAMES = {
  'given-name': ['given_name', 'given-name'],
  'family-name': ['family_name', 'family-name'],
  'postal-code': ['postal_code', 'postal-code'],
  country: ['country', 'country-name'],
} as const;
type OptionalField = keyof typeof FORM_NAMES;

/**
 * `<btw-signup>`: with provider `form`, a plain HTML form posting the same
 * names; with another provider, a link to the list's own sign-up page.
 */
export function signupFallback(values: Values, defaultFields: string, page: string, lang: Lang): string {
  const t = WORDS[lang];
  const provider = str(values, 'provider') || 'json';
  const action = str(values, 'action');
  if (provider !== 'form') return isHttp(page) ? `  <p><a href="${escapeHtml(page)}">${WORDS[lang].join}</a></p>` : '';
  if (!isHttp(action)) return '';
  const fields = typeof values.fields === 'string' ? values.fields : defaultFields;
  const lines = [`  <form action="${escapeHtml(action)}" method="post">`];
  lines.push(`    <p><label>${t.email} <input type="email" name="email" autocomplete="email" required></label></p>`);
  for (const field of fields.split(/\s+/).filter((name): name is OptionalField => name in FORM_NAMES)) {
    const [name, autocomplete] = FORM_NAMES[field];
    lines.push(`    <p><label>${t[field]} ${t.optional} <input name="${name}" autocomplete="${autocomplete}"></label></p>`);
  }
  if (values.consent === true) {
    lines.push(`    <p><label><input type="checkbox" name="consent" value="true" required> ${t.consent}</label></p>`);
  }
  for (const name of ['source', 'tags']) {
    const value = str(values, name);
    if (value) lines.push(`    <input type="hidden" name="${name}" value="${escapeHtml(value)}">`);
  }
  lines.push(`    <input type="hidden" name="locale" value="${lang}">`);
  lines.push(`    <button>${t.submit}</button>`, '  </form>');
  return lines.join('\n');
}
