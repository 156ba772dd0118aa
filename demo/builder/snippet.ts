// The snippet a partner pastes: a comment naming the kit's version, a style that
// keeps the element's height (<btw-share>'s one reservation, else the heights the
// preview measured), the pinned script tag, and the element with its non-default
// attributes, fallback content, inline document and share step. Pure: no DOM
// (test/site/builder-logic.test.ts calls it as it is).
import { escapeHtml, RESERVATION_CSS as SHARE_RESERVATION_CSS } from './reservation.mjs';

/** The widths the preview measures at: a phone, and a desktop article column. */
export const PHONE_WIDTH = 360;
export const DESKTOP_WIDTH = 720;
/** From this viewport width on, the desktop height applies. */
export const DESKTOP_FROM = 768;

export interface SnippetParts {
  tag: string;
  /** The kit's version, named in a comment. */
  version: string;
  /** The file to load and its SRI hash; no script tag without it. */
  script?: { src: string; integrity: string };
  /** Attributes that differ from their defaults (a boolean that is on is `true`). */
  attributes: [string, string | true][];
  /** The element's `lang`, '' for automatic. */
  lang: string;
  /** Heights measured in the preview, in CSS px. */
  reserve?: { phone: number; desktop: number };
  /** HTML shown to readers without JavaScript (already escaped). */
  fallback: string;
  /** A recommendation document written into the page (JSON text). */
  inlineDoc?: string;
  /** Slotted content after the fallback (already escaped). */
  slotted?: string;
}

/** The class the reservation style selects, so that it holds only this snippet's element. */
export const RESERVE_CLASS = 'btw-reserve';

/**
 * The reservation: the element keeps at least its measured height from the first
 * paint, before the kit has loaded. Below DESKTOP_FROM the taller of the two
 * measures holds (a column between the two widths wraps at most as much as a phone).
 */
export function reservationStyle(tag: string, reserve: { phone: number; desktop: number }): string {
  const phone = Math.ceil(Math.max(reserve.phone, reserve.desktop));
  const desktop = Math.ceil(reserve.desktop);
  // flow-root: the fallback's margins stay inside the reserved box. The rule holds
  // after the element is defined too (not only :not(:defined)): elements render in
  // slices, and one still waiting would collapse.
  const rule = (height: number) => `${tag}.${RESERVE_CLASS} { display: flow-root; min-height: ${height}px; }`;
  // The fallback's first margin would sit above it while a `src` document loads, and
  // the card, at the top, would then move up by it.
  const lines = ['<style>', `  ${rule(phone)}`, `  ${tag}.${RESERVE_CLASS} > :first-child { margin-top: 0; }`];
  if (desktop !== phone) lines.push(`  @media (min-width: ${DESKTOP_FROM}px) { ${rule(desktop)} }`);
  lines.push('</style>');
  return lines.join('\n');
}

/** A JSON text that cannot end the script element it sits in (`<` only appears inside JSON strings). */
export const scriptSafeJson = (json: string) => json.trim().replace(/</g, '\\u003c');

/** The whole snippet, ready to paste into an HTML page or a blog's HTML block. */
export function snippet(parts: SnippetParts): string {
  const out = [`<!-- Beyond the Wall widgets ${parts.version}: <${parts.tag}> -->`];
  // <btw-share>'s fallback is its own reservation (one style for every widget on
  // the page); the other elements keep the height measured in the preview.
  const share = parts.tag === 'btw-share';
  if (share) out.push(`<style>${SHARE_RESERVATION_CSS}</style>`);
  else if (parts.reserve) out.push(reservationStyle(parts.tag, parts.reserve));
  if (parts.script) {
    const { src, integrity } = parts.script;
    out.push(
      `<script type="module" src="${escapeHtml(src)}" integrity="${escapeHtml(integrity)}" crossorigin="anonymous"></script>`,
    );
  }
  const attributes = parts.attributes.map(([name, value]) =>
    value === true ? name : `${name}="${escapeHtml(value)}"`,
  );
  if (parts.reserve && !share) attributes.unshift(`class="${RESERVE_CLASS}"`);
  if (parts.lang) attributes.push(`lang="${escapeHtml(parts.lang)}"`);
  const open = `<${[parts.tag, ...attributes].join(' ')}>`;
  const inner = [parts.fallback];
  if (parts.inlineDoc?.trim()) {
    inner.push(
      `  <script type="application/json">\n${scriptSafeJson(parts.inlineDoc).replace(/^/gm, '  ')}\n  </script>`,
    );
  }
  if (parts.slotted) inner.push(parts.slotted);
  const body = inner.filter(Boolean).join('\n');
  out.push(body ? `${open}\n${body}\n</${parts.tag}>` : `${open}</${parts.tag}>`);
  return out.join('\n');
}
