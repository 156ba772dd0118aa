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
  recActions: 'Recommended actions',
  recShowAll: (count: number) => `Show all ${count} actions`,
  recShowFewer: 'Show fewer actions',
  recReadFull: 'Read the full recommendation',
  recUpdated: 'Updated',
  recQuotes: 'Share the stories',
  recLinks: 'Go further',
  recLinkArticle: 'Read the article',
  recLinkPodcast: 'Listen to the podcast',
  recLinkCommentary: 'Read the commentary',
  recLinkData: 'See the data',
  recLinkVideo: 'Watch the video',
  recLinkMore: 'Learn more',
  recLinkCampaign: 'Join the campaign',
  recErrorLoad: 'We could not load this recommendation. Check your connection and try again.',
  recErrorInvalid: 'This recommendation cannot be shown here.',
  recErrorLink: 'Read it on the campaign site',
  recRetry: 'Try again',
};

export default en;

type Table = typeof en;

/** The shape every language's table must have. */
export type Terms = {
  [K in keyof Table]: Table[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};
