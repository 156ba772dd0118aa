import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

describe('the npm package', () => {
  it('publishes only what a user needs: the bundle, its map, types, manifests and docs', async () => {
    const files = (await executeServerCommand('btw-pack-files')) as string[];
    const unexpected = files.filter(
      (file) =>
        !/^dist\/(btw\.js|btw\.js\.map|btw\.d\.ts|custom-elements\.json|manifest\.json|types\/.+\.d\.ts)$/.test(file) &&
        !['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'].includes(file),
    );
    expect(unexpected, 'files that should not be published').to.deep.equal([]);
    expect(files).to.include.members([
      'dist/btw.js',
      'dist/btw.d.ts',
      'dist/custom-elements.json',
      'dist/manifest.json',
      'package.json',
      'README.md',
      'LICENSE',
    ]);
  });

  it('points package.json at files that exist in the package', async () => {
    const files = (await executeServerCommand('btw-pack-files')) as string[];
    const pkg = await (await fetch('/package.json')).json();
    const paths = [pkg.module, pkg.types, pkg.customElements, pkg.exports['.'].default, pkg.exports['.'].types];
    for (const path of paths) expect(files, path).to.include(path.replace(/^\.\//, ''));
  });
});
