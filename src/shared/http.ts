/**
 * Requests with a timeout, classified failures and retries with backoff, for the
 * elements that talk to a server (`src` documents, sign-ups).
 */

/** Timings. Tests shorten them; pages have no reason to. */
export const httpSettings = {
  /** A request (headers and body) that takes longer fails as `timeout`. */
  timeoutMs: 15_000,
  /** First wait before a retry; doubles each time. */
  backoffMs: 1_000,
  /** A `Retry-After` longer than this is not waited for automatically. */
  maxRetryWaitMs: 10_000,
};

export type FailureKind =
  | 'network' // no answer: offline, refused, dropped, blocked by CORS or an extension
  | 'timeout'
  | 'rate-limited' // 429
  | 'server' // 5xx
  | 'client' // other 4xx
  | 'invalid-response' // an answer we cannot read (e.g. not JSON)
  | 'redirect' // a 3xx to a request made with `redirect: 'manual'` (not followed)
  | 'aborted'; // the page or the element called it off

export class RequestError extends Error {
  override name = 'RequestError';
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }

  /** Worth sending again: the failure may pass. */
  get retryable(): boolean {
    return ['network', 'timeout', 'rate-limited', 'server'].includes(this.kind);
  }
}

/** `Retry-After` in milliseconds, from seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const wait = /^\d+$/.test(text) ? +text * 1000 : Date.parse(text) - now;
  return isNaN(wait) ? undefined : Math.max(0, wait);
}

export interface RequestOptions {
  timeoutMs?: number;
  /** Aborts the request; the failure is then `aborted`. */
  signal?: AbortSignal;
}

/**
 * Fetches `url` and lets `read` consume the response, both within the timeout.
 * A non-2xx status, a network failure, a timeout or a `read` that throws becomes
 * a `RequestError` of the matching kind.
 */
export function request<T = Response>(
  url: string,
  init: RequestInit = {},
  { timeoutMs = httpSettings.timeoutMs, signal }: RequestOptions = {},
  read: (response: Response) => Promise<T> | T = (response) => response as T,
): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  return new Promise<T>((resolve, reject) => {
    // Ends the wait by itself: a page whose `fetch` wrapper drops `init.signal`
    // never lets the abort reach the request, yet the caller still hears in time.
    // Whatever settles later (the request, after a timeout) is ignored.
    const end = (error: RequestError) => {
      controller.abort();
      reject(error);
    };
    if (signal?.aborted) return end(aborted());
    timer = setTimeout(() => end(new RequestError('timeout', `No answer within ${timeoutMs} ms`)), timeoutMs);
    signal?.addEventListener('abort', (onAbort = () => end(aborted())));
    // Set once there is an answer: a failure after it is the body's.
    let response: Response | undefined;
    (async () => {
      // The origin at most in `Referer`, whatever the page's own policy: its
      // address can carry a reader's token (`?token=…`) even on its own server.
      response = await fetch(url, { referrerPolicy: 'strict-origin', ...init, signal: controller.signal });
      if (response.type === 'opaqueredirect') throw new RequestError('redirect', 'Redirect');
      const { ok, status } = response;
      if (!ok) {
        const kind: FailureKind = status === 429 ? 'rate-limited' : status >= 500 ? 'server' : 'client';
        throw new RequestError(kind, `HTTP ${status}`, status, parseRetryAfter(response.headers.get('Retry-After')));
      }
      return read(response);
    })().then(resolve, (error) =>
      reject(
        error instanceof RequestError
          ? error
          : response
            ? new RequestError('invalid-response', 'Unreadable response', response.status)
            : new RequestError('network', 'Network error'),
      ),
    );
  }).finally(() => {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort!);
  });
}

const aborted = () => new RequestError('aborted', 'Request aborted');

/** Reads a response as JSON; anything else is `invalid-response`. */
export const readJson = (response: Response): Promise<unknown> => response.json();

export interface RetryOptions {
  /** Requests in all, the first included. */
  tries?: number;
  /** Told before each wait, e.g. to say "trying again". */
  onRetry?: (error: RequestError, attempt: number, waitMs: number) => void;
}

/**
 * Runs `attempt` until it succeeds, retrying retryable `RequestError`s with
 * exponential backoff or the server's `Retry-After`. A wait longer than
 * `maxRetryWaitMs`, a non-retryable error or the last try's error is thrown.
 */
export async function withRetry<T>(
  attempt: (n: number) => Promise<T>,
  { tries = 3, onRetry }: RetryOptions = {},
): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (!(error instanceof RequestError) || !error.retryable || n >= tries) throw error;
      const wait = error.retryAfterMs ?? httpSettings.backoffMs * 2 ** (n - 1);
      if (wait > httpSettings.maxRetryWaitMs) throw error;
      onRetry?.(error, n, wait);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
