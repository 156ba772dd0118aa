// Entry of dist/btw-recommendation.js: <btw-recommendation>, and <btw-share> for
// the share buttons of its quotes. Each defined once, so that it can sit beside
// dist/btw.js or another bundle.
import { BtwRecommendation } from './components/recommendation/recommendation.js';
import { BtwShare } from './components/share/share.js';
import { defineOnce } from './shared/define.js';
import { registerLocale } from './shared/partner-locales.js';

export { BtwRecommendation, BtwShare, registerLocale };
export type { RecommendationDocument, LinkKind } from './components/recommendation/document.js';
export type { RecommendationState } from './components/recommendation/recommendation.js';

defineOnce('btw-recommendation', BtwRecommendation);
defineOnce('btw-share', BtwShare);
