// A timeout ends the wait whatever the page's `fetch` does with the abort signal.
import { expect } from '@open-wc/testing';
import origin from '../server/origin.js';
import { httpSettings, request, RequestError } from '../../src/shared/http.js';

describe('request timeout on a page whose fetch drops the signal', () => {
  const pageFetch = window.fetch;
  const defaults = { ...httpSettings };
  afterEach(() => {
    window.fetch = pageFetch;
    Object.assign(httpSettings, defaults);
  });

  it('fails as timeout after timeoutMs, and the caller’s abort still ends it', async () => {
    // The wrapper forwards the request but not `init.signal`, so aborting it changes nothing.
    window.fetch = (input, init) => pageFetch(input, { ...init, signal: undefined });
    const slow = `${origin}/api/echo?key=http-timeout-${Date.now()}&fail=slow&ms=3000`;
    const outcome = (promise: Promise<unknown>) =>
      promise.then(
        () => 'answered',
        (error: RequestError) => error.kind,
      );
    expect(await outcome(request(slow, {}, { timeoutMs: 200 }))).to.equal('timeout');

    const controller = new AbortController();
    const pending = outcome(request(slow, {}, { timeoutMs: 5000, signal: controller.signal }));
    setTimeout(() => controller.abort(), 50);
    expect(await pending).to.equal('aborted');
  });
});
