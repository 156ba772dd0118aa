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
 * custom-element-vuejs-integration 1.4.0 types only the kit's own props, so with
 * `strictTemplates` `id`, `lang`, `aria-label`, `data-*` or `@click` are errors.
 * Adds Vue's `HTMLAttributes` (global attributes, `aria-*`, DOM events) and what it
 * lacks: `slot`, `part`, `exportparts` and `data-*` (which vue-tsc also checks
 * camel-cased, `dataTrack`).
 */
export const vueGlobalAttributesPlugin = ({ file }) =>
  fixGenerated(
    'btw-vue-global-attributes',
    file,
    (text) =>
      text
        .replace(
          'import type { DefineComponent } from "vue";',
          [
            'import type { DefineComponent, HTMLAttributes } from "vue";',
            '',
            '/** What every element takes in a Vue template: global attributes, `aria-*`, `data-*` and DOM events. */',
            'type GlobalAttributes = HTMLAttributes & {',
            '  slot?: string | undefined;',
            '  part?: string | undefined;',
            '  exportparts?: string | undefined;',
            '  [data: `data-${string}`]: unknown;',
            '  [data: `data${Capitalize<string>}`]: unknown;',
            '};',
          ].join('\n'),
        )
        .replace(/DefineComponent<(Btw\w+Props)>/g, 'DefineComponent<$1 & GlobalAttributes>'),
    (_, text) => text.includes('type GlobalAttributes') && (text.match(/& GlobalAttributes>/g) ?? []).length === 3,
    'the generated Vue types changed',
  );

/**
 * custom-element-svelte-integration 1.2.0 writes Svelte 4 types: `on:btw-share`
 * only, a few global attributes listed by hand (no `role`, `aria-*`, `onclick`,
 * `inert`) and a `svelteHTML` namespace local to its module. For Svelte 5: adds
 * the `onbtw-share` event attributes with the same types, takes every other
 * attribute from Svelte's own `HTMLAttributes<T>` (typed by the element, as
 * `bind:this` is) and makes the namespace global.
 */
export const svelte5Plugin = ({ file }) =>
  fixGenerated(
    'btw-svelte-5',
    file,
    (text) =>
      text
        .replace(
          /^(\s*)"on:(btw-[a-z-]+)"\?:(.*)$/gm,
          (line, indent, event, type) => `${line}\n${indent}"on${event}"?:${type}`,
        )
        .replace(baseProps, () =>
          [
            '/** What every element takes in Svelte: global attributes, `aria-*`, `data-*`, DOM events. */',
            'type BaseProps<T extends EventTarget> = HTMLAttributes<T> & {',
            '  part?: string | undefined | null;',
            '  exportparts?: string | undefined | null;',
            '};',
          ].join('\n'),
        )
        // Svelte 5 sets a custom element's properties from plain attributes: `document={doc}`.
        .replace(/"bind:(\w+)"\?:/g, '$1?:')
        .replace(/Partial<(Btw\w+)Props & BaseProps & BaseEvents>/g, 'Partial<$1Props & BaseProps<$1> & BaseEvents>')
        .replace(/^/, 'import type { HTMLAttributes } from "svelte/elements";\n')
        .replace(
          /declare namespace svelteHTML \{([\s\S]*)\}\s*$/,
          'declare global {\n  namespace svelteHTML {$1}\n}\n',
        ),
    (_, text) =>
      text.includes('declare global {') &&
      text.includes('"onbtw-share"?:') &&
      (text.match(/BaseProps<Btw\w+>/g) ?? []).length === 3,
    'the generated Svelte types changed',
  );

/** The generated `BaseProps` block (its doc comments included), whatever it lists. */
const baseProps = /^type BaseProps(<T extends HTMLElement>)? = \{\n[\s\S]*?\n\};$/m;

/**
 * @wc-toolkit/jsx-types 1.8.2 lists a few global attributes by hand, without
 * React's DOM events (`onClick`), `suppressHydrationWarning` or `aria-*`, and types
 * `ref` as the element or a callback only. React's own `HTMLAttributes<T>` and
 * `RefAttributes<T>` give every element's props, with `ref` and each event typed
 * by the element, and React still refuses any other name.
 */
export const reactGlobalPropsPlugin = ({ file }) =>
  fixGenerated(
    'btw-react-global-props',
    file,
    (text) =>
      `import type { HTMLAttributes, Key, RefAttributes } from "react";\n${text}`.replace(baseProps, () =>
        [
          '/** What every element takes in React: global attributes, `aria-*`, `data-*`, DOM events and `ref`. */',
          'type BaseProps<T extends HTMLElement> = HTMLAttributes<T> &',
          '  RefAttributes<T> & {',
          '    key?: Key | null | undefined;',
          '    /** React 19 passes `class` to a custom element as it is. */',
          '    class?: string | undefined;',
          '    part?: string | undefined;',
          '    exportparts?: string | undefined;',
          '  };',
        ].join('\n'),
      ),
    (_, text) => text.includes('HTMLAttributes<T> &'),
    'no `BaseProps` block any more',
  );

/**
 * The generators describe each tag with every section, even an empty one
 * ("Methods" with nothing under it), and write "(default: undefined)" after a CSS
 * property without a default: both go.
 */
export const tidyDescriptionsPlugin = ({ files }) => ({
  name: 'btw-tidy-descriptions',
  packageLinkPhase() {
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
        .replaceAll(' _(default: undefined)_', '')
        .replace(/^[ \t]*\* ### \*\*[^*\n]+:\*\*\n(?:[ \t]*\*[ \t]*\n)+(?=[ \t]*\*( ###|\/))/gm, '');
      writeFileSync(file, text);
    }
  },
});

/**
 * The generators offer every public field as a prop, read-only ones too (a
 * framework that set `state` would throw): each read-only member of the manifest
 * is taken out of the props, with its doc comment.
 */
export const readonlyMembersPlugin = ({ files }) => ({
  name: 'btw-readonly-members',
  packageLinkPhase({ customElementsManifest: manifest }) {
    const names = new Set(
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .flatMap((declaration) => declaration.members ?? [])
        .filter((member) => member.readonly && member.kind === 'field' && !member.privacy && !member.static)
        .map((member) => member.name),
    );
    const found = new Set();
    for (const file of files) {
      let text = readFileSync(file, 'utf8');
      for (const name of names) {
        const prop = new RegExp(
          `(?:^[ \\t]*/\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/\\n)?^[ \\t]*"?(?:bind:|prop:)?${name}"?\\?: Btw\\w+\\["${name}"\\][^\\n]*\\n`,
          'gm',
        );
        const after = text.replace(prop, '');
        if (after !== text) found.add(name);
        text = after;
      }
      writeFileSync(file, text);
    }
    // At least one generator offers each (React's already leaves read-only fields out).
    for (const name of names)
      if (!found.has(name)) throw new Error(`no prop \`${name}\` to take out; check btw-readonly-members`);
  },
});
