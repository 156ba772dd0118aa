import { expect } from '@open-wc/testing';
import { task } from './task.js';

const SHIPPED =
  /^dist\/(btw(-share|-signup|-recommendation)?\.(js|js\.map|d\.ts)|npm\/(shared\/)?[\w-]+\.js(\.map)?|btw\.node\.js|custom-elements\.json|vscode\.(html|css)-custom-data\.json|manifest\.json|THIRD-PARTY-LICENSES\.txt|types\/.+\.d\.ts|locales\/[a-z-]+\.json)$/;

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
    ['path', 'module', 'typeDefinitionPath'].includes(key) && typeof inner === 'string'
      ? [inner]
      : manifestPaths(inner),
  );
}

describe('the npm package', () => {
  let files: string[] = [];
  before(async function () {
    this.timeout(120_000);
    files = await task<string[]>('packFiles');
  });

  it('publishes only what a user needs: both builds, their maps, types, manifests and docs', async () => {
    const unexpected = files.filter(
      (file) => !SHIPPED.test(file) && !['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'].includes(file),
    );
    expect(unexpected, 'files that should not be published').to.deep.equal([]);
    expect(files).to.include.members([
      'dist/btw.js',
      'dist/btw-share.js',
      'dist/btw-signup.js',
      'dist/btw-recommendation.js',
      'dist/npm/btw.js',
      'dist/npm/btw-share.js',
      'dist/npm/btw-signup.js',
      'dist/npm/btw-recommendation.js',
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
      (map.sources as string[])
        .map((source) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1])
        .filter(Boolean),
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
    // A bundler gets the npm build; the CDN files are published beside it.
    for (const [entry, file] of [
      ['.', 'btw'],
      ['./share', 'btw-share'],
      ['./signup', 'btw-signup'],
      ['./recommendation', 'btw-recommendation'],
    ]) {
      expect(pkg.exports[entry].browser, entry).to.equal(`./dist/npm/${file}.js`);
      expect(pkg.exports[entry].default, entry).to.equal(`./dist/npm/${file}.js`);
      expect(pkg.exports[entry].node, entry).to.equal('./dist/btw.node.js');
    }
  });

  it('builds before it is packed, and passes publint (strict) and arethetypeswrong', async function () {
    this.timeout(180_000);
    const pkg = await (await fetch('/package.json')).json();
    expect(pkg.scripts.prepack).to.equal('npm run build');
    const { publint, attw } = await task<{
      publint: { ok: boolean; output: string };
      attw: { ok: boolean; output: string };
    }>('lintPackage');
    expect(publint.ok, publint.output).to.equal(true);
    expect(publint.output).to.match(/All good!/);
    expect(attw.ok, attw.output).to.equal(true);
    // An ES-module-only package: every entry point resolves, with types, under Node's ESM and bundlers.
    const resolutions = attw.output.split('\n').filter((line) => /^(node16 \(from ESM\)|bundler):/.test(line));
    expect(resolutions.length, attw.output).to.be.at.least(2 * Object.keys(pkg.exports).length);
    expect(
      resolutions.filter((line) => !line.includes('🟢')),
      attw.output,
    ).to.deep.equal([]);
  });

  it('shares one copy of the base class and shared code across the npm build’s entries, and imports Lit from its dependency', async () => {
    const entries = ['btw', 'btw-share', 'btw-signup', 'btw-recommendation'];
    const bases: string[] = [];
    for (const name of entries) {
      const code = await (await fetch(`/dist/npm/${name}.js`)).text();
      expect(code, name).to.not.match(/class \w+ extends HTMLElement|customElements\.define\(/);
      bases.push(...[...code.matchAll(/from\s*"(\.\/shared\/[\w-]+\.js)"/g)].map((m) => m[1]!));
    }
    expect(bases.length).to.be.above(entries.length);
    const shared = new Set<string>();
    for (const chunk of new Set(bases)) {
      const chunkMap = await (await fetch(`/dist/npm/${chunk.slice(2)}.map`)).json();
      for (const source of chunkMap.sources as string[]) {
        expect(source, `${chunk}: Lit is the dependency's, not bundled`).to.not.match(/node_modules/);
        expect(shared.has(source), `${source} is in one chunk only`).to.equal(false);
        shared.add(source);
      }
    }
    expect([...shared].some((source) => source.endsWith('shared/btw-element.ts'))).to.equal(true);
    // The package's one run-time dependency, pinned: what the npm build and the shipped types import.
    const pkg = await (await fetch('/package.json')).json();
    expect(pkg.dependencies).to.deep.equal({ '@lit/reactive-element': '2.1.2' });
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

  it('installs from its tarball into an empty project outside the repository: the kit, Lit’s base class and its DOM shim, nothing else', async function () {
    this.timeout(300_000);
    const result = await task<{
      ok: boolean;
      output: string;
      packages: string[];
      dependencies: Record<string, string>;
      resolvedInside: boolean[];
      outside: boolean;
    }>('installIntoEmptyProject');
    expect(result.ok, result.output).to.equal(true);
    expect(result.outside).to.equal(true);
    expect(result.dependencies).to.deep.equal({ '@lit/reactive-element': '2.1.2' });
    expect(result.packages).to.deep.equal([
      '@lit-labs/ssr-dom-shim',
      '@lit/reactive-element',
      'beyond-the-wall-widgets',
    ]);
    expect(result.resolvedInside).to.deep.equal([true, true]);
  });
});
