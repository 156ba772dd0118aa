// As docs/guides/frameworks.md shows it: Vue's compiler told that btw-* tags are
// custom elements, and the package's Vue types added to the generated tsconfig.
export default defineNuxtConfig({
  compatibilityDate: '2026-01-01',
  devtools: { enabled: false },
  telemetry: false,
  vue: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('btw-') } },
  typescript: { tsConfig: { compilerOptions: { types: ['beyond-the-wall-widgets/vue'] } } },
});
