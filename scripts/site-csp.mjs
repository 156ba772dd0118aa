// The Content-Security-Policy of the site's own tools, the embed builder and the
// document studio: a <meta> in each built page (vite.site.config.ts), since a static
// host may send no headers, and the same policy in site/_headers with what only a
// header can say (frame-ancestors). docs/guides/security.md explains each directive.
//
// - Scripts, style sheets and everything else from the site itself only: no inline
//   script, no <style> element, no eval. Style attributes are allowed (style-src-attr):
//   the builder previews its HTML for platforms that remove scripts, whose only styling
//   is inline, as readers will see it; a style attribute cannot run script.
//   The preview runs the site's own copy of the kit
//   (kit/<version>/); the kit address a partner sets only goes into the snippet.
// - connect-src and img-src also allow any https host: the studio and the builder
//   fetch the recommendation document (`src`) the person asks for, and show its images.
// - Trusted Types: no string reaches an HTML or script sink except through Lit's own
//   policy, `lit-html`, which Lit creates when it loads and uses for the templates
//   written in the pages' source.
export const TOOL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' https: data:",
  "connect-src 'self' https:",
  "font-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** The built pages that carry TOOL_CSP. */
export const TOOL_PAGES = ['builder.html', 'studio.html'];
