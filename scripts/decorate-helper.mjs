// A Vite plugin for the kit's build: field decorators call the kit's own small
// helper (src/shared/decorate.ts) instead of the general one the TypeScript
// transform adds (`@oxc-project/runtime/helpers/decorate`, TypeScript's
// `__decorate`: descriptors, `Reflect.decorate`, class decorators; ~0.1 kB gzip).
// Rolldown resolves that import itself (resolveId hooks never see it), so the
// plugin rewrites the import's specifier in each module after the transform.
// The build fails if a decorator is not a field decorator, or the general
// helper is still in the bundle.
import { fileURLToPath } from 'node:url';

const RUNTIME = '"@oxc-project/runtime/helpers/decorate"';
const HELPER = fileURLToPath(new URL('../src/shared/decorate.ts', import.meta.url));

export function decorateHelperPlugin() {
  return {
    name: 'btw-decorate-helper',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes(RUNTIME)) return undefined;
      // Only `_decorate([...], X.prototype, "name", void 0)`: a field, no descriptor.
      for (const [call] of code.matchAll(/\b_decorate\([\s\S]*?\);/g)) {
        if (!/\.prototype, "\w+", void 0\);$/.test(call)) this.error(`decorate-helper: not a field decorator in ${id}: ${call}`);
      }
      return { code: code.replace(RUNTIME, JSON.stringify(HELPER)), map: null };
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.code.includes('Reflect.decorate')) {
          this.error(`decorate-helper: the general decorate helper is still in ${chunk.fileName}`);
        }
      }
    },
  };
}
