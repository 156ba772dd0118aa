// The snippets the studio hands out: the pinned script tag (read from the kit's
// manifest, either shape) and the element, with the document inline or by src,
// and a fallback (title and link) for readers without JavaScript.
import type { RecommendationDocument } from '../../src/components/recommendation/document.js';
import { reservationStyle, RESERVE_CLASS } from '../builder/snippet.js';
import type { Reserve } from './reserve.js';

type Entry = { file: string; elements?: string[]; integrity: string };
type Manifest = Entry | { files: Entry[]; version?: string };

/** The script tag for the smallest bundle that defines <btw-recommendation>. */
export async function scriptTag(kit: URL): Promise<string | undefined> {
  try {
    const manifest = (await (await fetch(new URL('manifest.json', kit))).json()) as Manifest;
    const files = 'files' in manifest ? manifest.files : [manifest];
    // The file that defines the fewest elements, <btw-recommendation> among them.
    const entry = files
      .filter((file) => (file.elements ?? ['btw-recommendation']).includes('btw-recommendation'))
      .sort((a, b) => (a.elements?.length ?? 9) - (b.elements?.length ?? 9))[0];
    if (!entry) return undefined;
    return `<script type="module" src="${escape(new URL(entry.file, kit).href)}" integrity="${entry.integrity}" crossorigin="anonymous"></script>`;
  } catch {
    return undefined;
  }
}

/** Text for HTML text and attribute values. */
export const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The default locale's title and a link: what readers without JavaScript get. */
function fallback(doc: RecommendationDocument, linkText: string) {
  const main = doc.locales[doc.defaultLocale];
  const link = /^https?:\/\//.test(doc.url) ? `\n  <p><a href="${escape(doc.url)}">${escape(linkText)}</a></p>` : '';
  return `  <h2>${escape(main.title ?? '')}</h2>${link}`;
}

/** JSON that is safe inside a <script> element (no `</script` or `<!--` can appear). */
export const inlineJson = (doc: unknown) =>
  JSON.stringify(doc, null, 2).replace(/</g, '\\u003c').replace(/\n/g, '\n  ');

/** The style that keeps the card's measured height (reserve.ts), the script tag, then the element. */
function assemble(element: string, tag: string | undefined, reserve: Reserve | undefined) {
  const parts = [reserve && reservationStyle('btw-recommendation', reserve), tag, element].filter(Boolean);
  return parts.join('\n');
}

const open = (reserve: Reserve | undefined, src?: string) =>
  `<btw-recommendation${reserve ? ` class="${RESERVE_CLASS}"` : ''}${src === undefined ? '' : ` src="${escape(src)}"`}>`;

export function inlineSnippet(
  doc: RecommendationDocument,
  tag: string | undefined,
  linkText: string,
  reserve?: Reserve,
) {
  const element = `${open(reserve)}\n  <script type="application/json">\n  ${inlineJson(doc)}\n  </script>\n${fallback(doc, linkText)}\n</btw-recommendation>`;
  return assemble(element, tag, reserve);
}

export function srcSnippet(
  doc: RecommendationDocument,
  src: string,
  tag: string | undefined,
  linkText: string,
  reserve?: Reserve,
) {
  const element = `${open(reserve, src)}\n${fallback(doc, linkText)}\n</btw-recommendation>`;
  return assemble(element, tag, reserve);
}

/**
 * The address in the src snippet until the partner types theirs: plainly a
 * placeholder, on the reserved `.invalid` domain, so a snippet pasted unedited
 * fails visibly and sends no reader anywhere.
 */
export const exampleSrc = (doc: RecommendationDocument) =>
  `https://REPLACE-WITH-YOUR-SITE.invalid/recommendations/${encodeURIComponent(doc.id)}.json`;

/** A blank document: the required fields, empty, so the problem list says what to write. */
export function blankTemplate(today = new Date().toISOString().slice(0, 10)) {
  const doc = {
    schemaVersion: 1,
    id: 'my-recommendation',
    url: 'https://example.org/my-recommendation',
    updated: today,
    defaultLocale: 'en',
    locales: {
      en: { title: '', summary: '', actions: [{ title: '', text: '' }] },
      es: { title: '', summary: '' },
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
