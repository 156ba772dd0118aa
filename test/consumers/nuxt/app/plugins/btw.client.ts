// A client plugin (the `.client` suffix keeps it off the server), as
// docs/guides/frameworks.md shows it: the kit defines its elements in the browser.
export default defineNuxtPlugin(async () => {
  await import('beyond-the-wall-widgets');
});
