// Delivery of one submission: the provider's request, retried by the shared
// `withRetry` (same payload, so the same submissionId), and the failure's kind.
import { withRetry, type RequestError } from '../../../shared/http.js';
import type { SignupPayload } from '../payload.js';
import { post } from './http.js';
import { subscribe } from './mailchimp.js';
import { SignupError, type SignupErrorKind, type SignupResponse } from './types.js';

export { SignupError, type SignupErrorKind, type SignupResponse };

export const PROVIDERS = ['json', 'form', 'mailchimp', 'actionnetwork'] as const;
export type Provider = (typeof PROVIDERS)[number];

/** Sorts any failure into a kind a reader can act on. */
export function kindOf(error: unknown): SignupErrorKind {
  // A RequestError's kind, or a SignupError's own; anything else is `server`.
  const kind = (error as { kind?: string } | undefined)?.kind;
  if (kind === 'network' || kind === 'timeout') return navigator.onLine ? 'network' : 'offline';
  return kind === 'client'
    ? 'invalid'
    : kind === 'invalid' || kind === 'rate-limited' || kind === 'blocked'
      ? kind
      : 'server';
}

/**
 * The provider's answer asks the reader to confirm by email (a double opt-in
 * list): Mailchimp's success message says so ("…We need to confirm your email
 * address…", in the list's language), and an endpoint of your own answers with
 * the subscriber's `status: "pending"`, as Mailchimp's API does.
 */
export function mustConfirm({ body }: SignupResponse): boolean {
  const { msg, status } = (body ?? {}) as { msg?: unknown; status?: unknown };
  return status === 'pending' || (typeof msg === 'string' && /confirm/i.test(msg));
}

/** One request; a network failure that came with a CSP violation for it is `blocked`. */
async function attempt(provider: Provider, action: string, payload: SignupPayload) {
  let violated = false;
  const onViolation = ({ blockedURI: uri }: SecurityPolicyViolationEvent) => {
    // `uri` is the blocked URL, or its origin alone: either way it starts with the action's origin and a "/".
    if (uri === 'trusted-types-sink' || `${uri}/`.startsWith(`${new URL(action).origin}/`)) violated = true;
  };
  document.addEventListener('securitypolicyviolation', onViolation);
  try {
    return provider === 'mailchimp' ? await subscribe(action, payload) : await post(provider, action, payload);
  } catch (error) {
    if ((error as RequestError).kind === 'redirect') {
      // A configuration error: sending again goes to the same redirect.
      console.error(
        `<btw-signup>: action ${action} answered with a redirect, never followed: set action to the final URL.`,
      );
      throw new SignupError('server', 'Redirect');
    }
    if ((error as RequestError).kind === 'network') {
      // The violation event is queued as a task of its own: give it a turn.
      await new Promise((resolve) => setTimeout(resolve));
      if (violated) throw new SignupError('blocked', 'CSP');
    }
    throw error;
  } finally {
    document.removeEventListener('securitypolicyviolation', onViolation);
  }
}

/**
 * Sends the payload with up to 3 requests in all (the shared backoff and
 * Retry-After rules); `onRetry` is told before each automatic retry.
 */
export const deliver = (provider: Provider, action: string, payload: SignupPayload, onRetry: () => void) =>
  withRetry(() => attempt(provider, action, payload), { tries: 3, onRetry });
