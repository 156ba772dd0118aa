import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

describe('the npm package', () => {
  it('publishes only what a user needs: the bundles, their maps, types, manifests and docs', async () => {
    const files = (await executeServerCommand('btw-pack-files')) as string[];
    const unexpected = files.filter(
      (file) =>
        !/^dist\/(btw(-share|-signup|-recommendation)?\.js(\.map)?|btw\.d\.ts|custom-elements\.json|manifest\.json|THIRD-PARTY-LICENSES\.txt|types\/.+\.d\.ts)$/.test(file) &&
        !['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'].includes(file),
    );
    expect(unexpected, 'files that should not be published').to.deep.equal([]);
    expect(files).to.include.members([
      'dist/btw.js',
      'dist/btw-share.js',
      'dist/btw-signup.js',
      'dist/btw-recommendation.js',
      'dist/btw.d.ts',
      'dist/custom-elements.json',
      'dist/manifest.json',
      'dist/THIRD-PARTY-LICENSES.txt',
      'package.json',
      'README.md',
      'LICENSE',
    ]);
  });

  it('carries the licence of every package bundled in dist/btw.js', async () => {
    const text = await (await fetch('/dist/THIRD-PARTY-LICENSES.txt')).text();
    const map = await (await fetch('/dist/btw.js.map')).json();
    const bundled = new Set(
      (map.sources as string[]).map((source) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1]).filter(Boolean),
    );
    expect(bundled.size).to.be.above(0);
    for (const name of bundled) expect(text, name).to.match(new RegExp(`^${name} \\S+ \\(`, 'm'));
    expect(text).to.include('Copyright (c) 2017 Google LLC');
  });

  it('points package.json at files that exist in the package', async () => {
    const files = (await executeServerCommand('btw-pack-files')) as string[];
    const pkg = await (await fetch('/package.json')).json();
    const paths = [pkg.module, pkg.types, pkg.customElements, pkg.exports['.'].default, pkg.exports['.'].types];
    for (const path of paths) expect(files, path).to.include(path.replace(/^\.\//, ''));
  });
});
