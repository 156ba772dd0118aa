// Loaded first on every e2e page, as a classic same-origin script (allowed by
// the strict CSP): records what happens to a page that embeds the kit.
window.__btw = { errors: [], loaded: [], violations: [] };
document.addEventListener(
  'error',
  (event) => {
    if (event.target instanceof HTMLScriptElement) window.__btw.errors.push(`failed to load ${event.target.src}`);
  },
  true,
);
addEventListener('error', (event) => window.__btw.errors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => window.__btw.errors.push(String(event.reason)));
document.addEventListener(
  'load',
  (event) => {
    const { target } = event;
    if (target instanceof HTMLScriptElement) {
      const url = new URL(target.src);
      window.__btw.loaded.push(url.pathname + url.search);
    }
  },
  true,
);
document.addEventListener('securitypolicyviolation', (event) => {
  window.__btw.violations.push(
    `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
  );
});
