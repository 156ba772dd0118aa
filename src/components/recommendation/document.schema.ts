/**
 * The valibot schema of recommendation documents (schema version 1). Never part of
 * the bundle: it is the source of `schema/recommendation.v1.json` (`npm run schema`),
 * the reference the run-time validator in `document.ts` is tested against, and it is
 * checked below to describe exactly the types that `document.ts` publishes.
 */
import {
  array,
  check,
  isoDate,
  literal,
  minLength,
  nonEmpty,
  object,
  optional,
  picklist,
  pipe,
  record,
  regex,
  string,
  type InferOutput,
} from 'valibot';
import {
  isCalendarDate,
  LANGUAGE_TAG,
  LINK_KINDS,
  type DocumentLocale,
  type RecommendationDocument,
} from './document.js';

const text = pipe(string(), nonEmpty());
/** `YYYY-MM-DD`, month 01–12 and day 01–31: the days isoDate() accepts. */
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const languageTag = pipe(string(), regex(LANGUAGE_TAG));

export const localeSchema = object({
  title: optional(text),
  summary: optional(text),
  image: optional(object({ src: string(), alt: string(), credit: optional(string()) })),
  actions: optional(pipe(array(object({ title: text, text: optional(string()) })), minLength(1))),
  sections: optional(array(object({ heading: text, paragraphs: array(string()) }))),
  quotes: optional(array(object({ text, attribution: optional(string()) }))),
  links: optional(array(object({ label: text, href: string(), kind: picklist(LINK_KINDS) }))),
  related: optional(array(object({ title: text, summary: optional(string()), href: string() }))),
  relatedHeading: optional(text),
});

export const documentSchema = object({
  schemaVersion: literal(1),
  id: text,
  url: string(),
  // isoDate() checks the pattern only; check() turns away days the calendar lacks (2024-02-31),
  // and leaves a wrong pattern to isoDate's one report.
  updated: optional(
    pipe(
      string(),
      isoDate(),
      check((day: string) => !DATE.test(day) || isCalendarDate(day)),
    ),
  ),
  defaultLocale: languageTag,
  locales: record(languageTag, localeSchema),
});

/** `true` when A and B are assignable both ways. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Fails the type check when the published types and this schema part ways. */
export const typesMatch: [
  Same<InferOutput<typeof documentSchema>, RecommendationDocument>,
  Same<InferOutput<typeof localeSchema>, DocumentLocale>,
] = [true, true];

type PathItem = { key: unknown };
/**
 * valibot's issue path as the element writes it:
 * `['locales', 'es', 'actions', 2, 'title']` -> `locales.es.actions[2].title`.
 */
export const formatPath = (path: readonly PathItem[] = []) =>
  path.reduce<string>(
    (out, { key }) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
