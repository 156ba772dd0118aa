import { expect } from '@open-wc/testing';
import { safeParse } from 'valibot';
import { DocumentError, parseDocument, REQUIRED_FIELDS } from './document.js';
import { documentSchema, formatPath } from './document.schema.js';

type Json = unknown;
type Key = string | number;
/** A verdict: `null` when the document is accepted, else the first path and every problem's path. */
type Verdict = { path: string; paths: string[] } | null;

const where = (path: string) => path || 'document';

/**
 * The element's validation as it was with valibot at run time (schemaVersion
 * first, then the schema, then the default locale's required fields), as the
 * reference the run-time validator must match.
 */
function reference(input: Json): Verdict {
  const fail = (path: string): Verdict => ({ path, paths: [where(path)] });
  if (!input || typeof input !== 'object' || Array.isArray(input)) return fail('');
  if ((input as { schemaVersion?: unknown }).schemaVersion !== 1) return fail('schemaVersion');
  const result = safeParse(documentSchema, unhidden(input));
  if (!result.success) {
    const paths = result.issues.map((issue) => formatPath(issue.path).replace(/^locales\.~/, 'locales.'));
    return { path: paths[0], paths: paths.map(where) };
  }
  const doc = result.output;
  const main = Object.hasOwn(doc.locales, doc.defaultLocale) ? doc.locales[doc.defaultLocale] : undefined;
  if (!main) return fail('defaultLocale');
  for (const field of REQUIRED_FIELDS)
    if (main[field] === undefined) return fail(`locales.${doc.defaultLocale}.${field}`);
  return null;
}

/**
 * valibot's record() skips the keys `__proto__`, `prototype` and `constructor`;
 * the kit checks every key like any other. The reference sees those locale names
 * with a `~` in front (still no language tag, in the same place), and its paths
 * are named back.
 */
function unhidden(input: Json): Json {
  const locales = (input as { locales?: unknown }).locales;
  if (!locales || typeof locales !== 'object' || Array.isArray(locales)) return input;
  const renamed = Object.entries(locales).map(([key, value]) => [
    /^(__proto__|prototype|constructor)$/.test(key) ? `~${key}` : key,
    value,
  ]);
  return { ...(input as object), locales: Object.fromEntries(renamed) };
}

/** The verdict of the run-time validator (`parseDocument`). */
function ours(input: Json): Verdict {
  try {
    parseDocument(input);
    return null;
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    return { path: error.path, paths: error.problems.map((problem) => problem.slice(0, problem.indexOf(': '))) };
  }
}

/** Every path in a JSON value, the value's own first. */
function* pathsOf(value: Json, path: Key[] = []): Generator<Key[]> {
  yield path;
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      yield* pathsOf((value as Record<string, Json>)[key], [...path, Array.isArray(value) ? Number(key) : key]);
    }
  }
}

/** A copy of `doc` with the value at `path` replaced (or removed, for `undefined`). */
function mutate(doc: Json, path: Key[], value: Json): Json {
  if (!path.length) return value;
  const copy = structuredClone(doc) as Record<Key, Json>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<Key, Json>;
  const last = path[path.length - 1];
  if (value !== undefined) parent[last] = value;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return copy;
}

const REPLACEMENTS: [string, Json][] = [
  ['removed', undefined],
  ['a number', 42],
  ['an empty string', ''],
  ['a string', 'x'],
  ['null', null],
  ['true', true],
  ['an empty array', []],
  ['an empty object', {}],
  ['a bad kind', 'tiktok'],
  ['a bad date', '2020-13-01'],
];

