import { expect } from '@open-wc/testing';
import { task } from './task.js';

const SHIPPED =
  /^dist\/(btw(-share|-signup|-recommendation)?\.(js|js\.map|d\.ts)|btw\.node\.js|custom-elements\.json|vscode\.(html|css)-custom-data\.json|manifest\.json|THIRD-PARTY-LICENSES\.txt|types\/.+\.d\.ts|locales\/[a-z-]+\.json)$/;

/** Every file path an `exports` entry (or a condition inside one) names. */
function exportTargets(entry: unknown): string[] {
  if (typeof entry === 'string') return [entry];
  return Object.values(entry as Record<string, unknown>).flatMap(exportTargets);
}

/** Every module path the Custom Elements Manifest names, at any depth. */
function manifestPaths(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(manifestPaths);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    ['path', 'module', 'typeDefinitionPath'].includes(key) && typeof inner === 'string' ? [inner] : manifestPaths(inner),
  );
}

describe('the npm package', () => {
  let files: string[] = [];
  before(async function () {
    this.timeout(120_000);
    files = await task<string[]>('packFiles');
  });

  it('publishes only what a user needs: the bundles, their maps, types, manifests and docs', async () => {
    const unexpected = files.filter(
      (file) => !SHIPPED.test(file) && !['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'].includes(file),
    );
    expect(unexpected, 'files that should not be published').to.deep.equal([]);
    expect(files).to.include.members([
      'dist/btw.js',
      'dist/btw-share.js',
      'dist/btw-signup.js',
      'dist/btw-recommendation.js',
      'dist/btw.node.js',
      'dist/btw-share.d.ts',
      'dist/btw.d.ts',
      'dist/custom-elements.json',
      'dist/types/frameworks/react.d.ts',
      'dist/types/frameworks/vue.d.ts',
      'dist/types/frameworks/svelte.d.ts',
      'dist/vscode.html-custom-data.json',
      'dist/manifest.json',
      'dist/THIRD-PARTY-LICENSES.txt',
      'dist/locales/fr.json',
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

  it('points package.json, every export and condition, at files that exist in the package', async () => {
    const pkg = await (await fetch('/package.json')).json();
    const paths = [pkg.module, pkg.types, pkg.customElements, ...exportTargets(pkg.exports)];
    expect(exportTargets(pkg.exports['./react'])).to.deep.equal(['./dist/types/frameworks/react.d.ts']);
    for (const path of paths) expect(files, path).to.include(path.replace(/^\.\//, ''));
  });

  it('names only shipped files as modules in custom-elements.json, each exporting and defining its elements', async () => {
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const paths = manifestPaths(manifest);
    expect(paths.length).to.be.above(0);
    for (const path of new Set(paths)) expect(files, path).to.include(path);
    const definitions = manifest.modules.flatMap((module: { exports: { kind: string; name: string }[] }) =>
      module.exports.filter((entry) => entry.kind === 'custom-element-definition').map((entry) => entry.name),
    );
    expect(definitions).to.include.members(['btw-recommendation', 'btw-share', 'btw-signup']);
  });

  it('installs from its tarball, offline, into an empty project with nothing else: no run-time dependency', async function () {
    this.timeout(120_000);
    const result = await task<{
      ok: boolean;
      output: string;
      packages: string[];
      dependencies: Record<string, string>;
    }>('installIntoEmptyProject');
    expect(result.ok, result.output).to.equal(true);
    expect(result.dependencies).to.deep.equal({});
    expect(result.packages).to.deep.equal(['beyond-the-wall-widgets']);
  });
});
