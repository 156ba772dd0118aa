// The builder's form, generated from the Custom Elements Manifest (`custom-elements.json`
// beside the kit): each element's attributes with their descriptions, defaults and
// allowed values, so the builder never drifts from the kit. Pure: no DOM.

/** How an attribute is edited. */
export type FieldKind = 'boolean' | 'choice' | 'list' | 'number' | 'text' | 'url';

export interface Field {
  /** The attribute name. */
  name: string;
  kind: FieldKind;
  /** The manifest's description (English). */
  description: string;
  /** The default as the attribute would be written ('' when there is none). */
  default: string;
  /** Allowed values: a choice's options, a list's tokens. */
  options: string[];
  /** A number's range. */
  min?: number;
  max?: number;
}

export interface ElementModel {
  tag: string;
  summary: string;
  fields: Field[];
}

interface CemAttribute {
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
}
interface CemDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  default?: string;
  attributes?: CemAttribute[];
}
export interface CemPackage {
  modules: { path: string; declarations?: CemDeclaration[] }[];
}

/** The order the builder offers them in: the simplest first. */
export const ELEMENT_ORDER = ['btw-share', 'btw-signup', 'btw-recommendation'];

const QUOTED = /^(['"`])(.*)\1$/s;
const LITERAL_UNION = /^\s*(['"][^'"]*['"]\s*\|\s*)+['"][^'"]*['"]\s*$/;

const unquote = (text: string) => text.replace(QUOTED, '$2');

/** A default as written in the source: a literal, or the name of a constant the manifest knows. */
function resolveDefault(raw: string | undefined, constants: Map<string, string>): string {
  if (raw === undefined || raw === 'undefined') return '';
  if (QUOTED.test(raw)) return unquote(raw);
  const constant = constants.get(raw);
  return constant !== undefined && QUOTED.test(constant) ? unquote(constant) : raw;
}

/** What kind of field an attribute is, and its allowed values. */
function fieldOf(attribute: CemAttribute, constants: Map<string, string>): Field {
  const type = attribute.type?.text ?? '';
  const description = attribute.description ?? '';
  const field: Field = {
    name: attribute.name,
    kind: 'text',
    description,
    default: resolveDefault(attribute.default, constants),
    options: [],
  };
  // A list: "Space-separated …" with its tokens in one code span.
  const tokens = /space-separated/i.test(description) && description.match(/`([^`]+\s[^`]+)`/);
  const range = description.match(/(\d+)\s*[–-]\s*(\d+)/);
  if (type === 'boolean') {
    field.kind = 'boolean';
    field.default = '';
  } else if (LITERAL_UNION.test(type)) {
    field.kind = 'choice';
    field.options = type.split('|').map((part) => unquote(part.trim()));
  } else if (tokens) {
    field.kind = 'list';
    field.options = tokens[1].trim().split(/\s+/);
  } else if (type === 'number') {
    field.kind = 'number';
    if (range) [field.min, field.max] = [Number(range[1]), Number(range[2])];
  } else if (/\bURL\b/.test(description)) {
    field.kind = 'url';
  }
  return field;
}

/** Every custom element of the manifest, in ELEMENT_ORDER (others after). */
export function formModel(cem: CemPackage): ElementModel[] {
  const declarations = cem.modules.flatMap((module) => module.declarations ?? []);
  const constants = new Map(
    declarations.filter((d) => d.kind === 'variable' && d.default !== undefined).map((d) => [d.name, d.default!]),
  );
  const rank = (tag: string) => ELEMENT_ORDER.indexOf(tag) + 1 || ELEMENT_ORDER.length + 1;
  return declarations
    .filter((d) => d.customElement && d.tagName)
    .map((d) => ({
      tag: d.tagName!,
      summary: (d.summary ?? '').replace(/\s+/g, ' ').trim(),
      fields: (d.attributes ?? []).map((attribute) => fieldOf(attribute, constants)),
    }))
    .sort((a, b) => rank(a.tag) - rank(b.tag));
}

/** Attribute values as the form holds them: text, or `true` for a boolean that is on. */
export type Values = Record<string, string | boolean>;

/** The attributes that differ from their defaults (and those in `always`), in the manifest's order. */
export function changedAttributes(
  model: ElementModel,
  values: Values,
  always: string[] = [],
): [string, string | true][] {
  const changed: [string, string | true][] = [];
  for (const field of model.fields) {
    const value = values[field.name];
    if (always.includes(field.name) && field.kind !== 'boolean') {
      changed.push([field.name, normalize(field, typeof value === 'string' ? value : field.default)]);
      continue;
    }
    if (field.kind === 'boolean') {
      if (value === true) changed.push([field.name, true]);
      continue;
    }
    if (typeof value !== 'string') continue;
    const text = normalize(field, value);
    // An empty list is a choice (`fields=""`: email only); an empty text is no value.
    if ((text !== '' || field.kind === 'list') && text !== normalize(field, field.default))
      changed.push([field.name, text]);
  }
  return changed;
}

/** A value as it is compared and written: trimmed; a list's tokens single-spaced. */
function normalize(field: Field, value: string): string {
  return field.kind === 'list' ? value.trim().split(/\s+/).filter(Boolean).join(' ') : value.trim();
}
