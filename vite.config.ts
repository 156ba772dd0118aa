import { defineConfig } from 'vite';
import { mockServer } from './test/server/index.mjs';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';
import { privateMethodNames, terserPass } from './scripts/terser-pass.mjs';
import { shortKeysPlugin } from './scripts/short-keys.mjs';
import { fieldDecoratorsPlugin } from './scripts/field-decorators.mjs';

const BANNER = '/*! Beyond the Wall widgets (MIT). Includes Lit, (c) Google LLC, BSD-3-Clause. */';

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
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'btw.js',
    },
    rolldownOptions: {
      // Lib mode keeps whitespace in ES output unless told: minify all of it.
      // Comments go (annotations would break the one line); one banner keeps the licences.
      output: {
        minify: true,
        comments: false,
      },
      // oxc's minifier drops the banner: the terser pass writes it back.
      plugins: [terserPass({ banner: BANNER, mangleProperties: privateMethodNames() })],
    },
  },
  server: { open: false },
  plugins: [
    minifyTemplatesPlugin(),
    shortKeysPlugin(),
    // After shortKeysPlugin: the field names it writes in quotes are not term keys.
    fieldDecoratorsPlugin(),
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
