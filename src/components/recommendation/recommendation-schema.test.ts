import { expect } from '@open-wc/testing';
import { DocumentError, parseDocument } from './document.js';
import { formatPath, localeSchema } from './document.schema.js';
import { recommendationJsonSchema } from './json-schema.js';

type Schema = Record<string, unknown>;
const load = async (path: string) => (await fetch(path)).json() as Promise<unknown>;

/**
 * A small JSON Schema (draft-07) check covering the keywords our schema uses;
 * returns the paths it rejects, so the published file is tested as partners use it.
 */
function check(schema: Schema, value: unknown, path = ''): string[] {
  const errors: string[] = [];
  const fail = (why: string) => errors.push(`${path || 'document'}: ${why}`);
  const type = schema.type as string | undefined;
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  if ('const' in schema && value !== schema.const) fail(`not ${JSON.stringify(schema.const)}`);
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) fail('not one of the allowed values');
  if (type === 'string' && typeof value !== 'string') return [...errors, `${path}: not a string`];
  if (type === 'object' && !isObject) return [...errors, `${path}: not an object`];
  if (type === 'array' && !Array.isArray(value)) return [...errors, `${path}: not an array`];
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < (schema.minLength as number)) fail('too short');
    if (schema.format === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) fail('not a date');
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < (schema.minItems as number)) fail('too few items');
    value.forEach((item, i) => errors.push(...check(schema.items as Schema, item, `${path}[${i}]`)));
  }
  if (isObject) {
    const record = value as Record<string, unknown>;
    for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in record)) fail(`missing ${key}`);
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const [key, item] of Object.entries(record)) {
      const sub = properties[key] ?? (schema.additionalProperties as Schema | undefined);
      if (sub) errors.push(...check(sub, item, path ? `${path}.${key}` : key));
    }
  }
  return errors;
}

describe('recommendation schema', () => {
  it('publishes the JSON Schema generated from the valibot schema (run `npm run schema` after a change)', async () => {
    expect(await load('/schema/recommendation.v1.json')).to.deep.equal(recommendationJsonSchema());
  });

  it('accepts the demo document with the published JSON Schema and with the validator', async () => {
    const schema = (await load('/schema/recommendation.v1.json')) as Schema;
    const demo = await load('/demo/recommendations/root-causes.json');
    expect(check(schema, demo)).to.deep.equal([]);
    const doc = parseDocument(demo);
    for (const locale of ['en', 'es']) {
      expect(Object.keys(doc.locales[locale]).sort(), locale).to.deep.equal(Object.keys(localeSchema.entries).sort());
      expect(doc.locales[locale].actions, locale).to.have.length(5);
    }
    const kinds = new Set(doc.locales.en.links!.map((link) => link.kind));
    expect([...kinds].sort()).to.deep.equal(['article', 'campaign', 'commentary', 'data', 'more', 'podcast', 'video']);
  });

  it('rejects the invalid fixtures in the JSON Schema and in the validator, at the same field', async () => {
    const schema = (await load('/schema/recommendation.v1.json')) as Schema;
    for (const [name, path] of [
      ['wrong-types', 'locales.es.actions[2].title'],
      ['unknown-kind', 'locales.en.links[1].kind'],
      ['version-2', 'schemaVersion'],
    ]) {
      const document = await load(`/test/fixtures/recommendations/${name}.json`);
      expect(check(schema, document).join('\n'), name).to.contain(path);
      expect(() => parseDocument(document), name).to.throw(DocumentError, path);
    }
  });

  it('writes field paths with dots and [index]', () => {
    expect(formatPath([{ key: 'locales' }, { key: 'es' }, { key: 'actions' }, { key: 2 }, { key: 'title' }])).to.equal(
      'locales.es.actions[2].title',
    );
  });
});
