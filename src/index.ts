// The kit's one entry: defines every element (once, so two copies can coexist).
import { BtwRecommendation } from './components/recommendation/recommendation.js';
import { BtwShare } from './components/share/share.js';
import { BtwSignup } from './components/signup/signup.js';
import { defineOnce } from './shared/define.js';

export { BtwRecommendation, BtwShare, BtwSignup, defineOnce };

defineOnce('btw-recommendation', BtwRecommendation);
defineOnce('btw-share', BtwShare);
defineOnce('btw-signup', BtwSignup);