describe('recommendation document validator', () => {
  let demo: Json;
  before(async () => {
    demo = await (await fetch('/demo/recommendations/root-causes.json')).json();
  });

  it('accepts the demo document as it is, unchanged', () => {
    expect(reference(demo)).to.equal(null);
    expect(parseDocument(demo)).to.deep.equal(safeParse(documentSchema, demo).output);
  });

  it('judges every field of the demo document, replaced or removed, as valibot does (verdict and every path)', () => {
    let cases = 0;
    let rejected = 0;
    for (const path of pathsOf(demo)) {
      for (const [name, value] of REPLACEMENTS) {
        const doc = mutate(demo, path, value);
        const expected = reference(doc);
        expect(ours(doc), `${formatPath(path.map((key) => ({ key })))} ${name}`).to.deep.equal(expected);
        cases++;
        if (expected) rejected++;
      }
    }
    expect(rejected, 'rejected cases').to.be.above(cases / 2);
    expect(cases - rejected, 'accepted cases').to.be.above(50);
  });

  const base = () => structuredClone(demo) as Record<string, any>;
  const special: [string, () => Json][] = [
    ['a document that is an array', () => [base()]],
    ['schemaVersion "1"', () => ({ ...base(), schemaVersion: '1' })],
    ['schemaVersion 2', () => ({ ...base(), schemaVersion: 2 })],
    ['an extra top-level key', () => ({ ...base(), extra: true })],
    ['a date with a 13th month', () => ({ ...base(), updated: '2020-13-01' })],
    ['a date without leading zeros', () => ({ ...base(), updated: '2020-2-1' })],
    ['a date on the 32nd', () => ({ ...base(), updated: '2020-02-32' })],
    ['a date with a time', () => ({ ...base(), updated: '2020-02-01T00:00:00Z' })],
    ['a date on the 30th of February (the pattern allows it)', () => ({ ...base(), updated: '2020-02-30' })],
    ['a kind in capitals', () => mutate(base(), ['locales', 'en', 'links', 0, 'kind'], 'Campaign')],
    ['an extra locale with a title only', () => mutate(base(), ['locales', 'fr'], { title: 'Titre' })],
    ['an extra empty locale', () => mutate(base(), ['locales', 'fr'], {})],
    ['an extra locale that is an array', () => mutate(base(), ['locales', 'fr'], [])],
    ['an extra locale that is null', () => mutate(base(), ['locales', 'fr'], null)],
    [
      'an extra locale with wrong fields',
      () => mutate(base(), ['locales', 'fr'], { title: 1, actions: [], links: [{}] }),
    ],
    ['a locale named ""', () => mutate(base(), ['locales', ''], { title: 'T' })],
    ['a locale named "" with a wrong title', () => mutate(base(), ['locales', ''], { title: 7 })],
    [
      'a wrong locale named "__proto__"',
      () => JSON.parse(JSON.stringify(base()).replace('"locales":{', '"locales":{"__proto__":{"title":7},')),
    ],
    ['a wrong locale named "constructor"', () => mutate(base(), ['locales', 'constructor'], { title: 7 })],
    [
      '"constructor" as defaultLocale',
      () => mutate(mutate(base(), ['locales', 'constructor'], base().locales.en), ['defaultLocale'], 'constructor'),
    ],
    ['"toString" as defaultLocale', () => ({ ...base(), defaultLocale: 'toString' })],
    ['a defaultLocale with no locale', () => ({ ...base(), defaultLocale: 'de' })],
    ['locales as an array', () => ({ ...base(), locales: [base().locales.en], defaultLocale: '0' })],
    ['no actions in the default locale', () => mutate(base(), ['locales', 'en', 'actions'], undefined)],
    ['no actions in another locale', () => mutate(base(), ['locales', 'es', 'actions'], undefined)],
    ['actions [] in another locale', () => mutate(base(), ['locales', 'es', 'actions'], [])],
    ['an image that is an array', () => mutate(base(), ['locales', 'en', 'image'], [])],
    ['paragraphs with an empty string', () => mutate(base(), ['locales', 'en', 'sections', 0, 'paragraphs'], [''])],
    [
      'several wrong fields',
      () => mutate({ ...base(), id: 3, url: null }, ['locales', 'es', 'actions', 2, 'title'], 42),
    ],
  ];
  for (const [name, make] of special) {
    it(`judges ${name} as valibot does`, () => {
      const doc = make();
      expect(ours(doc)).to.deep.equal(reference(doc));
    });
  }

  it('reports locales named "constructor", "__proto__" and "prototype" like any other name that is no language tag', () => {
    const named = (key: string, value: Json) =>
      JSON.parse(
        JSON.stringify(base()).replace('"locales":{', `"locales":{${JSON.stringify(key)}:${JSON.stringify(value)},`),
      );
    for (const key of ['constructor', '__proto__', 'prototype']) {
      expect(ours(named(key, null)), key).to.deep.equal({
        path: `locales.${key}`,
        paths: [`locales.${key}`, `locales.${key}`],
      });
      expect(() => parseDocument(named(key, null))).to.throw(
        DocumentError,
        `locales.${key}: expected a language tag, found "${key}"`,
      );
    }
  });

  it('says what it expected and what it found', () => {
    const doc = mutate({ ...base(), id: 3, url: null }, ['locales', 'es', 'actions', 2, 'title'], 42);
    expect(() => parseDocument(doc)).to.throw(DocumentError, 'id: expected a non-empty string, found 3');
    let error: unknown;
    try {
      parseDocument(mutate(doc, ['locales', 'en', 'links', 1, 'kind'], 'tiktok'));
    } catch (thrown) {
      error = thrown;
    }
    expect((error as DocumentError).problems).to.deep.equal([
      'id: expected a non-empty string, found 3',
      'url: expected a string, found null',
      'locales.en.links[1].kind: expected one of article, podcast, commentary, data, video, more, campaign, found "tiktok"',
      'locales.es.actions[2].title: expected a non-empty string, found 42',
    ]);
    const empty = mutate(base(), ['locales', 'es', 'actions'], []);
    expect(() => parseDocument(empty)).to.throw(
      DocumentError,
      'locales.es.actions: expected at least 1 item, found an array of 0 items',
    );
    const missing = mutate(base(), ['locales', 'es', 'image', 'alt'], undefined);
    expect(() => parseDocument(missing)).to.throw(
      DocumentError,
      'locales.es.image.alt: expected a string, found nothing',
    );
  });
});
