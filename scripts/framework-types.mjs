// Analyzer plugins that fix what the framework type generators (see
// custom-elements-manifest.config.mjs) get wrong for this kit, checked by the
// consumers in test/consumers/. Each one fails the build when the generator's
// output changed under it, so an upgrade cannot silently undo the fix.
import { readFileSync, writeFileSync } from 'node:fs';

const toHandlerKey = (event) => `on${event.replace(/(^|-)(\w)/g, (_, dash, letter) => letter.toUpperCase())}`;

/**
 * An analyzer plugin that rewrites the generated `file` once it is written:
 * `edit` takes its text and returns the new one; `applied(before, after)` says
 * whether the fix took, else the build fails with `changed`.
 */
function fixGenerated(name, file, edit, applied, changed) {
  return {
    name,
    packageLinkPhase() {
      const before = readFileSync(file, 'utf8');
      const text = edit(before);
      if (!applied(before, text)) throw new Error(`${file}: ${changed}; check ${name}`);
      writeFileSync(file, text);
    },
  };
}

const changedText = (before, after) => after !== before;

/**
 * Vue's template checker looks for `@btw-share` under the prop `onBtwShare` (Vue's
 * handler key), but custom-element-vuejs-integration 1.4.0 writes `"onbtw-share"`,
 * which leaves every listener untyped and, with `strictTemplates`, an error.
 */
export const vueHandlerKeysPlugin = ({ file }) =>
  fixGenerated(
    'btw-vue-handler-keys',
    file,
    (text) => text.replace(/"on(btw-[a-z-]+)"\?:/g, (_, event) => `${toHandlerKey(event)}?:`),
    changedText,
    'no "onbtw-*" props any more',
  );

/**
 * custom-element-svelte-integration 1.2.0 writes Svelte 4 types: `on:btw-share`
 * only, `JSX.*` types that a Svelte project does not have, and a `svelteHTML`
 * namespace local to its module. For Svelte 5: adds the `onbtw-share` event
 * attributes with the same types, drops the JSX types and makes the namespace global.
 */
export const svelte5Plugin = ({ file }) =>
  fixGenerated(
    'btw-svelte-5',
    file,
    (text) =>
      text
        .replace(/^(\s*)"on:(btw-[a-z-]+)"\?:(.*)$/gm, (line, indent, event, type) => `${line}\n${indent}"on${event}"?:${type}`)
        .replace('children?: JSX.Element;', 'children?: unknown;')
        .replace('style?: JSX.CSSProperties;', 'style?: string;')
        .replace(/declare namespace svelteHTML \{([\s\S]*)\}\s*$/, 'declare global {\n  namespace svelteHTML {$1}\n}\n'),
    (_, text) => text.includes('declare global {') && text.includes('"onbtw-share"?:'),
    'the generated Svelte types changed',
  );

/**
 * @wc-toolkit/jsx-types 1.8.2 types `ref` as the element or a callback only, so
 * React's `useRef` objects are refused: accepts them too (`{ current }`), and
 * callbacks that get `null` or return a cleanup, as React 19 calls them.
 */
export const reactRefPlugin = ({ file }) =>
  fixGenerated(
    'btw-react-ref',
    file,
    (text) =>
      text.replace(
        'ref?: (T | ((e: T) => void)) | undefined;',
        'ref?: T | ((e: T | null) => void | (() => void)) | { current: T | null } | null | undefined;',
      ),
    changedText,
    'the generated `ref` type changed',
  );
