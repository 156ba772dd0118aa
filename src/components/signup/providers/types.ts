/** What a provider answered: the HTTP status (none for JSONP) and the body it sent. */
export interface SignupResponse {
  status: number | null;
  body: unknown;
}

/** The kinds of failure a reader is told about, each with its own localized text. */
export type SignupErrorKind = 'invalid' | 'rate-limited' | 'network' | 'offline' | 'server' | 'blocked';

/**
 * The `error` of `btw-signup-error`: our kind and message, never the provider's text.
 * Providers also throw it, with kind `blocked`, when the page or the browser stopped a request.
 */
export class SignupError extends Error {
  override name = 'SignupError';
  constructor(
    readonly kind: SignupErrorKind,
    message: string,
    /** HTTP status, when there was one. */
    readonly status?: number,
    /** Sending the same submission again may work. */
    readonly retryable = false,
  ) {
    super(message);
  }
}
