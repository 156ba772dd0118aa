// The kit's one entry: defines every element (once, so two copies can coexist).
// Each element's issue adds its line here.
import { defineOnce } from './shared/define.js';

export { defineOnce };
import { BtwShare } from './components/share/share.js';
defineOnce('btw-share', BtwShare);
