/** What a provider answered: the HTTP status (none for JSONP) and the body it sent. */
export interface SignupResponse {
  status: number | null;
  body: unknown;
}

/** The request was stopped by the page's Content-Security-Policy, Trusted Types or the browser. */
export class BlockedError extends Error {
  override name = 'BlockedError';
}
