/**
 * Loads recommendation documents. Elements asking for the same URL at the same
 * time share one request; a document that loaded stays for the page's life, a
 * failed one is forgotten at once (the next element or a retry asks again).
 */
import { request, RequestError } from '../../shared/http.js';

/** Larger answers are refused: a document with two locales is a few kB. */
export const MAX_DOCUMENT_BYTES = 256 * 1024;

/** Joins a caller to a shared request; its `signal` withdraws it. */
type Join = (signal: AbortSignal) => Promise<unknown>;

const documents = new Map<string, Join>();

const tooLarge = () => new RequestError('invalid-response', `Document larger than ${MAX_DOCUMENT_BYTES / 1024} kB`);

/** Reads the body as JSON, stopping (and failing) as soon as it passes the size limit. */
async function readDocument(response: Response): Promise<unknown> {
  if (+response.headers.get('Content-Length')! > MAX_DOCUMENT_BYTES) throw tooLarge();
  const reader = response.body!.getReader();
  const chunks: BlobPart[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_DOCUMENT_BYTES) {
      void reader.cancel();
      throw tooLarge();
    }
    chunks.push(value as Uint8Array<ArrayBuffer>);
  }
  return JSON.parse(await new Blob(chunks).text());
}

/** Starts the request for `url`; it is aborted (and forgotten) when every caller withdrew before it finished. */
function share(url: string): Join {
  const controller = new AbortController();
  let users = 0;
  let pending = true;
  const forget = () => documents.get(url) === join && documents.delete(url);
  const promise = request(
    url,
    { credentials: 'omit', headers: { Accept: 'application/json' } },
    { signal: controller.signal },
    readDocument,
  ).finally(() => (pending = false));
  // A failed document is forgotten before any caller hears of it (this also handles the rejection).
  promise.catch(forget);
  const join: Join = (signal) => {
    users++;
    // A signal aborts once: the listener runs at most once.
    signal.addEventListener('abort', () => {
      if (!--users && pending) {
        forget();
        controller.abort();
      }
    });
    return promise;
  };
  return join;
}

/**
 * The parsed JSON at `url` (absolute). `signal` (not yet aborted) withdraws this
 * caller, who then ignores the result: the request goes on while another caller waits.
 */
export function loadDocument(url: string, signal: AbortSignal): Promise<unknown> {
  let join = documents.get(url);
  if (!join) documents.set(url, (join = share(url)));
  return join(signal);
}
