/**
 * A small run-time validator of parsed JSON, for the recommendation document: each
 * check reports every wrong field with its path (`locales.es.actions[2].title`)
 * and what was expected and found. It follows valibot's rules (the published
 * schema's source, see `document.schema.ts`; a differential test keeps them
 * equal): objects are checked key by key in schema order, arrays item by item,
 * a missing required key is reported at its own path, an array counts as an object,
 * and unknown keys are allowed. One difference: a record checks every key, where
 * valibot skips `__proto__`, `prototype` and `constructor` (`record`).
 */

/** Reports one wrong field. */
export type Fail = (path: string, message: string) => void;
/** Checks `value`, found at `path`; a valid value reports nothing. */
export type Check = (value: unknown, path: string, fail: Fail) => void;

/** A short description of a value for a message: `42`, `"x"`, `an object`, `an array of 0 items`. */
const found = (value: unknown) =>
  value && typeof value == 'object'
    ? Array.isArray(value)
      ? `an array of ${value.length} items`
      : 'an object'
    : (JSON.stringify(value) ?? 'nothing');

/** Reports `value` unless `test` passed; returns `test`. */
const expect = (test: boolean, expected: string, value: unknown, path: string, fail: Fail) => {
  if (!test) fail(path, `expected ${expected}, found ${found(value)}`);
  return test;
};

/** A value that `test` accepts; `expected` says what that is. */
export const is =
  (expected: string, test: (value: unknown) => boolean): Check =>
  (value, path, fail) =>
    expect(test(value), expected, value, path, fail);

export const string = is('a string', (value) => typeof value == 'string');
export const text = is('a non-empty string', (value) => typeof value == 'string' && value != '');

/** `check`, or no value at all. */
export const optional =
  (check: Check): Check =>
  (value, path, fail) =>
    value === undefined || check(value, path, fail);

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value == 'object';

/** An object with these keys (each checked, in this order); other keys are ignored. */
export const object =
  (entries: Record<string, Check>): Check =>
  (value, path, fail) => {
    if (expect(isObject(value), 'an object', value, path, fail))
      for (const key in entries)
        entries[key]((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key, fail);
  };

/**
 * An object whose every own key passes `checkKey` (by default: is a non-empty
 * string) and every value `check`. Every key counts, `__proto__` and
 * `constructor` too (valibot's record skips those three names; a document that
 * holds one is not a document the element can show).
 */
export const record =
  (check: Check, checkKey: Check = text): Check =>
  (value, path, fail) => {
    if (expect(isObject(value), 'an object', value, path, fail))
      for (const key of Object.keys(value as object)) {
        checkKey(key, `${path}.${key}`, fail);
        check((value as Record<string, unknown>)[key], `${path}.${key}`, fail);
      }
  };

/** An array of at least `min` items, each passing `check`. */
export const array =
  (check: Check, min = 0): Check =>
  (value, path, fail) => {
    if (expect(Array.isArray(value), 'an array', value, path, fail)) {
      (value as unknown[]).forEach((item, i) => check(item, `${path}[${i}]`, fail));
      expect((value as unknown[]).length >= min, `at least ${min} item`, value, path, fail);
    }
  };
