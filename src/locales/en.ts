/**
 * English strings: this table defines the keys. `es.ts` is typed against it, so a
 * key missing in Spanish fails the type check. A string that takes values is a
 * function; everything else is plain text (never HTML).
 *
 * Keep each element's strings in its own section so that work on one element
 * does not touch another's lines.
 */
import type { LinkKind } from '../components/recommendation/document.js';

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
  shareMastodonRemember: 'Remember my server on this device',
  shareMastodonForget: 'Forget my server',
  shareMastodonForgotten: 'Server forgotten.',
  shareMastodonSharePage: "Don't know your server? Choose it on Mastodon's share page",
  shareCancel: 'Cancel',
  shareNewTab: 'Opens in a new tab',

  // — <btw-signup> —
  signupHeading: 'Sign up for our newsletter',
  signupDescription: 'Stay updated',
  signupEmail: 'Email',
  signupGivenName: 'First name',
  signupFamilyName: 'Last name',
  signupPostalCode: 'Postal code',
  signupCountry: 'Country',
  signupOptional: '(optional)',
  signupConsent: 'I agree to receive emails from this campaign.',
  signupPrivacy: 'Privacy policy',
  signupNewTab: '(opens in a new tab)',
  signupSubmit: 'Sign up',
  signupSending: 'Sending…',
  signupRetrying: 'Still sending: trying again…',
  signupSuccess: 'Thank you for signing up!',
  signupConfirm: 'Check your inbox to confirm your subscription.',
  signupHoneypot: 'Leave this field empty',
  signupEmailMissing: 'Enter your email address.',
  signupEmailInvalid: 'Enter an email address like name@example.org.',
  signupConsentMissing: 'Tick the box to agree, so that we can send you emails.',
  signupFixFields: (n: number) => (n === 1 ? 'One field needs your attention.' : `${n} fields need your attention.`),
  signupErrorInvalid: 'The sign-up service did not accept these details. Check them and try again.',
  signupErrorRateLimited: 'Too many sign-ups at once. Wait a minute, then try again.',
  signupErrorNetwork:
    'We could not reach the sign-up service. Your details are still here: check your connection and try again.',
  signupErrorServer: 'The sign-up service is having trouble. Your details are still here: try again in a few minutes.',
  signupErrorBlocked:
    'Your browser or an extension blocked the sign-up. Allow it on this site, or try another browser.',
  signupConfigError: 'This sign-up form is not set up correctly yet.',
  signupOfflinePending: "You're offline. We'll send your sign-up as soon as you're back online.",
  signupCancel: 'Cancel',
  signupCancelled: 'Not sent. Your details are still here.',

  // — <btw-recommendation> —
  recActions: 'Recommended actions',
  recShowAll: (count: number) => `Show all ${count} actions`,
  recShowFewer: 'Show fewer actions',
  recReadFull: 'Read the full recommendation',
  recUpdated: 'Updated',
  recQuotes: 'Share the stories',
  recLinks: 'Go further',
  recRelated: 'More recommendations',
  /** The heading over the links of one kind, and the call to action's label (`campaign`). */
  recLink: (kind: LinkKind) =>
    ({
      article: 'Read the article',
      podcast: 'Listen to the podcast',
      commentary: 'Read the commentary',
      data: 'See the data',
      video: 'Watch the video',
      more: 'Learn more',
      campaign: 'Join the campaign',
    })[kind],
  recErrorLoad: 'We could not load this recommendation. Check your connection and try again.',
  recErrorInvalid: 'This recommendation cannot be shown here.',
  recErrorLink: 'Read it on the campaign site',
  recRetry: 'Try again',
  recLoaded: 'Recommendation loaded',
  /** The name of a quote's share list: the quote's first words. */
  recShareQuote: (start: string) => `Share the quote “${start}”`,
};

export default en;

type Table = typeof en;

/** The shape every language's table must have. */
export type Terms = {
  [K in keyof Table]: Table[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};
