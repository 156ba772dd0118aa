/**
 * English strings: this table defines the keys. `es.ts` is typed against it, so a
 * key missing in Spanish fails the type check. A string that takes values is a
 * function; everything else is plain text (never HTML).
 *
 * Keep each element's strings in its own section so that work on one element
 * does not touch another's lines.
 */
const en = {
  // — shared —
  loading: 'Loading…',
  share: 'Share',

  // — <btw-share> —

  // — <btw-signup> —

  // — <btw-recommendation> —
};

export default en;

type Table = typeof en;

/** The shape every language's table must have. */
export type Terms = {
  [K in keyof Table]: Table[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};
