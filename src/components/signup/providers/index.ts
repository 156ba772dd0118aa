// Delivery of one submission: the provider's request, retried by the shared
// `withRetry` (same payload, so the same submissionId), and the failure's kind.
import { RequestError, withRetry } from '../../../shared/http.js';
import type { SignupPayload } from '../payload.js';
import { post } from './http.js';
import { subscribe } from './mailchimp.js';
import { BlockedError, type SignupResponse } from './types.js';

export { BlockedError, type SignupResponse };

export const PROVIDERS = ['json', 'form', 'mailchimp', 'actionnetwork'] as const;
export type Provider = (typeof PROVIDERS)[number];

/** The kinds of failure a reader is told about, each with its own localized text. */
export type SignupErrorKind = 'invalid' | 'rate-limited' | 'network' | 'offline' | 'server' | 'blocked';

/** The `error` of `btw-signup-error`: our kind and message, never the provider's text. */
export class SignupError extends Error {
  override name = 'SignupError';
  constructor(
    readonly kind: SignupErrorKind,
    message: string,
    /** HTTP status, when there was one. */
    readonly status: number | undefined,
    /** Sending the same submission again may work. */
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

/** Sorts any failure into a kind a reader can act on. */
export function kindOf(error: unknown): SignupErrorKind {
  if (error instanceof BlockedError) return 'blocked';
  if (!(error instanceof RequestError)) return 'server';
  switch (error.kind) {
    case 'client':
      return 'invalid';
    case 'rate-limited':
      return 'rate-limited';
    case 'network':
    case 'timeout':
      return navigator.onLine === false ? 'offline' : 'network';
    default:
      return 'server';
  }
}

/** One request; a network failure that came with a CSP violation for it is `blocked`. */
async function attempt(provider: Provider, action: string, payload: SignupPayload, signal?: AbortSignal) {
  let violated = false;
  const onViolation = (event: SecurityPolicyViolationEvent) => {
    const uri = event.blockedURI;
    if (uri === 'trusted-types-sink' || (/^https?:/.test(uri) && new URL(uri).origin === new URL(action).origin)) violated = true;
  };
  document.addEventListener('securitypolicyviolation', onViolation);
  try {
    return provider === 'mailchimp' ? await subscribe(action, payload) : await post(provider, action, payload, signal);
  } catch (error) {
    if (error instanceof RequestError && error.kind === 'network') {
      // The violation event is queued as a task of its own: give it a turn.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (violated) throw new BlockedError('Blocked by the page or the browser');
    }
    throw error;
  } finally {
    document.removeEventListener('securitypolicyviolation', onViolation);
  }
}

export interface DeliverOptions {
  signal?: AbortSignal;
  /** Told before each automatic retry. */
  onRetry?: () => void;
}

/** Sends the payload with up to 3 requests in all (shared backoff and Retry-After rules). */
export function deliver(provider: Provider, action: string, payload: SignupPayload, { signal, onRetry }: DeliverOptions = {}) {
  return withRetry(() => attempt(provider, action, payload, signal), { tries: 3, signal, onRetry });
}
