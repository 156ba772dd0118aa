// Entry of dist/btw-share.js: <btw-share> alone, for a page that only shares.
// Defined once, so that it can sit beside dist/btw.js or another bundle.
import { BtwShare } from './components/share/share.js';
import { defineOnce } from './shared/define.js';
import { registerLocale } from './shared/partner-locales.js';

export { BtwShare, registerLocale };

defineOnce('btw-share', BtwShare);
