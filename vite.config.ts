import { defineConfig } from 'vite';
import summary from 'rollup-plugin-summary';
import { mockServer } from './test/server/index.mjs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import { terserPass } from './scripts/terser-pass.mjs';
import { unusedTermsPlugin } from './scripts/short-keys.mjs';
import { fieldDecoratorsPlugin } from './scripts/field-decorators.mjs';

/**
 * `BTW_WITHOUT=minify-templates,field-decorators npm run build`: a build without those
 * passes, to measure what each saves (BENCHMARKS.md).
 */
const without = new Set((process.env.BTW_WITHOUT ?? '').split(','));

/**
 * The plugin's strategy, except that a declarations-only fragment (visuallyHidden) is
 * minified as one rule's body: it is not a stylesheet.
 */
const templateStrategy: typeof defaultStrategy = {
  ...defaultStrategy,
  minifyCSS: (text, options) =>
    text.includes('{')
      ? defaultStrategy.minifyCSS!(text, options)
      : defaultStrategy.minifyCSS!(`x{${text}}`, options).slice(2, -1),
};

/**
 * `BTW_BUILD=npm` (scripts/build.mjs sets it for its last build): the npm build,
 * dist/npm/. The same sources and passes, but every entry in one build, so the
 * elements share one base class and one copy of the shared code (split into
 * chunks), and Lit stays an import of the package's dependency
 * `@lit/reactive-element`: an app's bundler resolves it once for the whole kit,
 * and for any other Lit code of the app.
 */
const npm = process.env.BTW_BUILD === 'npm';

const BANNER = npm
  ? '/*! Beyond the Wall widgets, MIT */'
  : '/*! Beyond the Wall widgets, MIT. Lit (c) Google LLC, BSD-3-Clause */';

/** The npm build's entries: one per export of package.json (`.`, `./share`, ...). */
const NPM_ENTRIES = {
  btw: 'src/index.ts',
  'btw-share': 'src/btw-share.ts',
  'btw-signup': 'src/btw-signup.ts',
  'btw-recommendation': 'src/btw-recommendation.ts',
};

// `vite build`: the kit as one fully minified ES module, dist/btw.js, with Lit
// (production build) inside it and no import left to anything outside.
// `npm run build` (scripts/build.mjs) runs this build once per bundle, swapping in
// each entry and file name (dist/btw-share.js, ...), then writes dist/manifest.json.
// `vite` (npm start): the demo page, with the local endpoints it posts to.
export default defineConfig({
  // The local Mailchimp stand-in exists in test builds only (src/components/signup/providers/mailchimp.ts).
  define: { BTW_TEST_LIST_HOST: 'false' },
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: true,
    emptyOutDir: false,
    ...(npm && { outDir: 'dist/npm' }),
    lib: npm
      ? { entry: NPM_ENTRIES, formats: ['es'], fileName: (_format, name) => `${name}.js` }
      : { entry: 'src/index.ts', formats: ['es'], fileName: () => 'btw.js' },
    rolldownOptions: {
      // The npm build leaves Lit to the app's bundler (the package's one dependency).
      ...(npm && { external: [/^@lit\/reactive-element(\/|$)/] }),
      // Lib mode keeps whitespace in ES output unless told: minify all of it.
      // Comments go (annotations would break the one line); one banner keeps the licences.
      output: {
        minify: true,
        comments: false,
        // The npm build's shared code: one chunk per part the entries share, named, not hashed.
        ...(npm && { chunkFileNames: 'shared/[name].js' }),
      },
      // oxc's minifier drops the banner: the terser pass writes it back. The summary
      // prints each file's minified, gzip and brotli size as it is written.
      plugins: [
        terserPass({ banner: BANNER }),
        summary({ showGzippedSize: true, showBrotliSize: true, showMinifiedSize: false }),
      ],
    },
  },
  server: { open: false },
  plugins: [
    // Lit's css`` templates minified (lightningcss), with exact source maps; before
    // TypeScript is stripped, as the other source passes. (The kit has no html`` left.)
    !without.has('minify-templates') && {
      ...minifyHTML({
        failOnError: true,
        options: { strategy: templateStrategy },
      }),
      enforce: 'pre',
      apply: 'build',
    },
    // Term keys stay as written: a language a partner adds names its terms by them.
    unusedTermsPlugin(),
    !without.has('field-decorators') && fieldDecoratorsPlugin(),
    {
      name: 'btw-demo',
      configureServer(server) {
        server.middlewares.use((req, res, next) => {
          if (req.url === '/' || req.url === '/index.html') {
            res.writeHead(302, { Location: '/demo/' }).end();
            return;
          }
          next();
        });
        server.middlewares.use(mockServer({ log: true }));
      },
    },
  ],
});
