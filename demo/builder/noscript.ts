// The builder's outputs for platforms that strip scripts (WordPress.com below its
// Business plan, Substack, Medium, newsletters): HTML that works with no script,
// no <style> and no unknown tag. Every style is inline and uses only the CSS
// properties WordPress keeps in a post (no `display`); every label is text (no
// SVG, which WordPress removes). Share links are built by the kit's own
// networks.ts, so they match the element's. Pure: no DOM; every value escaped.
import { BRAND_NAMES, parseNetworks, shareHref, withUtm } from '../../src/components/share/networks.js';
import { WORDS } from './fallback.js';
import type { Values } from './model.js';
import { escapeHtml } from './reservation.mjs';
import type { Lang } from './state.js';

const str = (values: Values, name: string) => (typeof values[name] === 'string' ? (values[name] as string).trim() : '');
export const isHttp = (url: string) => /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(url);

/**
 * A link that looks like the widget's buttons: at least 2.75rem high on a
 * 2.75rem line (its own box is about 2.2em: well over 24 px at any text size).
 */
const BUTTON =
  'padding: 0.5em 0.85em; border-radius: 0.375rem; background: #0b5394; color: #ffffff; font-weight: 600; text-decoration: none; line-height: 1.5';
/** A row of buttons: floated items, so they wrap on a phone; a plain bulleted list where styles are removed. */
const ROW = 'list-style-type: none; margin: 0; padding: 0; overflow: hidden';
const ITEM = 'float: left; margin: 0 0.5rem 0.5rem 0; padding: 0; line-height: 2.75';

const link = (href: string, name: string, external = true) =>
  `<a href="${escapeHtml(href)}"${external ? ' target="_blank"' : ''} rel="noopener noreferrer" style="${BUTTON}">${escapeHtml(name)}</a>`;

/** The share links of `<btw-share>` with these attributes, for the page `url` (none without an http(s) URL). */
export function shareLinks(
  values: Values,
  defaultNetworks: string,
  lang: Lang,
): { name: string; href: string; external: boolean }[] {
  const url = str(values, 'url');
  if (!isHttp(url)) return [];
  const utm = { utmSource: str(values, 'utm-source'), utmCampaign: str(values, 'utm-campaign') };
  const options = { hashtags: str(values, 'hashtags'), via: str(values, 'via') };
  const instance = str(values, 'mastodon-instance');
  const [networks] = parseNetworks(str(values, 'networks') || defaultNetworks);
  // `native` and `copy` are buttons that need a script; Mastodon is a link only with a known server.
  return networks.flatMap((network) => {
    if (network === 'native' || network === 'copy') return [];
    if (network === 'mastodon' && !/^[\w.-]+\.[\w.-]+$/.test(instance)) return [];
    const name = network === 'email' ? WORDS[lang].emailControl : BRAND_NAMES[network];
    const href = shareHref(network, withUtm(url, utm, network), str(values, 'text'), options, instance);
    return [{ name, href, external: network !== 'email' }];
  });
}

/** `<btw-share>` without a script: its heading and one styled link per network. */
export function noScriptShare(values: Values, defaultNetworks: string, lang: Lang): string {
  const links = shareLinks(values, defaultNetworks, lang);
  if (!links.length) return '';
  const label = str(values, 'label') || WORDS[lang].share;
  const items = links.map((l) => `    <li style="${ITEM}">${link(l.href, l.name, l.external)}</li>`);
  return [
    `<div lang="${lang}" style="margin: 1em 0">`,
    `  <p style="margin: 0 0 0.5rem; font-weight: 600">${escapeHtml(label)}</p>`,
    `  <ul style="${ROW}">`,
    ...items,
    '  </ul>',
    '</div>',
  ].join('\n');
}

/** What the static recommendation card shows. */
export interface CardInfo {
  title: string;
  summary?: string;
  url: string;
}

/** `<btw-recommendation>` without a script: a card with its title, summary and a link to the full text. */
export function noScriptRecommendation(info: CardInfo, level: number, lang: Lang): string {
  if (!info.title) return '';
  const h = `h${Math.min(6, Math.max(1, level || 2))}`;
  const lines = [
    `<div lang="${lang}" style="margin: 1em 0; padding: 1em 1.25em; border: 1px solid #767676; border-radius: 0.5rem">`,
    `  <${h} style="margin: 0 0 0.5em; font-size: 1.25em">${escapeHtml(info.title)}</${h}>`,
  ];
  if (info.summary) lines.push(`  <p style="margin: 0 0 1em">${escapeHtml(info.summary)}</p>`);
  if (isHttp(info.url))
    lines.push(`  <p style="margin: 0; line-height: 2.75">${link(info.url, WORDS[lang].read, false)}</p>`);
  lines.push('</div>');
  return lines.join('\n');
}

/** A text input or checkbox of the plain form, at least 2.75rem high. */
const INPUT =
  'box-sizing: border-box; width: 100%; max-width: 22em; min-height: 2.75rem; padding: 0.4em 0.6em; font: inherit';
const CHECKBOX = 'width: 1.5rem; height: 1.5rem; margin: 0 0.5em 0 0; vertical-align: middle';

