// A TypeScript user of the installed package, in an app of its own (the tests copy
// this folder out of the repository, install the packed tarball and run `tsc -p .`):
// strict, with `skipLibCheck: false`, so the shipped declarations are checked too.
// Every `@ts-expect-error` must be an error, so the types are proven both ways.
import type { BtwRecommendation, BtwShare, BtwSignup, RecommendationDocument } from 'beyond-the-wall-widgets';
import type { BtwShare as ShareOnly } from 'beyond-the-wall-widgets/share';
import type { BtwSignup as SignupOnly } from 'beyond-the-wall-widgets/signup';
import type { BtwRecommendation as RecommendationOnly } from 'beyond-the-wall-widgets/recommendation';
import 'beyond-the-wall-widgets';

// Each element is an HTMLElement: its DOM methods and properties are there.
const share: BtwShare = document.createElement('btw-share');
const signup: BtwSignup | null = document.querySelector('btw-signup');
const recommendation = document.createElement('btw-recommendation') satisfies BtwRecommendation;
const elements: HTMLElement[] = [share, recommendation, ...(signup ? [signup] : [])];
for (const element of elements) element.hidden = false;
share.setAttribute('lang', 'es');
share.networks = 'whatsapp email copy';
document.body.append(share, recommendation);

// The subpaths' classes are the same classes.
const sameShare: ShareOnly = share;
const sameSignup: SignupOnly | null = signup;
const sameRecommendation: RecommendationOnly = recommendation;

share.addEventListener('btw-share', (event) => {
  const network: string = event.detail.network;
  // @ts-expect-error: detail is read-only data, not a place to write
  event.detail = null;
  const url: string = event.detail.url;
  if (network === 'email' && url) event.preventDefault();
});
share.addEventListener('btw-copy', (event) => event.detail.url.toUpperCase());
share.addEventListener('click', (event) => event.clientX);
signup?.addEventListener('btw-signup-success', (event) => event.detail.payload.email.toLowerCase());
signup?.addEventListener('btw-signup-error', (event) => (event.detail.retryable ? event.detail.error.message : ''));
recommendation.addEventListener(
  'btw-recommendation-load',
  (event) => event.detail.id.length + event.detail.locale.length,
);
document.addEventListener('btw-recommendation-error', (event) => event.detail.error.message);
void recommendation.updateComplete.then(() => recommendation.shadowRoot?.childElementCount);

const doc: RecommendationDocument = {
  schemaVersion: 1,
  id: 'root-causes',
  url: 'https://example.org/beyond-the-wall/root-causes',
  defaultLocale: 'en',
  locales: { en: { title: 'T', summary: 'S', actions: [{ title: 'A', text: 'B' }] } },
};

// @ts-expect-error: the detail of btw-share has no `text`
share.addEventListener('btw-share', (event) => event.detail.text);
// @ts-expect-error: a document needs its locales
const broken: RecommendationDocument = { schemaVersion: 1, id: 'x', url: 'https://example.org', defaultLocale: 'en' };
// @ts-expect-error: btw-share is not a sign-up
const wrong: BtwSignup = document.createElement('btw-share');
// @ts-expect-error: no such method on an element
share.shareNow();

// The document as an object, and the state a late listener reads.
recommendation.document = doc;
const state: 'loading' | 'ready' | 'error' = recommendation.state;
void recommendation.updateComplete.then(() => recommendation.state === 'ready');
// @ts-expect-error: state is read-only
recommendation.state = 'ready';
// @ts-expect-error: the document property takes a document, not its JSON text
recommendation.document = JSON.stringify(doc);

export { doc, broken, wrong, sameShare, sameSignup, sameRecommendation, state };
