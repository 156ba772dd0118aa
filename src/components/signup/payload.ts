/**
 * Pure logic of `<btw-signup>`: which fields it shows, what it validates and the
 * payload it sends (SPEC "Submission payload").
 */

/** Optional fields, as named in the `fields` attribute, with their payload key and autocomplete token. */
export const OPTIONAL_FIELDS = {
  'given-name': { key: 'givenName', autocomplete: 'given-name' },
  'family-name': { key: 'familyName', autocomplete: 'family-name' },
  'postal-code': { key: 'postalCode', autocomplete: 'postal-code' },
  country: { key: 'country', autocomplete: 'country-name' },
} as const;

export type OptionalField = keyof typeof OPTIONAL_FIELDS;
export type FieldName = 'email' | OptionalField;

export const DEFAULT_FIELDS = 'given-name';

/** The optional fields to show, in the author's order; unknown names are dropped with a warning. */
export function parseFields(value: string | null | undefined): OptionalField[] {
  const fields: OptionalField[] = [];
  for (const name of (value ?? '').split(/\s+/).filter(Boolean)) {
    if (!(name in OPTIONAL_FIELDS)) {
      console.warn(`<btw-signup>: ignored field "${name.slice(0, 40)}" in fields: use given-name, family-name, postal-code or country.`);
    } else if (!fields.includes(name as OptionalField)) {
      fields.push(name as OptionalField);
    }
  }
  return fields;
}

/** Comma-separated tags, trimmed, empty ones dropped. */
export const parseTags = (value: string | null | undefined): string[] =>
  (value ?? '').split(',').map((tag) => tag.trim()).filter(Boolean);

/** A plausible address: something@host.tld, no spaces, at most 254 characters. */
export const isEmail = (value: string): boolean =>
  value.length <= 254 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);

export type FieldError = 'email-missing' | 'email-invalid' | 'consent-missing';

/** What is wrong with the form, per field, in the form's order (empty = fine). */
export function validate(email: string, consentRequired: boolean, consent: boolean) {
  const errors: Partial<Record<'email' | 'consent', FieldError>> = {};
  if (!email) errors.email = 'email-missing';
  else if (!isEmail(email)) errors.email = 'email-invalid';
  if (consentRequired && !consent) errors.consent = 'consent-missing';
  return errors;
}

/** The submission, in the shape `json` sends and every event carries. */
export interface SignupPayload {
  email: string;
  givenName: string | null;
  familyName: string | null;
  postalCode: string | null;
  country: string | null;
  consent: boolean;
  source: string | null;
  tags: string[];
  locale: string;
  pageUrl: string;
  submissionId: string;
}

export interface PayloadInput {
  values: Partial<Record<FieldName, string>>;
  fields: OptionalField[];
  consent: boolean;
  source: string | null | undefined;
  tags: string[];
  locale: string;
  pageUrl: string;
  submissionId: string;
}

/** Builds the payload: fields not shown, and shown but left empty, are `null`. */
export function buildPayload(input: PayloadInput): SignupPayload {
  const { values, fields } = input;
  const optional = (name: OptionalField) => (fields.includes(name) ? values[name]?.trim() || null : null);
  return {
    email: (values.email ?? '').trim(),
    givenName: optional('given-name'),
    familyName: optional('family-name'),
    postalCode: optional('postal-code'),
    country: optional('country'),
    consent: input.consent,
    source: input.source?.trim() || null,
    tags: input.tags,
    locale: input.locale,
    pageUrl: input.pageUrl,
    submissionId: input.submissionId,
  };
}

/** A random UUID v4; `crypto.randomUUID` exists only in secure contexts (https, localhost). */
export function newSubmissionId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
