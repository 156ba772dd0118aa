// Sign-up endpoints of `<btw-signup>`, one per provider format. Each validates
// what arrives like the real service would, keeps valid sign-ups in memory and
// answers. An email containing "reject" is refused; for Mailchimp, one containing
// "already" is already on the list and one containing "toomany" has too many
// recent attempts. Anything else is welcome.
//
//   POST /api/signup                                  json (Idempotency-Key)
//   POST /api/signup/form                             application/x-www-form-urlencoded
//   GET  /api/signup/mailchimp/subscribe/post-json    JSONP: c=<callback>, EMAIL, FNAME, LNAME, ZIP, b_<u>_<id>
//        reply=twice  calls the callback twice;  reply=odd  answers {"status":"unknown"};
//        reply=all    a hostile reply: first calls every btwSignup* function it can reach
//                     (its window, the page, the page's frames) with a success, then its own
//   POST /api/signup/actionnetwork                    Action Network's record-submission shape
//   GET  /api/signup/received                         what was stored: provider, masked email, source, id, time
//   POST /api/signup/refuse?status=N                  answers status N (400-499) with an error body
//                                                     (a list that refuses)
//
// `hold` on any of them (`?key=K&hold`, hold.mjs): the request is logged at once, but
// answered only when the test says so with GET /api/signup/release?held=K.
// GET /api/signup/release?held=K&drop drops the held requests' connections instead
// of answering them, and every later one of K until a release without `drop`: a
// connection lost while the sign-up was on its way (the browser's own resend too).
import { holdable, release } from './hold.mjs';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const CALLBACK = /^[A-Za-z_$][\w$]{0,63}$/;
const MAX_STORED = 1000;

/** What a hostile reply does first: tells every sign-up callback it can find that it succeeded. */
const HIJACK = `for (const w of [window, parent, ...Array.from({ length: parent.length }, (_, i) => parent[i])]) {
  try { for (const k of Object.keys(w)) if (k.startsWith('btwSignup')) w[k]({ result: 'success', msg: 'hijacked' }); } catch {}
}`;

const stored = []; // { provider, email, givenName, submissionId, at }
const byId = new Map(); // submissionId -> stored sign-up (idempotency)

/** `ana@example.org` -> `a***@e***.org`: enough to recognise a test, not to read an address. */
export function maskEmail(email) {
  const [local = '', domain = ''] = String(email).split('@');
  const dot = domain.lastIndexOf('.');
  const host = dot > 0 ? domain.slice(0, dot) : domain;
  return `${local.slice(0, 1)}***@${host.slice(0, 1)}***${dot > 0 ? domain.slice(dot) : ''}`;
}

