import { expect } from '@open-wc/testing';
import origin from '../server/origin.js';
import { httpSettings, parseRetryAfter, readJson, request, RequestError, withRetry } from '../../src/shared/http.js';

const defaults = { ...httpSettings };
let n = 0;
/** A fresh key per test, so the server's log holds only this test's requests. */
const api = (query: string) => {
  const key = `http-${Date.now()}-${n++}`;
  return { key, url: `${origin}/api/echo?key=${key}${query ? `&${query}` : ''}` };
};
const received = async (key: string) => (await (await fetch(`${origin}/api/log?key=${key}`)).json()) as unknown[];

async function failure(promise: Promise<unknown>): Promise<RequestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RequestError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('request', () => {
  afterEach(() => Object.assign(httpSettings, defaults));

  it('reads a JSON answer from the local server', async () => {
    const { url } = api('');
    const body = await request(url, { method: 'POST', body: 'hi' }, {}, readJson);
    expect(body).to.deep.include({ ok: true, method: 'POST', body: 'hi' });
  });

  it('classifies 500 as a retryable server error', async () => {
    const error = await failure(request(api('fail=500').url));
    expect([error.kind, error.status, error.retryable]).to.deep.equal(['server', 500, true]);
  });

  it('classifies 429 as rate limited and reads Retry-After', async () => {
    const error = await failure(request(api('fail=429&retry-after=3').url));
    expect([error.kind, error.retryAfterMs, error.retryable]).to.deep.equal(['rate-limited', 3000, true]);
  });

  it('classifies 400 as a client error that is not retried', async () => {
    const error = await failure(request(api('fail=400').url));
    expect([error.kind, error.status, error.retryable]).to.deep.equal(['client', 400, false]);
  });

  it('reports a dropped connection as a network error', async () => {
    const error = await failure(request(api('fail=drop').url));
    expect([error.kind, error.retryable]).to.deep.equal(['network', true]);
  });

  it('reports an answer that is not JSON as invalid', async () => {
    const error = await failure(request(api('fail=non-json').url, {}, {}, readJson));
    expect([error.kind, error.retryable]).to.deep.equal(['invalid-response', false]);
  });

  it('times out a slow server', async () => {
    const error = await failure(request(api('fail=slow&ms=1500').url, {}, { timeoutMs: 150 }));
    expect([error.kind, error.retryable]).to.deep.equal(['timeout', true]);
  });

  it('reports an abort by the caller as aborted, not as a failure to retry', async () => {
    const controller = new AbortController();
    const pending = request(api('fail=slow&ms=1500').url, {}, { signal: controller.signal });
    controller.abort();
    const error = await failure(pending);
    expect([error.kind, error.retryable]).to.deep.equal(['aborted', false]);
  });

  it('does not send a request whose signal is already aborted', async () => {
    const { key, url } = api('');
    const error = await failure(request(url, {}, { signal: AbortSignal.abort() }));
    expect([error.kind, error.retryable]).to.deep.equal(['aborted', false]);
    expect(await received(key)).to.have.length(0);
  });

  it('keeps the status of an answer it cannot read', async () => {
    const error = await failure(request(api('').url, {}, {}, () => Promise.reject(new SyntaxError('bad'))));
    expect([error.kind, error.status, error.retryable]).to.deep.equal(['invalid-response', 200, false]);
  });
});

describe('withRetry', () => {
  beforeEach(() => Object.assign(httpSettings, { backoffMs: 20 }));
  afterEach(() => Object.assign(httpSettings, defaults));

  it('retries a 500 and succeeds on the second request', async () => {
    const { key, url } = api('fail=500-once');
    const attempts: number[] = [];
    const body = await withRetry((attempt) => {
      attempts.push(attempt);
      return request(url, { method: 'POST', body: 'same' }, {}, readJson);
    });
    expect(body).to.deep.include({ ok: true });
    expect(attempts).to.deep.equal([1, 2]);
    expect(await received(key)).to.have.length(2);
  });

  it('waits as long as Retry-After says before trying again', async () => {
    const { key, url } = api('fail=429-once&retry-after=1');
    const waits: number[] = [];
    await withRetry(() => request(url), { onRetry: (_error, _n, wait) => waits.push(wait) });
    const log = (await received(key)) as { headers: Record<string, string> }[];
    expect(waits).to.deep.equal([1000]);
    expect(log).to.have.length(2);
  });

  it('gives up after three requests in all', async () => {
    const { key, url } = api('fail=500');
    const error = await failure(withRetry(() => request(url)));
    expect(error.kind).to.equal('server');
    expect(await received(key)).to.have.length(3);
  });

  it('does not retry a 400', async () => {
    const { key, url } = api('fail=400');
    const error = await failure(withRetry(() => request(url)));
    expect(error.kind).to.equal('client');
    expect(await received(key)).to.have.length(1);
  });

  it('does not wait for a Retry-After longer than the limit', async () => {
    const { key, url } = api('fail=429&retry-after=60');
    const error = await failure(withRetry(() => request(url)));
    expect([error.kind, error.retryAfterMs]).to.deep.equal(['rate-limited', 60_000]);
    expect(await received(key)).to.have.length(1);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and ignores nonsense', () => {
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
    expect(parseRetryAfter('7', now)).to.equal(7000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:05 GMT', now)).to.equal(5000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:27:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
    expect([parseRetryAfter(' 7 ', now), parseRetryAfter('', now)]).to.deep.equal([7000, undefined]);
  });
});

describe('the local endpoint on the page’s own origin', () => {
  it('answers /api/ on the test server’s origin too, sharing the log', async () => {
    const key = `same-origin-${Date.now()}`;
    const body = await request(`/api/echo?key=${key}`, { method: 'POST', body: 'here' }, {}, readJson);
    expect(body).to.deep.include({ ok: true, body: 'here' });
    expect(await received(key)).to.have.length(1);
  });
});
