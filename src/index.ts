// The kit's one entry: defines every element (once, so two copies can coexist).
// Each element's issue adds its line here.
import { defineOnce } from './shared/define.js';
import { BtwRecommendation } from './components/recommendation/recommendation.js';

defineOnce('btw-recommendation', BtwRecommendation);

export { defineOnce };
