// Mailchimp for <btw-signup>: the action URL from what a partner pastes (the
// embedded form's code, or the URL itself), checked with the element's own rule
// (`jsonpUrl`: Mailchimp's list hosts and the form's path). The host is looked at
// first only to tell the partner which part is wrong. Pure: no DOM.
import { jsonpUrl } from '../../src/components/signup/providers/mailchimp.js';

export type MailchimpProblem = 'empty' | 'no-url' | 'host' | 'path';

export type MailchimpResult =
  { action: string; problem?: undefined } | { action?: undefined; problem: MailchimpProblem };

/** `&amp;` and the few entities an embed code's attribute may hold. */
const decode = (text: string) =>
  text.replace(
    /&(amp|quot|#39|#x27|lt|gt);/g,
    (_, name: string) => ({ amp: '&', quot: '"', '#39': "'", '#x27': "'", lt: '<', gt: '>' })[name]!,
  );

/** The URL in what was pasted: a `<form action="…">`'s action, else the first http(s) URL. */
export function extractAction(pasted: string): string | undefined {
  const form = pasted.match(/<form\b[^>]*?\saction\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i);
  const raw = form ? (form[1] ?? form[2] ?? form[3]) : pasted.match(/https?:\/\/[^\s"'<>]+/i)?.[0];
  return raw ? decode(raw.trim()) : undefined;
}

/** A list's host: `<account>.<dc>.list-manage.com` (or `<dc>.list-manage.com`). */
const HOST = /^([a-z0-9-]+\.)+list-manage\.com$/i;

/** The action to use, or what is wrong with what was pasted. */
export function checkMailchimp(pasted: string): MailchimpResult {
  if (!pasted.trim()) return { problem: 'empty' };
  const action = extractAction(pasted);
  let url: URL;
  try {
    url = new URL(action ?? '');
  } catch {
    return { problem: 'no-url' };
  }
  if (url.protocol !== 'https:' || !HOST.test(url.hostname)) return { problem: 'host' };
  if (!jsonpUrl(url.href)) return { problem: 'path' };
  return { action: url.href };
}

/** The list's own hosted sign-up page, for readers without JavaScript. */
export function hostedPage(action: string): string {
  const url = new URL(action);
  url.pathname = url.pathname.replace(/\/post(-json)?\/?$/, '');
  for (const key of [...url.searchParams.keys()]) if (key !== 'u' && key !== 'id') url.searchParams.delete(key);
  return url.href;
}

/** Action Network's record-submission URL for a form (a hint, not a rule: the element takes any https URL). */
export const isActionNetworkUrl = (action: string) =>
  /^https:\/\/actionnetwork\.org\/api\/v2\/forms\/[\w-]+\/submissions\/?$/.test(action.trim());
