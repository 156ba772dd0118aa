// `cem analyze` (part of `npm run build`): dist/custom-elements.json from the
// elements' JSDoc (@tagname @summary @slot @csspart @cssproperty @event).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
};
