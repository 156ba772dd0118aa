/**
 * Pure logic of `<btw-signup>`: which fields it shows, what it validates and the
 * payload it sends (docs/elements/btw-signup.md, "Payload").
 */

/** Optional fields, as named in the `fields` attribute (and as their inputs are named). */
export const OPTIONAL_FIELDS = ['given-name', 'family-name', 'postal-code', 'country'] as const;

export type OptionalField = (typeof OPTIONAL_FIELDS)[number];
export type FieldName = 'email' | OptionalField;

export const DEFAULT_FIELDS = 'given-name';

/** The optional fields to show, in the author's order; unknown names are dropped with a warning. */
export function parseFields(value: string | null | undefined): OptionalField[] {
  const fields = new Set<OptionalField>();
  for (const name of (value ?? '').split(/\s+/).filter(Boolean)) {
    if (OPTIONAL_FIELDS.includes(name as OptionalField)) fields.add(name as OptionalField);
    else console.warn(`<btw-signup>: ignored field "${name}" in fields: use ${OPTIONAL_FIELDS.join(', ')}.`);
  }
  return [...fields];
}

/** A plausible address: something@host.tld, no spaces, at most 254 characters. */
export const isEmail = (value: string): boolean => value.length <= 254 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);

/** What is wrong with the form, per field, as the term key of its message (empty = fine). */
export interface FieldErrors {
  email?: 'signupEmailMissing' | 'signupEmailInvalid';
  consent?: 'signupConsentMissing';
}

/** Checks the form's email and, when the checkbox is shown, its consent. */
export function validate(data: FormData, consentRequired: boolean): FieldErrors {
  const email = String(data.get('email')).trim();
  const errors: FieldErrors = {};
  if (!isEmail(email)) errors.email = email ? 'signupEmailInvalid' : 'signupEmailMissing';
  if (consentRequired && !data.has('consent')) errors.consent = 'signupConsentMissing';
  return errors;
}

/** The submission, in the shape `json` sends and every event carries (`form` keeps this order). */
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

/** Builds the payload from the form: fields not shown (so not in the form), and left empty, are `null`. */
export function buildPayload(
  data: FormData,
  source: string | null | undefined,
  tags: string | null | undefined,
  locale: string,
  submissionId: string,
): SignupPayload {
  const text = (name: FieldName) => (data.get(name) as string | null)?.trim() || null;
  return {
    email: text('email')!,
    givenName: text('given-name'),
    familyName: text('family-name'),
    postalCode: text('postal-code'),
    country: text('country'),
    consent: data.has('consent'),
    source: source?.trim() || null,
    // Comma-separated, trimmed, empty ones dropped.
    tags: (tags ?? '')
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    locale,
    pageUrl: pageUrl(location.href),
    submissionId,
  };
}

/**
 * The page as the provider may know it: origin and path, plus the `utm_*`
 * parameters. Any other query parameter and the fragment stay on the page:
 * newsletter links often carry a subscriber's identifiers or tokens there.
 */
export function pageUrl(href: string): string {
  const url = new URL(href);
  // An empty search drops the "?".
  url.search = `${new URLSearchParams([...url.searchParams].filter(([name]) => name.startsWith('utm_')))}`;
  return url.origin + url.pathname + url.search;
}

/**
 * A random UUID v4, from `crypto.getRandomValues` (which, unlike `crypto.randomUUID`,
 * also exists on pages not served over https).
 */
export function newSubmissionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(31));
  let i = 0;
  // Each x is a random hex digit; y is the variant, 10xx.
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) =>
    (c > 'x' ? (bytes[i++]! & 3) | 8 : bytes[i++]! & 15).toString(16),
  );
}
