// Analyzer plugins (see custom-elements-manifest.config.mjs) that make
// dist/custom-elements.json describe the package as it is shipped: src/ is not in
// it, and the elements' internals are bundled, not importable.
import { existsSync } from 'node:fs';

/** The file that ships an element: its own bundle when the build wrote one, else dist/btw.js. */
export function bundleOf(tagName) {
  return existsSync(`dist/${tagName}.js`) ? `dist/${tagName}.js` : 'dist/btw.js';
}

const isElement = (declaration) => declaration.customElement && declaration.tagName;

/**
 * Keeps only the modules and declarations of the kit's elements (shared code,
 * locales and helpers are not public), and gives each `btw-*` event its type from
 * the single source of the kit's event types, `HTMLElementEventMap`.
 */
export function publicElementsPlugin() {
  return {
    name: 'btw-public-elements',
    packageLinkPhase({ customElementsManifest: manifest }) {
      // A default written as a module constant (`networks = DEFAULT_NETWORKS`) is shown
      // as the constant's value: the constant itself is internal and not in the manifest.
      const constants = new Map(
        manifest.modules
          .flatMap((module) => module.declarations ?? [])
          .filter((declaration) => declaration.kind === 'variable' && declaration.default !== undefined)
          .map((declaration) => [declaration.name, declaration.default]),
      );
      manifest.modules = manifest.modules.filter((module) => module.declarations?.some(isElement));
      for (const module of manifest.modules) {
        module.declarations = module.declarations.filter(isElement);
        const names = new Set(module.declarations.map((declaration) => declaration.name));
        module.exports = (module.exports ?? []).filter((entry) => names.has(entry.name));
        for (const declaration of module.declarations) {
          for (const field of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            if (constants.has(field.default)) field.default = constants.get(field.default);
          }
          module.exports.push({
            kind: 'custom-element-definition',
            name: declaration.tagName,
            declaration: { name: declaration.name, module: module.path },
          });
          for (const event of declaration.events ?? []) {
            if (event.name?.startsWith('btw-')) event.type = { text: detailType(event.name) };
          }
        }
      }
    },
  };
}

const detailType = (name) => `HTMLElementEventMap['${name}']['detail']`;

/**
 * Vue's and Svelte's generators want an event's `detail` type, React's (and the
 * manifest's schema) the event's: run this between them.
 */
export function customEventTypesPlugin() {
  return {
    name: 'btw-custom-event-types',
    packageLinkPhase({ customElementsManifest: manifest }) {
      for (const declaration of manifest.modules.flatMap((module) => module.declarations)) {
        for (const event of declaration.events ?? []) {
          if (event.name?.startsWith('btw-')) event.type = { text: `CustomEvent<${detailType(event.name)}>` };
        }
      }
    },
  };
}

/**
 * After the module paths were resolved to built files: merges the modules that now
 * share a file, and points every reference at a shipped file (or at none, for the
 * bundled internals such as the elements' base class and Lit's own modules).
 */
export function shippedPathsPlugin() {
  return {
    name: 'btw-shipped-paths',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const byPath = new Map();
      for (const module of manifest.modules) {
        const merged = byPath.get(module.path);
        if (merged) {
          merged.declarations.push(...module.declarations);
          merged.exports.push(...module.exports);
        } else {
          byPath.set(module.path, module);
        }
        for (const entry of module.exports) entry.declaration.module = module.path;
      }
      manifest.modules = [...byPath.values()];
      dropSourceReferences(manifest.modules);
    },
  };
}

function dropSourceReferences(value) {
  if (Array.isArray(value)) return value.forEach(dropSourceReferences);
  if (!value || typeof value !== 'object') return;
  if (typeof value.module === 'string' && !value.module.startsWith('dist/')) delete value.module;
  Object.values(value).forEach(dropSourceReferences);
}
