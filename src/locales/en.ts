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
  shareOn: (network: string) => `Share on ${network}`,
  shareByEmail: 'Share by email',
  shareNative: 'Share…',
  shareEmail: 'Email',
  shareCopyLink: 'Copy link',
  shareLinkCopied: 'Link copied',
  shareCopyField: 'Link to copy',
  shareCopyRefused: 'Your browser did not let us copy. The link is selected: copy it from the field.',
  shareMastodonServer: 'Your Mastodon server',
  shareMastodonHint: 'For example: mastodon.social',
  shareMastodonInvalid: 'Enter a server name such as mastodon.social.',
  shareCancel: 'Cancel',

  // — <btw-signup> —

  // — <btw-recommendation> —
};

export default en;

type Table = typeof en;

/** The shape every language's table must have. */
export type Terms = {
  [K in keyof Table]: Table[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};
