// The kit's one entry: defines every element (once, so two copies can coexist).
// Each element's issue adds its line here.
import { defineOnce } from './shared/define.js';
import { BtwSignup } from './components/signup/signup.js';

export { defineOnce };

defineOnce('btw-signup', BtwSignup);
