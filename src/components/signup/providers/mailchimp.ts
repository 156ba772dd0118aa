// Provider `mailchimp`: the list's JSONP endpoint (`post-json`), through a script
// element. Works on a strict CSP page that allows the list's host in `script-src`,
// and under Trusted Types through our own policy (TRUSTED_TYPES_POLICY).
import { httpSettings, RequestError } from '../../../shared/http.js';
import type { SignupPayload } from '../payload.js';
import { BlockedError, type SignupResponse } from './types.js';

/** The Trusted Types policy that creates the JSONP script URL; a page that restricts names must allow it. */
export const TRUSTED_TYPES_POLICY = 'btw-signup';

/** The list's `u` and `id`, or undefined when `action` is not a Mailchimp embed form URL. */
export function listOf(action: string): { u: string; id: string } | undefined {
  const url = new URL(action);
  const u = url.searchParams.get('u');
  const id = url.searchParams.get('id');
  return u && id && /\/post(-json)?\/?$/.test(url.pathname) ? { u, id } : undefined;
}

/** The `post-json` URL with the payload's fields, the empty honeypot and the callback name. */
export function mailchimpUrl(action: string, p: SignupPayload, callback: string): string {
  const url = new URL(action);
  const { u, id } = listOf(action)!;
  url.pathname = url.pathname.replace(/\/post(-json)?\/?$/, '/post-json');
  const fields: [string, string | null][] = [['EMAIL', p.email], ['FNAME', p.givenName], ['LNAME', p.familyName], ['ZIP', p.postalCode]];
  for (const [name, value] of fields) if (value) url.searchParams.set(name, value);
  url.searchParams.set(`b_${u}_${id}`, '');
  url.searchParams.set('c', callback);
  return url.href;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(value: string): string }): { createScriptURL(value: string): unknown };
}
let policy: { createScriptURL(value: string): unknown } | undefined;

/** The script URL as the page requires it: a TrustedScriptURL where Trusted Types exist. */
function scriptUrl(url: string): string {
  const factory = (window as unknown as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return url;
  policy ??= factory.createPolicy(TRUSTED_TYPES_POLICY, {
    // Only ever a Mailchimp-style post-json URL: the policy cannot load anything else.
    createScriptURL(value) {
      const parsed = new URL(value);
      if (!/^https?:$/.test(parsed.protocol) || !parsed.pathname.endsWith('/post-json')) throw new TypeError('btw-signup: not a JSONP URL');
      return parsed.href;
    },
  });
  return policy.createScriptURL(url) as string;
}

type Callbacks = Record<string, ((reply: unknown) => void) | undefined>;
let counter = 0;

/** One JSONP request: resolves with the reply, or fails as `network` when it does not load or answer in time. */
function jsonp(action: string, payload: SignupPayload): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const callbacks = window as unknown as Callbacks;
    const name = `btwSignup${Date.now().toString(36)}${counter++}`;
    const script = document.createElement('script');
    let done = false;
    const finish = (error: Error | undefined, reply?: unknown) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      script.remove();
      // A late answer still finds a function (no error in the page), which then removes itself.
      callbacks[name] = error ? () => delete callbacks[name] : undefined;
      if (!error) delete callbacks[name];
      if (error) reject(error);
      else resolve(reply);
    };
    const timer = setTimeout(() => finish(new RequestError('network', `No JSONP answer within ${httpSettings.timeoutMs} ms`)), httpSettings.timeoutMs);
    callbacks[name] = (reply) => finish(undefined, reply);
    script.addEventListener('error', () => finish(new RequestError('network', 'JSONP script failed to load')));
    // The callback runs before `load`: a script that loaded without calling it is not Mailchimp's answer.
    script.addEventListener('load', () => finish(new RequestError('invalid-response', 'JSONP answer without the callback')));
    try {
      script.src = scriptUrl(mailchimpUrl(action, payload, name));
    } catch {
      finish(new BlockedError('Trusted Types refused the JSONP script URL'));
      return;
    }
    document.head.append(script);
  });
}

/** Sends to Mailchimp; "already subscribed" is a success (never reveal who is on a list). */
export async function subscribe(action: string, payload: SignupPayload): Promise<SignupResponse> {
  const reply = (await jsonp(action, payload)) as { result?: unknown; msg?: unknown } | null;
  const msg = typeof reply?.msg === 'string' ? reply.msg : '';
  if (reply?.result === 'success' || /already subscribed/i.test(msg)) return { status: null, body: reply };
  if (reply?.result !== 'error') throw new RequestError('invalid-response', 'Unexpected Mailchimp answer');
  // "Too many subscribe attempts": waiting a few seconds does not help, so no automatic retry.
  if (/too many/i.test(msg)) throw new RequestError('rate-limited', 'Mailchimp: too many attempts', undefined, Infinity);
  throw new RequestError('client', 'Mailchimp refused the sign-up');
}
