// Entry of dist/btw-signup.js: <btw-signup> alone, for a page that only collects sign-ups.
// Defined once, so that it can sit beside dist/btw.js or another bundle.
import { BtwSignup } from './components/signup/signup.js';
import { defineOnce } from './shared/define.js';
import { registerLocale } from './shared/partner-locales.js';

export { BtwSignup, registerLocale };

defineOnce('btw-signup', BtwSignup);
