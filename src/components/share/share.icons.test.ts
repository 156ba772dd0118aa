import { expect } from '@open-wc/testing';
import * as simpleIcons from 'simple-icons';
import { BRAND_PATHS, SIMPLE_ICONS } from './brand-icons.js';

// brand-icons.ts is generated from simple-icons (build-icons.mjs): this is the
// one test page that loads the package's 5 MB index, to catch a stale copy.
describe('<btw-share> brand icons', () => {
  it('match the installed simple-icons, mark for mark', () => {
    const installed = Object.fromEntries(
      Object.entries(SIMPLE_ICONS).map(([network, name]) => [network, (simpleIcons as Record<string, { path: string }>)[name].path]),
    );
    expect(BRAND_PATHS).to.deep.equal(installed);
  });
});
