// Fallback content for readers without JavaScript, written inside the element:
// the browser shows it until the kit defines the element (and for good when
// scripts never run). Pure: no DOM; returns HTML text, every value escaped.
import { BRAND_NAMES, parseNetworks, shareHref, withUtm } from '../../src/components/share/networks.js';
import type { Values } from './model.js';
import { escapeHtml, fallbackHtml } from './reservation.mjs';
import type { Lang } from './state.js';

const str = (values: Values, name: string) => (typeof values[name] === 'string' ? (values[name] as string).trim() : '');
const isHttp = (url: string) => /^https?:\/\/[^\s]+$/i.test(url);

/**
 * The fallback's words, as the elements say them (a test keeps them equal to the
 * kit's tables, which are not imported: the kit's build renames their keys).
 */
export const WORDS = {
  en: {
    share: 'Share',
    copyLink: 'Copy link',
    read: 'Read the full recommendation',
    join: 'Sign up on our list’s page',
    email: 'Email',
    emailControl: 'Email',
    'given-name': 'First name',
    'family-name': 'Last name',
    'postal-code': 'Postal code',
    country: 'Country',
    optional: '(optional)',
    consent: 'I agree to receive emails from this campaign.',
    submit: 'Sign up',
  },
  es: {
    share: 'Compartir',
    copyLink: 'Copiar enlace',
    read: 'Lee la recomendación completa',
    join: 'Suscríbete en la página de nuestra lista',
    email: 'Correo electrónico',
    emailControl: 'Correo',
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
 * `<btw-share>`: the widget's heading and one item per control, in its order
 * (the performance guide's shape, laid out by SHARE_RESERVATION_CSS): a plain
 * share link per network that is one, an invisible box for a control that is a
 * button in the widget (copy, Mastodon without an instance). `native` is left
 * out: it shows only where the browser has a share sheet. Without `url` the
 * builder cannot know the page the widget will share: every item is a box.
 */
export function shareFallback(values: Values, defaultNetworks: string, lang: Lang): string {
  const url = str(values, 'url');
  const t = WORDS[lang];
  const utm = { utmSource: str(values, 'utm-source'), utmCampaign: str(values, 'utm-campaign') };
  const options = { hashtags: str(values, 'hashtags'), via: str(values, 'via') };
  const instance = str(values, 'mastodon-instance');
  const [networks] = parseNetworks(str(values, 'networks') || defaultNetworks);
  const items = networks
    .filter((network) => network !== 'native')
    .map((network) => {
      if (network === 'copy') return { name: t.copyLink };
      const name = network === 'email' ? t.emailControl : BRAND_NAMES[network];
      const linked = isHttp(url) && (network !== 'mastodon' || /^[\w.-]+\.[\w.-]+$/.test(instance));
      if (!linked) return { name };
      const href = shareHref(network, withUtm(url, utm, network), str(values, 'text'), options, instance);
      return { name, href, external: network !== 'email' };
    });
  const label = typeof values.label === 'string' ? values.label : '';
  return `  ${fallbackHtml({ heading: label.trim() || t.share, items })}`;
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
    lines.push(
      `    <p><label>${t[field]} ${t.optional} <input name="${name}" autocomplete="${autocomplete}"></label></p>`,
    );
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
