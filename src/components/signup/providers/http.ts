// Providers that POST with fetch: `json`, `form` and `actionnetwork` (SPEC `<btw-signup>`).
import { request } from '../../../shared/http.js';
import type { SignupPayload } from '../payload.js';
import type { SignupResponse } from './types.js';

/** `form`: SPEC's names, empty fields omitted, tags comma-joined, consent `true`/`false`. */
export function formBody(p: SignupPayload): URLSearchParams {
  const entries: [string, string | null][] = [
    ['email', p.email],
    ['given_name', p.givenName],
    ['family_name', p.familyName],
    ['postal_code', p.postalCode],
    ['country', p.country],
    ['consent', String(p.consent)],
    ['source', p.source],
    ['tags', p.tags.join(',')],
    ['locale', p.locale],
    ['page_url', p.pageUrl],
    ['submission_id', p.submissionId],
  ];
  return new URLSearchParams(entries.filter((entry): entry is [string, string] => !!entry[1]));
}

/** `actionnetwork`: a person with the fields that were filled in, and the tags plus `source:<source>`. */
export function actionNetworkBody(p: SignupPayload) {
  const person: Record<string, unknown> = {};
  if (p.givenName) person.given_name = p.givenName;
  if (p.familyName) person.family_name = p.familyName;
  person.email_addresses = [{ address: p.email, status: 'subscribed' }];
  if (p.postalCode || p.country) {
    const address: Record<string, string> = {};
    if (p.postalCode) address.postal_code = p.postalCode;
    if (p.country) address.country = p.country;
    person.postal_addresses = [address];
  }
  return { person, add_tags: [...p.tags, ...(p.source ? [`source:${p.source}`] : [])] };
}

/** A 2xx body: JSON when it is JSON, else its text (a 2xx is a success whatever it says). */
async function readAnswer(response: Response): Promise<SignupResponse> {
  const text = await response.text();
  let body: unknown = text || null;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body };
}

/** One POST of the payload in the provider's format. Cookies are never sent. */
export function post(
  provider: 'json' | 'form' | 'actionnetwork',
  action: string,
  payload: SignupPayload,
  signal?: AbortSignal,
): Promise<SignupResponse> {
  const init: RequestInit = { method: 'POST', credentials: 'omit', cache: 'no-store' };
  if (provider === 'form') {
    init.body = formBody(payload);
  } else {
    const json = provider === 'json';
    init.headers = { 'Content-Type': 'application/json', ...(json ? { 'Idempotency-Key': payload.submissionId } : {}) };
    init.body = JSON.stringify(json ? payload : actionNetworkBody(payload));
  }
  return request(action, init, { signal }, readAnswer);
}
