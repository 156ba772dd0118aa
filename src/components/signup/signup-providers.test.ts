import { expect, html } from '@open-wc/testing';
import {
  fastSettings,
  fill,
  newKey,
  origin,
  part,
  received,
  render,
  restoreSettings,
  submitAndWait,
} from './test-helpers.js';
import { newSubmissionId } from './payload.js';
import { scriptUrl } from './providers/mailchimp.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('btw-signup providers: the exact request each one sends', () => {
  beforeEach(fastSettings);
  afterEach(restoreSettings);

  it('json: POSTs the documented payload with Content-Type and Idempotency-Key', async () => {
    const key = newKey();
    const el = await render(html`<btw-signup lang="es" action="${origin}/api/signup?key=${key}" consent
      privacy-url="https://example.org/privacy" source="partner-x" tags=" btw, ,news " fields="given-name postal-code"></btw-signup>`);
    await fill(el, { email: 'ana@example.org', 'given-name': ' Ana ' }, true);
    const { detail } = await submitAndWait(el, 'btw-signup-success');
    const [request] = await received(key);
    expect(request.method).to.equal('POST');
    expect(request.headers['content-type']).to.equal('application/json');
    const body = JSON.parse(request.body);
    const { submissionId, ...fields } = body;
    expect(fields).to.deep.equal({
      email: 'ana@example.org',
      givenName: 'Ana',
      familyName: null,
      postalCode: null,
      country: null,
      consent: true,
      source: 'partner-x',
      tags: ['btw', 'news'],
      locale: 'es',
      pageUrl: location.origin + location.pathname,
    });
    expect(submissionId).to.match(UUID);
    expect(request.headers['idempotency-key']).to.equal(body.submissionId);
    expect(detail.payload).to.deep.equal(body);
    expect(detail.response).to.deep.equal({ status: 201, body: { ok: true, id: body.submissionId } });
  });

  it('json: sends null for source and every optional field with fields="" and consent false without the checkbox', async () => {
    const key = newKey();
    const el = await render(html`<btw-signup action="${origin}/api/signup?key=${key}" fields=""></btw-signup>`);
    expect(part(el, 'input[name="given-name"]')).to.equal(null);
    await fill(el, { email: 'solo@example.org' });
    await submitAndWait(el, 'btw-signup-success');
    const body = JSON.parse((await received(key))[0].body);
    expect(body).to.include({
      givenName: null,
      familyName: null,
      postalCode: null,
      country: null,
      consent: false,
      source: null,
      locale: 'en',
    });
    expect(body.tags).to.deep.equal([]);
  });

  it('form: POSTs urlencoded with the documented names, empty fields omitted, tags comma-joined', async () => {
    const key = newKey();
    const el = await render(html`<btw-signup provider="form" action="${origin}/api/signup/form?key=${key}"
      fields="given-name family-name country" tags="a, b" source="partner-x"></btw-signup>`);
    await fill(el, { email: 'ana@example.org', 'given-name': 'Ana', country: 'Guatemala' });
    const { detail } = await submitAndWait(el, 'btw-signup-success');
    const [request] = await received(key);
    expect(request.method).to.equal('POST');
    expect(request.headers['content-type']).to.match(/^application\/x-www-form-urlencoded/);
    expect(request.headers).not.to.have.property('idempotency-key');
    expect([...new URLSearchParams(request.body)]).to.deep.equal([
      ['email', 'ana@example.org'],
      ['given_name', 'Ana'],
      ['country', 'Guatemala'],
      ['consent', 'false'],
      ['source', 'partner-x'],
      ['tags', 'a,b'],
      ['locale', 'en'],
      ['page_url', location.origin + location.pathname],
      ['submission_id', detail.payload.submissionId],
    ]);
  });

  it('actionnetwork: POSTs the person as JSON with add_tags and source:<source>, and no key', async () => {
    const key = newKey();
    const el =
      await render(html`<btw-signup provider="actionnetwork" action="${origin}/api/signup/actionnetwork?key=${key}"
      fields="given-name family-name postal-code country" tags="btw" source="partner-x"></btw-signup>`);
    await fill(el, {
      email: 'ana@example.org',
      'given-name': 'Ana',
      'family-name': 'López',
      'postal-code': '01001',
      country: 'GT',
    });
    await submitAndWait(el, 'btw-signup-success');
    const [request] = await received(key);
    expect(request.method).to.equal('POST');
    expect(request.headers['content-type']).to.equal('application/json');
    expect(request.headers).not.to.have.property('osdi-api-token');
    expect(JSON.parse(request.body)).to.deep.equal({
      person: {
        given_name: 'Ana',
        family_name: 'López',
        email_addresses: [{ address: 'ana@example.org', status: 'subscribed' }],
        postal_addresses: [{ postal_code: '01001', country: 'GT' }],
      },
      add_tags: ['btw', 'source:partner-x'],
    });
  });

  it('form: sends only what is set with fields="" (no name, source or tags)', async () => {
    const key = newKey();
    const el = await render(
      html`<btw-signup provider="form" consent action="${origin}/api/signup/form?key=${key}" fields=""></btw-signup>`,
    );
    await fill(el, { email: 'solo@example.org' }, true);
    const { detail } = await submitAndWait(el, 'btw-signup-success');
    const [request] = await received(key);
    expect([...new URLSearchParams(request.body)]).to.deep.equal([
      ['email', 'solo@example.org'],
      ['consent', 'true'],
      ['locale', 'en'],
      ['page_url', location.origin + location.pathname],
      ['submission_id', detail.payload.submissionId],
    ]);
  });

  it('actionnetwork: leaves out the names and the address part left empty, and adds no source tag without source', async () => {
    const key = newKey();
    const el =
      await render(html`<btw-signup provider="actionnetwork" action="${origin}/api/signup/actionnetwork?key=${key}"
      fields="given-name family-name country"></btw-signup>`);
    await fill(el, { email: 'ana@example.org', 'family-name': 'López', country: 'GT' });
    await submitAndWait(el, 'btw-signup-success');
    expect(JSON.parse((await received(key))[0].body)).to.deep.equal({
      person: {
        family_name: 'López',
        email_addresses: [{ address: 'ana@example.org', status: 'subscribed' }],
        postal_addresses: [{ country: 'GT' }],
      },
      add_tags: [],
    });
  });

  it('actionnetwork: sends no postal address when neither part is filled in', async () => {
    const key = newKey();
    const el =
      await render(html`<btw-signup provider="actionnetwork" action="${origin}/api/signup/actionnetwork?key=${key}"
      fields="postal-code country" tags="a"></btw-signup>`);
    await fill(el, { email: 'ana@example.org' });
    await submitAndWait(el, 'btw-signup-success');
    expect(JSON.parse((await received(key))[0].body)).to.deep.equal({
      person: { email_addresses: [{ address: 'ana@example.org', status: 'subscribed' }] },
      add_tags: ['a'],
    });
  });

  describe('mailchimp (JSONP)', () => {
    const action = (key: string) => `${origin}/api/signup/mailchimp/subscribe/post?u=abc123&id=list9&key=${key}`;

    it('sends EMAIL, FNAME, LNAME, ZIP and the empty honeypot through post-json with a callback, not source or tags', async () => {
      const key = newKey();
      const el =
        await render(html`<btw-signup provider="mailchimp" action=${action(key)} fields="given-name family-name postal-code"
        source="partner-x" tags="btw"></btw-signup>`);
      await fill(el, { email: 'ana@example.org', 'given-name': 'Ana', 'family-name': 'López', 'postal-code': '01001' });
      const { detail } = await submitAndWait(el, 'btw-signup-success');
      const [request] = await received(key);
      expect(request.method).to.equal('GET');
      expect(request.path).to.equal('/api/signup/mailchimp/subscribe/post-json');
      const { c, ...fields } = request.query;
      expect(fields).to.deep.equal({
        u: 'abc123',
        id: 'list9',
        key,
        EMAIL: 'ana@example.org',
        FNAME: 'Ana',
        LNAME: 'López',
        ZIP: '01001',
        b_abc123_list9: '',
      });
      expect(c).to.match(/^[A-Za-z_$][\w$]*$/);
      expect(detail.response.body).to.deep.include({ result: 'success' });
      expect((window as unknown as Record<string, unknown>)[c], 'callback removed').to.equal(undefined);
    });

    it("lets its Trusted Types policy make only Mailchimp list hosts' post-json URLs", () => {
      const ok = 'https://x.us1.list-manage.com/subscribe/post-json?u=a&id=b&c=cb';
      expect(String(scriptUrl(ok))).to.equal(ok);
      for (const url of [
        'https://evil.example/x.js',
        'https://evil.example/x.js?/post-json?',
        'javascript:alert(1)//post-json?',
        'data:,/post-json?',
        'https://attacker.example/x/post-json?u=1&id=2',
        'https://x.list-manage.com.attacker.example/subscribe/post-json?u=1',
        'https://attacker.example/?x.list-manage.com/subscribe/post-json?',
        'https://x.us1.list-manage.com/subscribe/post?u=a&id=b',
      ]) {
        // Where there are no Trusted Types, nothing asks the policy: the URL passes as it is.
        if ('trustedTypes' in window) expect(() => scriptUrl(url), url).to.throw(TypeError);
        else expect(scriptUrl(url)).to.equal(url);
      }
    });

    it('counts "already subscribed" as success and shows no trace of the reply', async () => {
      const el = await render(html`<btw-signup provider="mailchimp" action=${action(newKey())}></btw-signup>`);
      await fill(el, { email: 'already@example.org' });
      await submitAndWait(el, 'btw-signup-success');
      expect(el.shadowRoot!.textContent).to.contain('Thank you for signing up!');
      expect(el.shadowRoot!.textContent).not.to.contain('already subscribed');
    });

    it('reports an error reply with our own text, never its HTML msg, and does not retry it', async () => {
      const key = newKey();
      const el = await render(html`<btw-signup provider="mailchimp" action=${action(key)}></btw-signup>`);
      await fill(el, { email: 'reject@example.org' });
      const { detail } = await submitAndWait(el, 'btw-signup-error');
      expect(part(el, '[role="alert"]')!.textContent!.trim()).to.equal(
        'The sign-up service did not accept these details. Check them and try again.',
      );
      expect(el.shadowRoot!.querySelector('b')).to.equal(null);
      expect(el.shadowRoot!.textContent).not.to.contain('looks fake');
      expect([detail.error.kind, detail.retryable]).to.deep.equal(['invalid', false]);
      expect(await received(key)).to.have.length(1);
    });

    it('reports "too many" as rate limited, retryable by the reader but not retried automatically', async () => {
      const key = newKey();
      const el = await render(html`<btw-signup provider="mailchimp" action=${action(key)}></btw-signup>`);
      await fill(el, { email: 'toomany@example.org' });
      const { detail } = await submitAndWait(el, 'btw-signup-error');
      expect([detail.error.kind, detail.retryable]).to.deep.equal(['rate-limited', true]);
      expect(part(el, '[role="alert"]')!.textContent!.trim()).to.equal(
        'Too many sign-ups at once. Wait a minute, then try again.',
      );
      expect(await received(key)).to.have.length(1);
    });

    it('reports a reply that is neither success nor error as a server error, not retried', async () => {
      const key = newKey();
      // The JSONP callback is handed something else than Mailchimp's reply.
      const el = await render(
        html`<btw-signup provider="mailchimp" action="${action(key)}&amp;reply=odd"></btw-signup>`,
      );
      await fill(el, { email: 'ana@example.org' });
      const { detail } = await submitAndWait(el, 'btw-signup-error');
      expect([detail.error.kind, detail.retryable]).to.deep.equal(['server', true]);
      expect(await received(key)).to.have.length(1);
    });

    it('treats a JSONP script that fails to load as a network error and retries it', async () => {
      const key = newKey();
      const el = await render(
        html`<btw-signup provider="mailchimp" action="${action(key)}&amp;fail=500-once"></btw-signup>`,
      );
      await fill(el, { email: 'ana@example.org' });
      await submitAndWait(el, 'btw-signup-success');
      const log = await received(key);
      expect(log).to.have.length(2);
      expect(log[0].query.EMAIL).to.equal(log[1].query.EMAIL);
    });
  });
});

describe('btw-signup submissionId', () => {
  it('is a fresh UUID v4 also where crypto.randomUUID is missing (pages not served over https)', () => {
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    let ids: string[];
    try {
      ids = Array.from({ length: 50 }, newSubmissionId);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    for (const id of ids) expect(id).to.match(UUID);
    expect(new Set(ids).size).to.equal(50);
    expect(newSubmissionId()).to.match(UUID);
  });
});
