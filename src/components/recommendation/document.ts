/**
 * The recommendation document (schema version 1): its types, and the run-time
 * validator that checks a parsed document (`validate.ts`). The valibot schema in
 * `document.schema.ts` (not bundled) describes the same documents: it writes
 * `schema/recommendation.v1.json`, and tests keep it, these types and this
 * validator in step.
 */
import { array, is, object, optional, record, string, text, type Fail } from './validate.js';

export const LINK_KINDS = ['article', 'podcast', 'commentary', 'data', 'video', 'more', 'campaign'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** The fields every locale may hold; `defaultLocale`'s must hold the required ones. */
export const REQUIRED_FIELDS = ['title', 'summary', 'actions'] as const;

/** One language of a document; a missing field falls back to `defaultLocale`'s. */
export type DocumentLocale = {
  title?: string;
  summary?: string;
  image?: { src: string; alt: string; credit?: string };
  /** 1 or more. */
  actions?: { title: string; text?: string }[];
  sections?: { heading: string; paragraphs: string[] }[];
  quotes?: { text: string; attribution?: string }[];
  links?: { label: string; href: string; kind: LinkKind }[];
  /** The campaign's other recommendations, shown after the links in `full`. */
  related?: { title: string; summary?: string; href: string }[];
  /** The heading over `related` (default: the localized "More recommendations"). */
  relatedHeading?: string;
};

/** A recommendation document, schema version 1 (README: "The document"). */
export type RecommendationDocument = {
  schemaVersion: 1;
  id: string;
  url: string;
  /** `YYYY-MM-DD`. */
  updated?: string;
  defaultLocale: string;
  locales: Record<string, DocumentLocale>;
};

/** A locale with `defaultLocale`'s fields filled in. */
export type ResolvedLocale = DocumentLocale & Required<Pick<DocumentLocale, (typeof REQUIRED_FIELDS)[number]>>;

/** A language tag as `lang` takes it: `en`, `es`, `es-GT`, `zh-Hant-TW` (a 2–3 letter language, then subtags). */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z\d]{1,8})*$/;

/** A day that exists in the calendar, written `YYYY-MM-DD`: `2024-02-29`, not `2023-02-29` or `2024-02-31`. */
export const isCalendarDate = (value: unknown): boolean =>
  // `YYYY-MM-DD` is read as midnight UTC; a month or day out of range is an invalid
  // date (toJSON: null), a day the month lacks rolls over to another day.
  typeof value == 'string' && /^\d{4}-\d\d-\d\d$/.test(value) && !!new Date(value).toJSON()?.startsWith(value);

const tag = is('a language tag', (value) => typeof value == 'string' && LANGUAGE_TAG.test(value));

/** The checks of a locale's fields, in the schema's order. */
export const LOCALE = {
  title: optional(text),
  summary: optional(text),
  image: optional(object({ src: string, alt: string, credit: optional(string) })),
  actions: optional(array(object({ title: text, text: optional(string) }), 1)),
  sections: optional(array(object({ heading: text, paragraphs: array(string) }))),
  quotes: optional(array(object({ text, attribution: optional(string) }))),
  links: optional(
    array(
      object({
        label: text,
        href: string,
        kind: is(`one of ${LINK_KINDS.join(', ')}`, (kind) => LINK_KINDS.includes(kind as LinkKind)),
      }),
    ),
  ),
  related: optional(array(object({ title: text, summary: optional(string), href: string }))),
  relatedHeading: optional(text),
};

/** The document's fields after `schemaVersion` (checked first, on its own). */
const checkDocument = object({
  id: text,
  url: string,
  updated: optional(is('a date (YYYY-MM-DD)', isCalendarDate)),
  defaultLocale: tag,
  locales: record(object(LOCALE), tag),
});

/** A document that cannot be shown; `path` names the field, as in `locales.es.actions[2].title`. */
export class DocumentError extends Error {
  override name = 'DocumentError';
  constructor(
    readonly path: string,
    message: string,
    /** Every problem found, each `path: message`. */
    readonly problems: string[] = [`${path || 'document'}: ${message}`],
  ) {
    super(problems[0]);
  }
}

/** Validates a parsed JSON value; throws a `DocumentError` naming the first wrong field. */
export function parseDocument(input: unknown): RecommendationDocument {
  if (!input || typeof input != 'object' || Array.isArray(input)) {
    throw new DocumentError('', 'expected a recommendation document (a JSON object)');
  }
  const version = (input as { schemaVersion?: unknown }).schemaVersion;
  if (version !== 1) {
    throw new DocumentError(
      'schemaVersion',
      `${version === undefined ? 'missing' : `unsupported schemaVersion ${JSON.stringify(version)}`}; this version of <btw-recommendation> reads "schemaVersion": 1`,
    );
  }
  const found: [string, string][] = [];
  const fail: Fail = (path, message) => found.push([path, message]);
  checkDocument(input, '', fail);
  if (found.length)
    throw new DocumentError(
      ...found[0],
      found.map(([path, message]) => `${path}: ${message}`),
    );
  const doc = input as RecommendationDocument;
  const main = Object.hasOwn(doc.locales, doc.defaultLocale) && doc.locales[doc.defaultLocale];
  if (!main) throw new DocumentError('defaultLocale', `no locale "${doc.defaultLocale}" in locales`);
  for (const field of REQUIRED_FIELDS) {
    if (main[field] === undefined) {
      throw new DocumentError(`locales.${doc.defaultLocale}.${field}`, 'required in the default locale');
    }
  }
  return doc;
}
