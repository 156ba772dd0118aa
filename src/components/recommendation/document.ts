/**
 * The recommendation document (schema version 1): its valibot schema is the one
 * source of the TypeScript types and of `schema/recommendation.v1.json`.
 * Functions are imported one by one so the bundle holds only what is used.
 */
import {
  array,
  isoDate,
  literal,
  minLength,
  nonEmpty,
  object,
  optional,
  picklist,
  pipe,
  record,
  safeParse,
  string,
  type InferOutput,
} from 'valibot';

export const LINK_KINDS = ['article', 'podcast', 'commentary', 'data', 'video', 'more', 'campaign'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** The fields every locale may hold; `defaultLocale`'s must hold the required ones. */
export const REQUIRED_FIELDS = ['title', 'summary', 'actions'] as const;

const text = pipe(string(), nonEmpty());

export const localeSchema = object({
  title: optional(text),
  summary: optional(text),
  image: optional(object({ src: string(), alt: string(), credit: optional(string()) })),
  actions: optional(pipe(array(object({ title: text, text: optional(string()) })), minLength(1))),
  sections: optional(array(object({ heading: text, paragraphs: array(string()) }))),
  quotes: optional(array(object({ text, attribution: optional(string()) }))),
  links: optional(array(object({ label: text, href: string(), kind: picklist(LINK_KINDS) }))),
});

export const documentSchema = object({
  schemaVersion: literal(1),
  id: text,
  url: string(),
  updated: optional(pipe(string(), isoDate())),
  defaultLocale: text,
  locales: record(text, localeSchema),
});

export type RecommendationDocument = InferOutput<typeof documentSchema>;
export type DocumentLocale = InferOutput<typeof localeSchema>;
/** A locale with `defaultLocale`'s fields filled in. */
export type ResolvedLocale = DocumentLocale & Required<Pick<DocumentLocale, (typeof REQUIRED_FIELDS)[number]>>;

/** A document that cannot be shown; `path` names the field, as in `locales.es.actions[2].title`. */
export class DocumentError extends Error {
  override name = 'DocumentError';
  constructor(
    readonly path: string,
    message: string,
    /** Every problem found, each `path: message`. */
    readonly problems: string[] = [`${path || 'document'}: ${message}`],
  ) {
    super(`${path || 'document'}: ${message}`);
  }
}

type PathItem = { key: unknown };
/** `['locales', 'es', 'actions', 2, 'title']` -> `locales.es.actions[2].title`. */
export const formatPath = (path: readonly PathItem[] = []) =>
  path.reduce<string>(
    (out, { key }) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Validates a parsed JSON value; throws a `DocumentError` naming the first wrong field. */
export function parseDocument(input: unknown): RecommendationDocument {
  if (!isRecord(input)) throw new DocumentError('', 'expected a recommendation document (a JSON object)');
  const version = input.schemaVersion;
  if (version !== 1) {
    throw new DocumentError(
      'schemaVersion',
      version === undefined
        ? 'missing; this version of <btw-recommendation> reads documents with "schemaVersion": 1'
        : `unsupported schemaVersion ${JSON.stringify(version)}; this version of <btw-recommendation> reads version 1`,
    );
  }
  const result = safeParse(documentSchema, input);
  if (!result.success) {
    const problems = result.issues.map((issue) => `${formatPath(issue.path) || 'document'}: ${issue.message}`);
    const first = result.issues[0];
    throw new DocumentError(formatPath(first.path), first.message, problems);
  }
  const doc = result.output;
  const main = Object.hasOwn(doc.locales, doc.defaultLocale) ? doc.locales[doc.defaultLocale] : undefined;
  if (!main) throw new DocumentError('defaultLocale', `no locale "${doc.defaultLocale}" in locales`);
  for (const field of REQUIRED_FIELDS) {
    if (main[field] === undefined) {
      throw new DocumentError(`locales.${doc.defaultLocale}.${field}`, 'required in the default locale');
    }
  }
  return doc;
}

/** The document locale for a reader's language, else `defaultLocale`. */
export const pickLocale = (doc: RecommendationDocument, lang: string): string =>
  Object.hasOwn(doc.locales, lang) ? lang : doc.defaultLocale;

/**
 * The locale's fields, each missing one taken from `defaultLocale`; `from`
 * tells which locale each field came from (to mark its language).
 */
export function resolveLocale(doc: RecommendationDocument, locale: string) {
  const fallback = doc.locales[doc.defaultLocale];
  const own = doc.locales[locale] ?? fallback;
  const fields = {} as Record<string, unknown>;
  const from = {} as Record<keyof DocumentLocale, string>;
  for (const key of Object.keys(localeSchema.entries) as (keyof DocumentLocale)[]) {
    const mine = own[key] !== undefined;
    fields[key] = mine ? own[key] : fallback[key];
    from[key] = mine ? locale : doc.defaultLocale;
  }
  return { fields: fields as ResolvedLocale, from };
}
