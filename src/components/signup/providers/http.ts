// Providers that POST with fetch: `json`, `form` and `actionnetwork` (docs/elements/btw-signup.md).
import { request } from '../../../shared/http.js';
import type { SignupPayload } from '../payload.js';
import type { SignupResponse } from './types.js';

/** A payload key as `form` and Action Network name it: `givenName` -> `given_name`. */
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * `form`: every payload field in its order, snake_case, empty ones left out
 * (tags comma-joined, consent `true`/`false`).
 */
export function formBody(p: SignupPayload): URLSearchParams {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(p)) if (value != null && `${value}`) body.set(snake(key), `${value}`);
  return body;
}

/**
 * `actionnetwork`: a person with the fields that were filled in, and the tags plus
 * `source:<source>`. Fields left empty are `undefined`, which JSON leaves out.
 */
export function actionNetworkBody(p: SignupPayload) {
  const { given_name, family_name, postal_code, country } = Object.fromEntries(formBody(p));
  return {
    person: {
      given_name,
      family_name,
      email_addresses: [{ address: p.email, status: 'subscribed' }],
      postal_addresses: postal_code || country ? [{ postal_code, country }] : undefined,
    },
    add_tags: p.source ? [...p.tags, `source:${p.source}`] : p.tags,
  };
}

/** A 2xx body: JSON when it is JSON, else its text (a 2xx is a success whatever it says). */
async function readAnswer(response: Response): Promise<SignupResponse> {
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text || null;
  }
  return { status: response.status, body };
}

/**
 * One POST of the payload in the provider's format. Cookies are never sent, and a
 * redirect is never followed (a 307/308 would post the reader's details again,
 * wherever it points): it fails as `redirect`.
 */
export function post(
  provider: 'json' | 'form' | 'actionnetwork',
  action: string,
  p: SignupPayload,
): Promise<SignupResponse> {
  const form = provider === 'form';
  const json = provider === 'json';
  return request(
    action,
    {
      method: 'POST',
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'manual',
      // `form`: the URLSearchParams body sets its own Content-Type.
      headers: form
        ? {}
        : { 'Content-Type': 'application/json', ...(json ? { 'Idempotency-Key': p.submissionId } : {}) },
      body: form ? formBody(p) : JSON.stringify(json ? p : actionNetworkBody(p)),
    },
    {},
    readAnswer,
  );
}
