// Loaded first, as a classic script: records what a blogger's page would see.
window.__btw = { errors: [], loaded: [] };
// Script load and error events stop at the document; errors thrown by code reach the window.
document.addEventListener('error', (event) => {
  if (event.target instanceof HTMLScriptElement) window.__btw.errors.push(`failed to load ${event.target.src}`);
}, true);
addEventListener('error', (event) => window.__btw.errors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => window.__btw.errors.push(String(event.reason)));
document.addEventListener('load', (event) => {
  if (event.target instanceof HTMLScriptElement) window.__btw.loaded.push(new URL(event.target.src).pathname + new URL(event.target.src).search);
}, true);
