/**
 * Loads recommendation documents. Elements asking for the same URL at the same
 * time share one request; a document that loaded stays for the page's life, a
 * failed one is forgotten at once (the next element or a retry asks again).
 */
import { request, RequestError } from '../../shared/http.js';

/** Larger answers are refused: a document with two locales is a few kB. */
export const MAX_DOCUMENT_BYTES = 256 * 1024;

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

const documents = new Map<string, Entry>();

const tooLarge = () =>
  new RequestError('invalid-response', `Document larger than ${MAX_DOCUMENT_BYTES / 1024} kB`);

/** Reads the body as JSON, stopping (and failing) as soon as it passes the size limit. */
async function readDocument(response: Response): Promise<unknown> {
  if (Number(response.headers.get('Content-Length')) > MAX_DOCUMENT_BYTES) throw tooLarge();
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

/**
 * The parsed JSON at `url` (absolute). `signal` withdraws this caller; the
 * request itself is aborted when every caller withdrew before it finished.
 */
export async function loadDocument(url: string, signal: AbortSignal): Promise<unknown> {
  let entry = documents.get(url);
  if (!entry) {
    const controller = new AbortController();
    const created: Entry = (entry = { controller, users: 0, settled: false } as Entry);
    created.promise = request(
      url,
      { credentials: 'omit', headers: { Accept: 'application/json' } },
      { signal: controller.signal },
      readDocument,
    ).finally(() => (created.settled = true));
    // A failed document is forgotten before any caller hears of it (this also handles the rejection).
    created.promise.catch(() => documents.get(url) === created && documents.delete(url));
    documents.set(url, created);
  }
  const shared = entry;
  shared.users++;
  try {
    // This caller's abort ends its wait at once (its own listener ends with its signal).
    return await Promise.race([
      shared.promise,
      new Promise((_, reject) => {
        const onAbort = () => reject(new RequestError('aborted', 'Request aborted'));
        if (signal.aborted) onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
      }),
    ]);
  } finally {
    shared.users--;
    if (!shared.users && !shared.settled) {
      shared.controller.abort();
      if (documents.get(url) === shared) documents.delete(url);
    }
  }
}
