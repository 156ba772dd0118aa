// On the sandboxed page (opaque origin): a reader signs up with Mailchimp; the
// outcome, the text shown, the console warnings and the frames left are posted
// to the test page.
import origin from '/test/server/origin.js';
import '/src/index.ts';

const key = new URLSearchParams(location.search).get('key');
const warnings = [];
const warn = console.warn;
console.warn = (...args) => (warnings.push(args.join(' ')), warn.apply(console, args));

const el = document.createElement('btw-signup');
el.setAttribute('provider', 'mailchimp');
el.setAttribute('fields', '');
el.setAttribute('action', `${origin}/api/signup/mailchimp/subscribe/post?u=abc&id=def&key=${key}`);
document.querySelector('main').append(el);
await el.updateComplete;
// The kit's 2 s spam trap: a reader cannot submit sooner after the first render.
await new Promise((resolve) => setTimeout(resolve, 2100));
const input = el.shadowRoot.querySelector('input[name="email"]');
input.value = 'ana.private@example.org';
input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
const outcome = new Promise((resolve) => {
  el.addEventListener('btw-signup-success', resolve, { once: true });
  el.addEventListener('btw-signup-error', resolve, { once: true });
});
el.shadowRoot.querySelector('[part="button"]').click();
const event = await outcome;
await el.updateComplete;
parent.postMessage(
  {
    type: event.type,
    kind: event.detail.error?.kind,
    alert: el.shadowRoot.querySelector('[role="alert"]')?.textContent.trim(),
    frames: document.querySelectorAll('iframe').length,
    warnings,
  },
  '*',
);
