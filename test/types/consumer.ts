// A TypeScript user of the published package: compiled by test/package/types.test.ts
// against dist/btw.d.ts (run `npm run build` first). Every `@ts-expect-error` must
// be an error, so the types are proven both ways.
import type { BtwRecommendation, BtwShare, BtwSignup, RecommendationDocument } from '../../dist/btw.js';

const share: BtwShare = document.createElement('btw-share');
share.networks = 'whatsapp email copy';
share.addEventListener('btw-share', (event) => {
  const network: string = event.detail.network;
  // @ts-expect-error: detail is read-only data, not a place to write
  event.detail = null;
  const url: string = event.detail.url;
  if (network === 'email' && url) event.preventDefault();
});
share.addEventListener('btw-copy', (event) => event.detail.url.toUpperCase());

const signup: BtwSignup | null = document.querySelector('btw-signup');
signup?.addEventListener('btw-signup-success', (event) => event.detail.payload.email.toLowerCase());
signup?.addEventListener('btw-signup-error', (event) => (event.detail.retryable ? event.detail.error.message : ''));

const recommendation = document.createElement('btw-recommendation') satisfies BtwRecommendation;
recommendation.addEventListener('btw-recommendation-load', (event) => event.detail.id.length + event.detail.locale.length);
document.addEventListener('btw-recommendation-error', (event) => event.detail.error.message);

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

// The document as an object, and the state a late listener reads.
recommendation.document = doc;
const state: 'loading' | 'ready' | 'error' = recommendation.state;
void recommendation.updateComplete.then(() => recommendation.state === 'ready');
// @ts-expect-error: state is read-only
recommendation.state = 'ready';
// @ts-expect-error: the document property takes a document, not its JSON text
recommendation.document = JSON.stringify(doc);

export { doc, broken, wrong, state };
