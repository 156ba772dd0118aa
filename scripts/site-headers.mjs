// The HTTP headers the site needs, in the `_headers` format of Netlify and
// Cloudflare Pages (a path pattern, then its headers indented below it), written
// into site/_headers by scripts/build-site.mjs and read by scripts/serve-site.mjs,
// so the local server sends exactly what the hosts will. docs/guides/partner.md
// gives the same rules for nginx, Apache and GitHub Pages.
//
// - /kit/*: a module script with `integrity` and `crossorigin` is a CORS request:
//   without Access-Control-Allow-Origin every snippet on another origin fails. Each
//   kit/<version>/ folder never changes (scripts/kit-archive.mjs), so it is cached
//   for a year, immutable.
// - everywhere: nosniff (a file is only what its Content-Type says).
// Cross-Origin-Resource-Policy lets pages that require it (COEP) load the kit too.
// - the builder and the studio: their policy (scripts/site-csp.mjs, also a <meta> in
//   each page) plus frame-ancestors 'none', which only a header can say: no other site
//   may frame them (a framed builder could be clicked into copying its snippet).
import { TOOL_CSP, TOOL_PAGES } from './site-csp.mjs';

const toolRules = TOOL_PAGES.flatMap((page) => [page, page.replace(/\.html$/, '')])
  .map((path) => `/${path}\n  Content-Security-Policy: ${TOOL_CSP}; frame-ancestors 'none'\n`)
  .join('\n');

export const SITE_HEADERS = `/*
  X-Content-Type-Options: nosniff

${toolRules}
/kit/*
  Access-Control-Allow-Origin: *
  Cross-Origin-Resource-Policy: cross-origin
  Cache-Control: public, max-age=31536000, immutable
`;

/** The rules of a `_headers` text: each pattern with its headers, in order. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else if (rules.length) {
      const at = line.indexOf(':');
      if (at > 0) rules.at(-1).headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/** Whether a URL path matches a pattern (`*` is any run of characters, as Netlify's splat). */
export function matches(pattern, path) {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(path);
}

/** The headers for a path: every matching rule's, later rules adding to earlier ones. */
export function headersFor(rules, path) {
  return Object.assign({}, ...rules.filter((rule) => matches(rule.pattern, path)).map((rule) => rule.headers));
}
