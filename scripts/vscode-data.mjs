// An analyzer plugin (see custom-elements-manifest.config.mjs) that mends the
// editor data custom-element-vs-code-integration 1.5.0 writes, checked by
// test/package/vscode-data.test.ts:
// - a boolean attribute gets `valueSet: "v"`, so VS Code completes `consent`, not `consent=""`;
// - the CSS data holds one entry per custom property and per part (the generator
//   writes one per element that uses it);
// - tag descriptions lose empty sections ("Methods" with nothing under it) and
//   "(default: undefined)" after a property without a default.
import { readFileSync, writeFileSync } from 'node:fs';

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const writeJson = (file, data) => writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);

/** A generated description without empty `### **Heading:**` sections and unknown defaults. */
export function cleanDescription(text) {
  return text
    .replaceAll(' _(default: undefined)_', '')
    .replace(/### \*\*[^*\n]+:\*\*\s*(?=###|$)/g, '')
    .trimEnd();
}

/** The boolean attributes of each element in the manifest: tag -> names. */
function booleanAttributes(manifest) {
  const booleans = new Map();
  for (const module of manifest.modules)
    for (const declaration of module.declarations ?? [])
      if (declaration.tagName)
        booleans.set(
          declaration.tagName,
          new Set(
            (declaration.attributes ?? [])
              .filter((attribute) => attribute.type?.text === 'boolean')
              .map((attribute) => attribute.name),
          ),
        );
  return booleans;
}

/**
 * One entry per name (the generator writes one per element that takes it): one
 * description when every element describes it alike, else one line per element.
 */
function mergeByName(entries, declarations, key, nameOf) {
  const merged = new Map();
  for (const entry of entries) if (!merged.has(entry.name)) merged.set(entry.name, { ...entry });
  for (const entry of merged.values()) {
    const uses = declarations.flatMap((declaration) =>
      (declaration[key] ?? [])
        .filter((item) => nameOf(item) === entry.name)
        .map((item) => [declaration.tagName, item.description ?? '']),
    );
    const descriptions = new Set(uses.map(([, description]) => description));
    const tags = uses.map(([tag]) => `\`<${tag}>\``);
    if (uses.length < 2) continue;
    entry.description =
      descriptions.size === 1
        ? `${uses[0][1]}\n\nOn ${tags.join(', ')}.`
        : uses.map(([tag, description]) => `\`<${tag}>\`: ${description}`).join('\n\n');
  }
  return [...merged.values()];
}

export const vsCodeDataPlugin = ({ htmlFile, cssFile }) => ({
  name: 'btw-vscode-data',
  packageLinkPhase({ customElementsManifest: manifest }) {
    const html = readJson(htmlFile);
    const booleans = booleanAttributes(manifest);
    let marked = 0;
    for (const tag of html.tags) {
      tag.description = cleanDescription(tag.description);
      for (const attribute of tag.attributes)
        if (booleans.get(tag.name)?.has(attribute.name)) {
          delete attribute.values;
          attribute.valueSet = 'v';
          marked++;
        }
    }
    if (marked !== [...booleans.values()].reduce((sum, names) => sum + names.size, 0))
      throw new Error(`${htmlFile}: a boolean attribute is missing; check btw-vscode-data`);
    writeJson(htmlFile, html);

    const declarations = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.tagName);
    const css = readJson(cssFile);
    css.properties = mergeByName(css.properties, declarations, 'cssProperties', (item) => item.name);
    css.pseudoElements = mergeByName(
      css.pseudoElements ?? [],
      declarations,
      'cssParts',
      (item) => `::part(${item.name})`,
    );
    writeJson(cssFile, css);
  },
});