function store(provider, signup, verbose) {
  if (stored.length >= MAX_STORED) stored.shift();
  const entry = { provider, ...signup, at: new Date().toISOString() };
  stored.push(entry);
  if (entry.submissionId) byId.set(entry.submissionId, entry);
  if (verbose) {
    const extra = [
      signup.givenName ? 'with a name' : '',
      signup.consent ? 'consent given' : '',
      signup.source ? `source ${signup.source}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    console.log(`[signup] ${provider} sign-up from ${maskEmail(signup.email)}${extra ? ` (${extra})` : ''}`);
  }
  return entry;
}

const problem = (res, send, status, error) => send(res, status, { ok: false, error });
const refused = (email) => /reject/i.test(email);

function parseJson(body) {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** The documented payload, as `json` and `form` send it: null when fine, else what is wrong. */
function checkPayload(p) {
  if (!p || typeof p !== 'object') return 'body is not a JSON object';
  if (typeof p.email !== 'string' || !EMAIL.test(p.email)) return 'email is missing or invalid';
  if (typeof p.submissionId !== 'string' || !UUID.test(p.submissionId)) return 'submissionId is not a UUID';
  if (typeof p.consent !== 'boolean') return 'consent is not a boolean';
  if (typeof p.locale !== 'string' || !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(p.locale))
    return 'locale is not a language tag';
  if (!Array.isArray(p.tags)) return 'tags is not an array';
  return null;
}

function accept(provider, payload, res, send, verbose, query) {
  const again = byId.get(payload.submissionId);
  if (again) return send(res, 200, { ok: true, id: payload.submissionId, duplicate: true });
  if (refused(payload.email)) return problem(res, send, 422, '<b>Refused</b> by the list');
  store(provider, payload, verbose);
  // ?optin=double: a list that asks the reader to confirm, answered as Mailchimp's API does.
  const pending = query?.get('optin') === 'double' ? { status: 'pending' } : {};
  return send(res, 201, { ok: true, id: payload.submissionId, ...pending });
}

const routes = {
  '/api/signup': (req, res, { body, query, send, verbose }) => {
    if (req.method !== 'POST') return problem(res, send, 405, 'POST only');
    if (!String(req.headers['content-type']).startsWith('application/json'))
      return problem(res, send, 415, 'JSON only');
    const payload = parseJson(body);
    const wrong = checkPayload(payload);
    if (wrong) return problem(res, send, 400, wrong);
    if (req.headers['idempotency-key'] !== payload.submissionId)
      return problem(res, send, 400, 'Idempotency-Key is not the submissionId');
    return accept('json', payload, res, send, verbose, query);
  },

  '/api/signup/form': (req, res, { body, send, verbose }) => {
    if (req.method !== 'POST') return problem(res, send, 405, 'POST only');
    if (!String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded'))
      return problem(res, send, 415, 'form only');
    const form = new URLSearchParams(body);
    const payload = {
      email: form.get('email'),
      givenName: form.get('given_name'),
      familyName: form.get('family_name'),
      postalCode: form.get('postal_code'),
      country: form.get('country'),
      consent: form.get('consent') === 'true' ? true : form.get('consent') === 'false' ? false : null,
      source: form.get('source'),
      tags: form.get('tags')?.split(',') ?? [],
      locale: form.get('locale'),
      pageUrl: form.get('page_url'),
      submissionId: form.get('submission_id'),
    };
    const wrong = checkPayload(payload);
    if (wrong) return problem(res, send, 400, wrong.replace('submissionId', 'submission_id'));
    return accept('form', payload, res, send, verbose);
  },

  '/api/signup/mailchimp/subscribe/post-json': (req, res, { query, send, verbose }) => {
    const callback = query.get('c') ?? '';
    if (!CALLBACK.test(callback)) return send(res, 400, 'c must be a JavaScript name');
    const call = (answer) => `${callback}(${JSON.stringify(answer)});`;
    const script = (answer) => {
      const mode = query.get('reply');
      if (mode === 'twice') return call(answer) + call(answer);
      if (mode === 'odd') return call({ status: 'unknown' });
      if (mode === 'all') return `${HIJACK}\n${call(answer)}`;
      return call(answer);
    };
    const reply = (answer) =>
      send(res, 200, script(answer), { 'Content-Type': 'application/javascript; charset=utf-8' });
    const email = query.get('EMAIL') ?? '';
    const u = query.get('u');
    const id = query.get('id');
    if (!u || !id || query.get(`b_${u}_${id}`) !== '')
      return reply({ result: 'error', msg: 'The honeypot field is missing or filled.' });
    if (!EMAIL.test(email)) return reply({ result: 'error', msg: '0 - Please enter a <b>valid</b> email address.' });
    if (/already/i.test(email))
      return reply({
        result: 'error',
        msg: `${email} is already subscribed to list <a href="https://example.org/list">Beyond the Wall</a>.`,
      });
    if (/toomany/i.test(email))
      return reply({ result: 'error', msg: `<strong>${email}</strong> has too many recent signup requests` });
    if (refused(email))
      return reply({
        result: 'error',
        msg: `<b>${email}</b> looks fake or invalid, please enter a real email address.`,
      });
    store(
      'mailchimp',
      { email, givenName: query.get('FNAME'), familyName: query.get('LNAME'), postalCode: query.get('ZIP') },
      verbose,
    );
    // ?optin=double: a double opt-in list, with Mailchimp's own message for it.
    return reply(
      query.get('optin') === 'double'
        ? {
            result: 'success',
            msg: 'Almost finished... We need to confirm your email address. To complete the subscription process, please click the link in the email we just sent you.',
          }
        : { result: 'success', msg: 'Thank you for subscribing!' },
    );
  },

  '/api/signup/actionnetwork': (req, res, { body, send, verbose }) => {
    if (req.method !== 'POST') return problem(res, send, 405, 'POST only');
    const data = parseJson(body);
    const person = data?.person;
    const address = person?.email_addresses?.[0]?.address;
    if (typeof address !== 'string' || !EMAIL.test(address))
      return problem(res, send, 400, 'person.email_addresses[0].address is missing or invalid');
    if (data.add_tags !== undefined && !Array.isArray(data.add_tags))
      return problem(res, send, 400, 'add_tags is not an array');
    if (refused(address)) return problem(res, send, 400, 'Refused');
    const source = data.add_tags?.find((tag) => String(tag).startsWith('source:'))?.slice(7);
    store(
      'actionnetwork',
      { email: address, givenName: person.given_name, postalCode: person.postal_addresses?.[0]?.postal_code, source },
      verbose,
    );
    return send(res, 200, { identifiers: [], created_date: new Date().toISOString() });
  },

  '/api/signup/refuse': (_req, res, { query, send }) => {
    const status = Number(query.get('status'));
    if (!(status >= 400 && status <= 499)) return send(res, 400, { error: 'status must be 400-499' });
    return problem(res, send, status, `<b>Refused</b> on purpose with ${status}`);
  },
};

export const signupRoutes = {
  ...Object.fromEntries(Object.entries(routes).map(([path, route]) => [path, holdable(route)])),

  '/api/signup/received': (_req, res, { send }) =>
    send(
      res,
      200,
      stored.map(({ provider, email, source, submissionId, at }) => ({
        provider,
        email: maskEmail(email),
        source,
        submissionId,
        at,
      })),
    ),

  '/api/signup/release': (_req, res, { query, send }) =>
    send(res, 200, { released: release(query.get('held') ?? '', { drop: query.has('drop') }) }),
};
