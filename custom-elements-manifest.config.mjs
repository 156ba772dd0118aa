// `cem analyze` (part of `npm run build`): dist/custom-elements.json from the
// elements' JSDoc (@tagname @summary @slot @csspart @cssproperty @event).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/test-helpers.ts', 'src/**/*.schema.ts', 'src/**/json-schema.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
};
