// Provider `mailchimp`: the list's JSONP endpoint (`post-json`), through a script
// element. Works on a strict CSP page that allows the list's host in `script-src`,
// and under Trusted Types through our own policy (TRUSTED_TYPES_POLICY).
import { httpSettings, RequestError } from '../../../shared/http.js';
import type { SignupPayload } from '../payload.js';
import { SignupError, type SignupResponse } from './types.js';

/** The Trusted Types policy that creates the JSONP script URL; a page that restricts names must allow it. */
export const TRUSTED_TYPES_POLICY = 'btw-signup';

/** Mailchimp's name for each payload field it takes (`source` and `tags` are not sent). */
const FIELDS = { EMAIL: 'email', FNAME: 'givenName', LNAME: 'familyName', ZIP: 'postalCode' } as const;

const POST = /\/post(-json)?\/?$/;

/**
 * The list's `post-json` URL, with the payload's fields when given and the empty
 * honeypot `b_<u>_<id>`; undefined when `action` is not a Mailchimp embed form URL.
 */
export function jsonpUrl(action: string, p?: SignupPayload): URL | undefined {
  const url = new URL(action);
  const query = url.searchParams;
  const u = query.get('u');
  const id = query.get('id');
  if (!u || !id || !POST.test(url.pathname)) return undefined;
  url.pathname = url.pathname.replace(POST, '/post-json');
  for (const [name, key] of Object.entries(FIELDS)) if (p?.[key]) query.set(name, p[key]!);
  query.set(`b_${u}_${id}`, '');
  return url;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(value: string): string }): { createScriptURL(value: string): unknown };
}
let policy: { createScriptURL(value: string): unknown } | undefined;

/** The script URL as the page requires it: a TrustedScriptURL where Trusted Types exist. */
export function scriptUrl(url: string): string {
  const factory = (window as unknown as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  policy ??= factory?.createPolicy(TRUSTED_TYPES_POLICY, {
    // Only ever an http(s) Mailchimp-style post-json URL: the policy cannot load anything else.
    createScriptURL(value) {
      if (!/^https?:\/\/[^?#]+\/post-json\?/.test(value)) throw new TypeError('btw-signup: not a JSONP URL');
      return value;
    },
  });
  return (policy ? policy.createScriptURL(url) : url) as string;
}

// The errors below never reach a reader or a host: the element turns their kind
// into its own localized message. Their text only says where they came from.
type Callbacks = Record<string, (reply?: unknown) => void>;

/** One JSONP request: resolves with the reply, or fails as `network` when it does not load or answer in time. */
function jsonp(url: URL): Promise<unknown> {
  const callbacks = window as unknown as Callbacks;
  // Random, so that two copies of the kit on one page never share a name.
  const name = `btwSignup${Math.random().toString(36).slice(2)}`;
  const script = document.createElement('script');
  let timer: ReturnType<typeof setTimeout> | undefined;
  url.searchParams.set('c', name);
  return new Promise((resolve, reject) => {
    try {
      script.src = scriptUrl(url.href);
    } catch {
      throw new SignupError('blocked', 'Trusted Types');
    }
    // The reply calls it once, and it removes itself: a late reply (after a
    // timeout) still finds a function, so the page sees no error.
    callbacks[name] = (reply) => {
      delete callbacks[name];
      resolve(reply);
    };
    script.onerror = () => reject(new RequestError('network', 'JSONP'));
    // The callback runs before `load`: a script that loaded without calling it is not Mailchimp's answer.
    script.onload = () => reject(new RequestError('invalid-response', 'JSONP'));
    timer = setTimeout(() => reject(new RequestError('network', 'JSONP timeout')), httpSettings.timeoutMs);
    document.head.append(script);
  }).finally(() => {
    clearTimeout(timer);
    script.remove();
  });
}

/** Sends to Mailchimp; "already subscribed" is a success (never reveal who is on a list). */
export async function subscribe(action: string, payload: SignupPayload): Promise<SignupResponse> {
  const reply = (await jsonp(jsonpUrl(action, payload)!)) as { result?: unknown; msg?: unknown } | null;
  const msg = String(reply?.msg);
  if (reply?.result === 'success' || /already subscribed/i.test(msg)) return { status: null, body: reply };
  // Our own kind, so never retried automatically: a reply we cannot read, a refusal,
  // or "too many subscribe attempts" (waiting a few seconds does not help).
  throw new SignupError(reply?.result !== 'error' ? 'server' : /too many/i.test(msg) ? 'rate-limited' : 'invalid', 'Mailchimp');
}
