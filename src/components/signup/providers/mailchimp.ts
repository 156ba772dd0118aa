// Provider `mailchimp`: the list's JSONP endpoint (`post-json`), through a script
// element. Only Mailchimp's own list hosts are accepted, by the element and by the
// Trusted Types policy. Each try runs in a hidden frame of its own, removed after
// the try: the script URL (which holds the reader's email) leaves no resource
// timing entry on the page, and the reply reaches only its own callback.
import { httpSettings, RequestError } from '../../../shared/http.js';
import type { SignupPayload } from '../payload.js';
import { SignupError, type SignupResponse } from './types.js';

/**
 * Test builds only (web-test-runner sets it to `true`): lets the local test server
 * stand in for Mailchimp. The production build sets it to `false`, which removes
 * every branch that reads it; a build that forgets to set it fails loudly.
 */
declare const BTW_TEST_LIST_HOST: boolean;

/** The Trusted Types policy that creates the JSONP script URL; a page that restricts names must allow it. */
export const TRUSTED_TYPES_POLICY = 'btw-signup';

/** Mailchimp's name for each payload field it takes (`source` and `tags` are not sent). */
const FIELDS = { EMAIL: 'email', FNAME: 'givenName', LNAME: 'familyName', ZIP: 'postalCode' } as const;

/** A list's embed form (`post`) or JSONP (`post-json`) URL on Mailchimp's hosts: `https://<account>.<dc>.list-manage.com/subscribe/post?…`. */
const LIST_URL = /^https:\/\/([a-z\d-]+\.)+list-manage\.com\/subscribe\/post(-json)?\/?\?/;
/** The local test server's stand-in (test builds only). */
const TEST_LIST_URL = /^http:\/\/(127\.0\.0\.1|localhost):\d+\/api\/signup\/mailchimp\/subscribe\/post(-json)?\/?\?/;

/** `href` (a normalized URL) is a Mailchimp list URL; `json` asks for the `post-json` form. */
function isListUrl(href: string, json = false): boolean {
  const match = (BTW_TEST_LIST_HOST && TEST_LIST_URL.exec(href)) || LIST_URL.exec(href);
  return !!match && (!json || match.at(-1) === '-json');
}

/**
 * The list's `post-json` URL, with the payload's fields when given and the empty
 * honeypot `b_<u>_<id>`; undefined when `action` is not a Mailchimp embed form URL
 * on Mailchimp's own hosts.
 */
export function jsonpUrl(action: string, p?: SignupPayload): URL | undefined {
  const url = new URL(action);
  const query = url.searchParams;
  const u = query.get('u');
  const id = query.get('id');
  if (!u || !id || !isListUrl(url.href)) return undefined;
  // The path ends in post, post/, post-json or post-json/ (isListUrl), the only "post" in it.
  url.pathname = url.pathname.replace(/post.*/, 'post-json');
  for (const [name, key] of Object.entries(FIELDS)) if (p?.[key]) query.set(name, p[key]!);
  query.set(`b_${u}_${id}`, '');
  return url;
}

interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL(value: string): string },
  ): { createScriptURL(value: string): unknown };
}

/**
 * The script URL as `realm` requires it: a TrustedScriptURL where Trusted Types
 * exist, from a policy of that realm (each try has a realm of its own, so two
 * copies of the kit never ask for the same name twice in one). Throws a TypeError
 * when the URL is not a list's `post-json` URL, or when the page's CSP refuses
 * the policy's name.
 */
export function scriptUrl(url: string, realm: Window = window): string {
  const policy = (realm as Window & { trustedTypes?: TrustedTypesFactory }).trustedTypes?.createPolicy(
    TRUSTED_TYPES_POLICY,
    {
      // Only ever a Mailchimp list's post-json URL: the policy cannot load anything else.
      createScriptURL(value) {
        // Never said: jsonp() reports any refusal as Trusted Types blocking the request.
        if (!isListUrl(value, true)) throw TypeError();
        return value;
      },
    },
  );
  return (policy ? policy.createScriptURL(url) : url) as string;
}

/**
 * An empty frame of our own, not shown (same origin, so it keeps the page's CSP
 * and Trusted Types). On a sandboxed page (`sandbox` without `allow-same-origin`)
 * the frame is another origin that the kit cannot use: it is removed again and
 * the sign-up is `blocked`.
 */
