// The kit's one entry: defines every element (once, so two copies can coexist).
import { BtwShare } from './components/share/share.js';
import { BtwSignup } from './components/signup/signup.js';
import { defineOnce } from './shared/define.js';

export { BtwShare, BtwSignup, defineOnce };

defineOnce('btw-share', BtwShare);
defineOnce('btw-signup', BtwSignup);
