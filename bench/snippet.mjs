// The builder-style snippet of <btw-share> that the CLS bench proves (issue 13),
// in the shape of demo/builder/reservation.mjs and docs/guides/performance.md: one
// reservation style, the script tag, and the element with fallback children laid
// out like the rendered widget (the same boxes, from the same lengths), so
// nothing moves when the module arrives. The share links and names come from the
// kit's own sources (compiled here with esbuild), so the fallback links are the
// widget's.
import { buildSync } from 'esbuild';
import { escapeHtml as escape, fallbackHtml, RESERVATION_CSS } from '../demo/builder/reservation.mjs';

export { RESERVATION_CSS };

const root = new URL('..', import.meta.url).pathname;
const compiled = buildSync({
  stdin: {
    contents:
      "export { BRAND_NAMES, parseNetworks, shareHref, withUtm } from './src/components/share/networks.ts'; export { LOCALES } from './src/locales/index.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  write: false,
  logLevel: 'silent',
}).outputFiles[0].text;
const kit = await import(`data:text/javascript;base64,${Buffer.from(compiled).toString('base64')}`);

/**
 * The element with its fallback: `networks` as written (without `native`, which
 * shows only where the browser has a share sheet: a page cannot size it ahead).
 * @param {{ lang?: 'en'|'es', url: string, text: string, networks: string, variant?: string, label?: string,
 *   withFallback?: boolean }} options
 */
export function shareElement({ lang = 'en', url, text, networks, variant, label, withFallback = true }) {
  const attrs = [`url="${escape(url)}"`, `text="${escape(text)}"`, `networks="${escape(networks)}"`];
  if (variant) attrs.push(`variant="${escape(variant)}"`);
  if (label !== undefined) attrs.push(`label="${escape(label)}"`);
  const open = `<btw-share ${attrs.join(' ')}>`;
  if (!withFallback) return `${open}</btw-share>`;
  const terms = kit.LOCALES[lang];
  const [targets] = kit.parseNetworks(networks);
  const items = targets
    .filter((network) => network !== 'native')
    .map((network) => {
      const brand = kit.BRAND_NAMES[network];
      if (network === 'copy') return { name: terms.shareCopyLink };
      if (network === 'mastodon') return { name: brand };
      const href = kit.shareHref(network, kit.withUtm(url, {}, network), text, {});
      return { name: brand ?? terms.shareEmail, href, external: network !== 'email' };
    });
  return `${open}${fallbackHtml({ heading: label ?? terms.share, items })}</btw-share>`;
}

/** The whole snippet a blogger pastes: style, script tag and element. */
export function shareSnippet({ src, integrity, ...options }) {
  const sri = integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : '';
  return `<style>${RESERVATION_CSS}</style>\n<script type="module" src="${src}"${sri}></script>\n${shareElement(options)}`;
}