/** Each optional field: its name for `form` and for Mailchimp (none: not sent), and its `autocomplete`. */
const FIELDS = {
  'given-name': ['given_name', 'FNAME', 'given-name'],
  'family-name': ['family_name', 'LNAME', 'family-name'],
  'postal-code': ['postal_code', 'ZIP', 'postal-code'],
  country: ['country', '', 'country-name'],
} as const;
type OptionalField = keyof typeof FIELDS;

/** Mailchimp's plain-POST address for a list (`…/subscribe/post?u=…&id=…`), or undefined. */
export function mailchimpPost(action: string): { action: string; honeypot: string } | undefined {
  let url: URL;
  try {
    url = new URL(action);
  } catch {
    return undefined;
  }
  const u = url.searchParams.get('u');
  const id = url.searchParams.get('id');
  if (url.protocol !== 'https:' || !/\.list-manage\.com$/i.test(url.hostname) || !u || !id) return undefined;
  url.pathname = url.pathname.replace(/\/post(-json)?\/?$/, '/post');
  return { action: url.href, honeypot: `b_${u}_${id}` };
}

/** The form's action and names, for the providers that take a plain POST (`form`, `mailchimp`). */
function plainForm(values: Values): { action: string; mailchimp: boolean; honeypot?: string } | undefined {
  const provider = str(values, 'provider') || 'json';
  const action = str(values, 'action');
  if (provider === 'form') return isHttp(action) ? { action, mailchimp: false } : undefined;
  if (provider !== 'mailchimp') return undefined;
  const post = mailchimpPost(action);
  return post && { action: post.action, mailchimp: true, honeypot: post.honeypot };
}

/** Whether the sign-up's provider takes a plain HTML form. */
export const takesPlainForm = (values: Values) => plainForm(values) !== undefined;

/**
 * `<btw-signup>` without a script: a link to the list's own sign-up page (kept
 * everywhere), and, when `withForm` and the provider takes one, a plain form
 * posting the element's names (`form`) or Mailchimp's (`mailchimp`).
 */
export function noScriptSignup(
  values: Values,
  defaultFields: string,
  page: string,
  lang: Lang,
  withForm: boolean,
): string {
  const t = WORDS[lang];
  const out = [`<div lang="${lang}" style="margin: 1em 0">`];
  const form = withForm ? plainForm(values) : undefined;
  if (form) {
    const fields = (typeof values.fields === 'string' ? values.fields : defaultFields).split(/\s+/);
    const email = form.mailchimp ? 'EMAIL' : 'email';
    out.push(`  <form action="${escapeHtml(form.action)}" method="post">`);
    out.push(
      `    <p style="margin: 0 0 0.75rem"><label>${t.email}<br><input type="email" name="${email}" autocomplete="email" required style="${INPUT}"></label></p>`,
    );
    for (const field of fields.filter((name): name is OptionalField => name in FIELDS)) {
      const [formName, mailchimpName, autocomplete] = FIELDS[field];
      const name = form.mailchimp ? mailchimpName : formName;
      if (!name) continue;
      out.push(
        `    <p style="margin: 0 0 0.75rem"><label>${t[field]} ${t.optional}<br><input name="${name}" autocomplete="${autocomplete}" style="${INPUT}"></label></p>`,
      );
    }
    if (values.consent === true) {
      const name = form.mailchimp ? '' : ' name="consent" value="true"';
      out.push(
        `    <p style="margin: 0 0 0.75rem"><label><input type="checkbox"${name} required style="${CHECKBOX}">${t.consent}</label></p>`,
      );
    }
    if (!form.mailchimp) {
      for (const name of ['source', 'tags']) {
        const value = str(values, name);
        if (value) out.push(`    <input type="hidden" name="${name}" value="${escapeHtml(value)}">`);
      }
      out.push(`    <input type="hidden" name="locale" value="${lang}">`);
    } else {
      // Mailchimp's own trap for robots: a field people never see or fill.
      out.push(
        `    <div aria-hidden="true" style="position: absolute; left: -5000px"><input type="text" name="${form.honeypot}" tabindex="-1" value=""></div>`,
      );
    }
    out.push(
      `    <p style="margin: 0"><button style="${BUTTON}; border: 0; min-height: 2.75rem; font: inherit; font-weight: 600">${t.submit}</button></p>`,
    );
    out.push('  </form>');
  }
  if (isHttp(page))
    out.push(`  <p style="margin: ${form ? '0.75rem' : '0'} 0 0; line-height: 2.75">${link(page, t.join, false)}</p>`);
  if (out.length === 1) return '';
  out.push('</div>');
  return out.join('\n');
}

/** The share page's address for `url` (and `text`), in `lang`: the state is in the fragment, never sent to a server. */
export function shareLink(sharePage: string, url: string, text: string, lang: Lang): string {
  const state = new URLSearchParams();
  state.set('url', url);
  if (text) state.set('text', text);
  state.set('lang', lang);
  return `${sharePage.replace(/#.*$/, '')}#${state.toString().replace(/\+/g, '%20')}`;
}
