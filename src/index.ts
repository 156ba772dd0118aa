// The kit's one entry: defines every element (once, so two copies can coexist).
// Its exports are for TypeScript users and hosts that extend the kit; a page needs
// none of them (the tags work as soon as the module loaded).
// The elements in this order put the share code first in the bundle, then sign-up,
// then the recommendation, whose strings and markup repeat theirs: gzip finds those
// repeats only within its last 32 kB, and this order makes btw.js about 0.1 kB
// smaller than alphabetical order does (BENCHMARKS.md, levers measured).
import { BtwShare } from './components/share/share.js';
import { BtwSignup } from './components/signup/signup.js';
import { BtwRecommendation } from './components/recommendation/recommendation.js';
import { defineOnce } from './shared/define.js';
import { registerLocale, type PartnerTerms } from './shared/partner-locales.js';

export { BtwRecommendation, BtwShare, BtwSignup, defineOnce, registerLocale };
export type { PartnerTerms };
export type { RecommendationDocument, LinkKind } from './components/recommendation/document.js';
export type { RecommendationState } from './components/recommendation/recommendation.js';
export type { SignupPayload, SignupResponse, SignupError } from './components/signup/signup.js';
export type { Network } from './components/share/networks.js';

defineOnce('btw-recommendation', BtwRecommendation);
defineOnce('btw-share', BtwShare);
defineOnce('btw-signup', BtwSignup);