function hiddenFrame(): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  // Through the CSSOM, which no CSP forbids, and above any page rule; display: none
  // also keeps it out of the tab order and the accessibility tree.
  frame.style.setProperty('display', 'none', 'important');
  (document.body ?? document.documentElement).append(frame);
  if (frame.contentDocument) return frame;
  frame.remove();
  console.warn(
    '<btw-signup>: this page is sandboxed (Content-Security-Policy sandbox or an iframe sandbox without allow-same-origin): Mailchimp sign-ups cannot work here; send sign-ups to your own endpoint (provider="json").',
  );
  throw new SignupError('blocked', 'Sandbox');
}

/**
 * The lists (their address without fields) that the page's policies were seen
 * to allow: a page's policy does not get laxer, so each is probed once.
 */
const allowed = new Set<string>();

// The errors below never reach a reader or a host: the element turns their kind
// into its own localized message. Their text only says where they came from.

/**
 * One JSONP request in a frame of its own: resolves with the reply, or fails as
 * `network` when it does not load or answer in time, or as `blocked` when the
 * page's CSP or Trusted Types refused it. Only the first call of the callback,
 * made by our own script, counts.
 */
function jsonp(url: URL): Promise<unknown> {
  // Random, so that the name says nothing and cannot be guessed ahead.
  const name = `btwSignup${Math.random().toString(36).slice(2)}`;
  url.searchParams.set('c', name);
  const frame = hiddenFrame();
  const realm = frame.contentWindow as Window & Record<string, unknown>;
  const doc = frame.contentDocument!;
  const script = doc.createElement('script');
  // Mailchimp learns nothing of the page's address (it may hold the reader's token).
  script.referrerPolicy = 'no-referrer';
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The directive of a violation in the frame (enforced or report-only), if any. */
  let violated: string | undefined;
  doc.addEventListener('securitypolicyviolation', (event) => (violated ??= event.effectiveDirective));
  return new Promise((resolve, reject) => {
    // A violation's event is queued as a task of its own: give it a turn, then any
    // violation (even one only reported) makes the request `blocked`.
    const settle = (then: () => void) =>
      setTimeout(() => {
        if (!violated) return then();
        console.warn(
          `<btw-signup>: the page's Content-Security-Policy (enforced or report-only) objected to ${url.origin} (${violated}): nothing personal was sent. Add ${url.origin} to script-src.`,
        );
        reject(new SignupError('blocked', 'CSP'));
      });
    try {
      script.src = scriptUrl(url.href, realm);
    } catch {
      console.error(`<btw-signup>: Trusted Types refused the policy ${TRUSTED_TYPES_POLICY}: add it to trusted-types.`);
      throw new SignupError('blocked', 'Trusted Types');
    }
    let answer: [unknown] | undefined;
    realm[name] = (reply: unknown) => {
      // A second call, or a call from another script than ours, is ignored.
      if (doc.currentScript === script) answer ??= [reply];
    };
    script.onerror = () => settle(() => reject(new RequestError('network', 'JSONP')));
    // The callback runs before `load`: a script that loaded without calling it is not Mailchimp's answer.
    script.onload = () =>
      settle(() => (answer ? resolve(answer[0]) : reject(new RequestError('invalid-response', 'JSONP'))));
    timer = setTimeout(() => reject(new RequestError('network', 'JSONP timeout')), httpSettings.timeoutMs);
    doc.head.append(script);
  }).finally(() => {
    clearTimeout(timer);
    // Removing the frame ends a late request and takes its callback, its script
    // element and its resource timing entry with it.
    frame.remove();
  });
}

/**
 * Sends to Mailchimp; "already subscribed" is a success (never reveal who is on a list).
 * First, once per list and page, the list's address without any field: a page
 * whose policy objects to it (enforced, or only reported) would otherwise send
 * the reader's details in the report's `blocked-uri`; then nothing is sent.
 */
export async function subscribe(action: string, payload: SignupPayload): Promise<SignupResponse> {
  const probe = jsonpUrl(action)!;
  const list = probe.href;
  if (!allowed.has(list)) {
    // Only the policy's verdict counts: a probe that failed otherwise (network,
    // timeout, an answer) still showed that the policy allows the list.
    await jsonp(probe).catch((error) => {
      if (error instanceof SignupError) throw error;
    });
    allowed.add(list);
  }
  const reply = (await jsonp(jsonpUrl(action, payload)!)) as { result?: unknown; msg?: unknown } | null;
  const msg = String(reply?.msg);
  if (reply?.result === 'success' || /already subscribed/i.test(msg)) return { status: null, body: reply };
  // Our own kind, so never retried automatically: a reply we cannot read, a refusal,
  // or "too many subscribe attempts" (waiting a few seconds does not help).
  throw new SignupError(
    reply?.result !== 'error' ? 'server' : /too many/i.test(msg) ? 'rate-limited' : 'invalid',
    'Mailchimp',
  );
}
