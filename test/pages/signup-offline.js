// The page side of signup-offline.chromium.test.ts: mounts one <btw-signup>, types
// into it, and reports what a reader sees, for a test that drives this page from
// another one (test/helpers/other-page.ts).
const el = () => document.querySelector('btw-signup');
const $ = (selector) => el().shadowRoot.querySelector(selector);

window.probe = {
  events: [],

  async mount({ action, lang = 'en' }) {
    await customElements.whenDefined('btw-signup');
    const signup = Object.assign(document.createElement('btw-signup'), { action });
    signup.lang = lang;
    for (const name of ['btw-signup-submit', 'btw-signup-success', 'btw-signup-error']) {
      signup.addEventListener(name, (event) =>
        this.events.push({ name, submissionId: event.detail.payload.submissionId }),
      );
    }
    document.querySelector('main').append(signup);
    await signup.updateComplete;
  },

  async type(name, value) {
    const input = $(`input[name="${name}"]`);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el().updateComplete;
  },

  click(selector) {
    $(selector).focus();
    $(selector).click();
  },

  /** What a reader sees and what the page keeps. */
  state() {
    const active = el().shadowRoot.activeElement;
    return {
      online: navigator.onLine,
      status: $('[part="status"]').textContent.trim(),
      thanks: $('.success')?.textContent.trim() ?? '',
      cancel: $('button.secondary')?.textContent ?? null,
      busy: $('button[part="button"]:not(.secondary)')?.getAttribute('aria-disabled') ?? null,
      email: $('input[name="email"]')?.value ?? null,
      focus: active ? active.className || active.getAttribute('part') : null,
      stored: [...Object.values(localStorage), ...Object.values(sessionStorage), document.cookie].join('\n'),
      events: this.events,
    };
  },

  /** Waits until `state()[key]` equals `value`, then returns the state (5 s at most). */
  async until(key, value) {
    for (const start = Date.now(); Date.now() - start < 5000; await new Promise((r) => setTimeout(r, 20))) {
      if (JSON.stringify(this.state()[key]) === JSON.stringify(value)) return this.state();
    }
    throw new Error(`${key} is ${JSON.stringify(this.state()[key])}, not ${JSON.stringify(value)}`);
  },

  async accessible() {
    const result = await window.axe.run(el(), { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help}`);
  },
};
