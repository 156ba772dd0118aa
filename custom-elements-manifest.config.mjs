// `cem analyze` (part of `npm run build`): dist/custom-elements.json from the
// elements' JSDoc (@tagname @summary @slot @csspart @cssproperty @event), then,
// from that manifest, the framework types and editor data the package ships:
//   dist/types/frameworks/react.d.ts   React 19 JSX (props and typed `onbtw-*` events)
//   dist/types/frameworks/vue.d.ts     Vue 3 templates (vue-tsc)
//   dist/types/frameworks/svelte.d.ts  Svelte 5 (svelte-check)
//   dist/vscode.html-custom-data.json  VS Code HTML completion (and .css- for the CSS properties)
// Each generator gets something wrong for this kit: scripts/framework-types.mjs and
// scripts/vscode-data.mjs mend their output.
import { relative } from 'node:path';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { modulePathResolverPlugin } from '@wc-toolkit/module-path-resolver';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import {
  reactGlobalPropsPlugin,
  readonlyMembersPlugin,
  svelte5Plugin,
  tidyDescriptionsPlugin,
  vueGlobalAttributesPlugin,
  vueHandlerKeysPlugin,
} from './scripts/framework-types.mjs';
import { vsCodeDataPlugin } from './scripts/vscode-data.mjs';
import {
  bundleOf,
  customEventTypesPlugin,
  publicElementsPlugin,
  shippedPathsPlugin,
} from './scripts/manifest-paths.mjs';

const frameworks = 'dist/types/frameworks';
// The generated types import the element classes from the kit's declarations
// (dist/types/index.d.ts), by a path relative to their own folder.
const globalTypePath = relative(frameworks, 'dist/types/index.js');
const frameworkFiles = ['vue', 'svelte', 'react'].map((name) => `${frameworks}/${name}.d.ts`);

export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.styles.ts',
    'src/**/test-helpers.ts',
    'src/**/*.schema.ts',
    'src/**/json-schema.ts',
  ],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [
    // The package ships bundles, not src/: keep the elements' modules and name the built files.
    publicElementsPlugin(),
    modulePathResolverPlugin({
      modulePathTemplate: (path, name, tagName) => bundleOf(tagName),
      typeDefinitionPathTemplate: (path, name, tagName) => bundleOf(tagName).replace(/\.js$/, '.d.ts'),
    }),
    shippedPathsPlugin(),
    customElementVuejsPlugin({ outdir: frameworks, fileName: 'vue.d.ts', globalTypePath, hideLogs: true }),
    vueHandlerKeysPlugin({ file: `${frameworks}/vue.d.ts` }),
    vueGlobalAttributesPlugin({ file: `${frameworks}/vue.d.ts` }),
    customElementSveltePlugin({ outdir: frameworks, fileName: 'svelte.d.ts', globalTypePath, hideLogs: true }),
    svelte5Plugin({ file: `${frameworks}/svelte.d.ts` }),
    customEventTypesPlugin(),
    jsxTypesPlugin({ outdir: frameworks, fileName: 'react.d.ts', globalTypePath, stronglyTypedEvents: true }),
    reactGlobalPropsPlugin({ file: `${frameworks}/react.d.ts` }),
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    vsCodeDataPlugin({ htmlFile: 'dist/vscode.html-custom-data.json', cssFile: 'dist/vscode.css-custom-data.json' }),
    readonlyMembersPlugin({ files: frameworkFiles }),
    tidyDescriptionsPlugin({ files: frameworkFiles }),
  ],
};
