/**
 * The published JSON Schema of recommendation documents, generated from the
 * valibot schema (`npm run schema` writes schema/recommendation.v1.json; a test
 * checks that the committed file matches). Not part of the bundle.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { REQUIRED_FIELDS } from './document.js';
import { documentSchema } from './document.schema.js';

export function recommendationJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = toJsonSchema(documentSchema, {
    // `format: date` already means a real calendar day (RFC 3339 full-date), which is what the check adds.
    ignoreActions: ['check'],
  });
  return {
    $schema,
    $id: 'https://example.org/beyond-the-wall/schema/recommendation.v1.json',
    title: 'Beyond the Wall recommendation document, schema version 1',
    description:
      `Read by <btw-recommendation>. Every text is plain text. The locale named by defaultLocale must have ${REQUIRED_FIELDS.join(', ')}; ` +
      "other locales may omit any field, which then falls back to defaultLocale's. URLs that are not http(s) are dropped when shown.",
    ...schema,
  };
}
