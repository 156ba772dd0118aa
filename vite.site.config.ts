import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import kitConfig from './vite.config.ts';
import { docForPage, readManifest, renderDoc } from './scripts/site-docs.mjs';
import { kitEntry } from './scripts/kit-entry.mjs';
import { TOOL_CSP, TOOL_PAGES } from './scripts/site-csp.mjs';

// The site: the demo's pages (demo/*.html) built by Vite as a multi-page app
// into site/ with relative URLs, each loading the built kit from
// site/kit/<version>/ with its SRI hash instead of the kit's source.
// `npm start` (serve) is the kit's own dev setup plus the docs rendered on
// request at /demo/docs/, so the pages link the same way from source and site.
// scripts/build-site.mjs runs the build and adds the kit, docs and data files.

/** The kit's dev script tag in a page; the site build swaps in the built bundle. */
const DEV_KIT = /<script type="module" src="\/src\/index\.ts"><\/script>/;
/** The demo's own script is plain JavaScript run before the kit (blocking="render"): copied as it is. */
const DEMO_JS = /<script type="module" src="\.\/demo\.js"[^>]*><\/script>/;

const pages = readdirSync('demo').filter((file) => file.endsWith('.html'));

function sitePages(): Plugin[] {
  const kit = kitEntry();
  const tag = `<script type="module" src="./kit/${kit.version}/${kit.file}" integrity="${kit.integrity}" crossorigin="anonymous"></script>`;
  const kept = new Map<string, string>();
  return [
    {
      name: 'btw-site-pages-pre',
      transformIndexHtml: {
        order: 'pre',
        handler(html, { path }) {
          if (!DEV_KIT.test(html))
            throw new Error(`site: ${path} does not load the kit with <script type="module" src="/src/index.ts">`);
          const demoJs = DEMO_JS.exec(html)?.[0];
          if (demoJs) kept.set(path, demoJs);
          return html.replace(DEV_KIT, '<!--btw-kit-->').replace(DEMO_JS, '<!--btw-demo-js-->');
        },
      },
    },
    {
      name: 'btw-site-pages-post',
      transformIndexHtml: {
        order: 'post',
        handler(html, { path }) {
          // The builder and the studio: their own strict policy, first in <head> (scripts/site-csp.mjs).
          const csp = TOOL_PAGES.includes(path.replace(/^\//, ''))
            ? `<meta http-equiv="Content-Security-Policy" content="${TOOL_CSP}">`
            : '';
          return (
            html
              .replace(/<head>\s*<meta charset="utf-8">/, (head) => (csp ? `${head}\n    ${csp}` : head))
              .replace('<!--btw-demo-js-->', kept.get(path) ?? '')
              .replace('<!--btw-kit-->', tag)
              .replace(/data-kit="\/dist\/"/, `data-kit="./kit/${kit.version}/"`)
              // No server behind a static host: the demo's local endpoint becomes a relative
              // address, and data-static tells the page scripts (demo.js cancels the sign-up).
              .replace(/ action="\/api\//g, ' action="./api/')
              .replace(/<html\b/, '<html data-static')
          );
        },
      },
    },
  ];
}

/** Serves /demo/docs/… from docs/ during `npm start`, rendered as on the site. */
function docsDev(): Plugin {
  return {
    name: 'btw-docs-dev',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        if (!path.startsWith('/demo/docs/')) return next();
        const page = path.slice('/demo/docs/'.length);
        if (page === 'docs.css') {
          res.writeHead(200, { 'Content-Type': 'text/css' }).end(readFileSync('docs/docs.css'));
          return;
        }
        const file = docForPage(page);
        if (!existsSync(resolve('docs', file)) || !statSync(resolve('docs', file)).isFile()) return next();
        try {
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(renderDoc(file, readManifest()));
        } catch (error) {
          res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
        }
      });
    },
  };
}

export default defineConfig(({ command }) =>
  command === 'serve'
    ? mergeConfig(kitConfig, { plugins: [docsDev()] })
    : {
        root: 'demo',
        base: './',
        publicDir: false,
        // The builder checks Mailchimp actions with the sign-up's own rule: Mailchimp's hosts only.
        define: { BTW_TEST_LIST_HOST: 'false' },
        logLevel: 'warn',
        build: {
          outDir: resolve('site'),
          emptyOutDir: true,
          target: 'es2022',
          rolldownOptions: {
            input: Object.fromEntries(pages.map((file) => [file.replace(/\.html$/, ''), resolve('demo', file)])),
          },
        },
        plugins: [sitePages()],
      },
);
