// One control per attribute, from the form model: text and URL inputs, selects
// for choices and numbers, checkboxes for booleans, and ordered checklists (with
// move up / move down buttons) for lists such as `networks`.
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Field } from './model.js';
import { BRAND_NAMES } from '../../src/components/share/networks.js';
import { DESCRIPTIONS_ES, STRINGS } from './i18n.js';
import type { Lang } from './state.js';
import type { FieldNote } from './notes.js';

export interface FieldContext {
  tag: string;
  uiLang: Lang;
  value: string | boolean | undefined;
  /** A list's items in their current order (ticked ones first). */
  order?: string[];
  set(value: string | boolean): void;
  move?(item: string, by: -1 | 1): void;
  /** A refused value's message, and a mark on a value from the builder's link (notes.ts). */
  note?: FieldNote;
}

/** The description in the interface's language: the manifest's English, or its Spanish. */
export function describe(tag: string, field: Field, uiLang: Lang) {
  const es = uiLang === 'es' ? DESCRIPTIONS_ES[`${tag} ${field.name}`] : undefined;
  return es ?? html`<span lang=${uiLang === 'en' ? nothing : 'en'}>${field.description.replace(/`/g, '')}</span>`;
}

const id = (field: Field) => `f-${field.name}`;

/**
 * Help under a control: its description and default. A choice's default is named
 * here, not in its option: at 320 px a closed select shows no more than its name.
 */
function help(field: Field, c: FieldContext) {
  const t = STRINGS[c.uiLang];
  const value = field.default && field.kind === 'choice' ? choiceName(field.default, c.uiLang) : field.default;
  const fallback = value ? html` ${t.defaultIs(value)}` : nothing;
  return html`<p class="help" id="${id(field)}-help">${describe(c.tag, field, c.uiLang)}${field.kind === 'list' ? nothing : fallback}</p>`;
}

/** A name in words, with the attribute's or token's own name beside it as a hint (unless they read the same). */
const named = (words: string | undefined, code: string) =>
  !words
    ? html`<code lang="en">${code}</code>`
    : words.toLowerCase() === code.toLowerCase()
      ? words
      : html`${words} <code class="hint" lang="en">${code}</code>`;

/** What a list item or a choice is called in the interface's language. */
export const itemName = (item: string, uiLang: Lang) =>
  STRINGS[uiLang].items[item] ?? (BRAND_NAMES as Record<string, string>)[item] ?? item;

const label = (field: Field, c: FieldContext) =>
  html`<label for=${id(field)}>${named(STRINGS[c.uiLang].labels[`${c.tag} ${field.name}`], field.name)}</label>`;

/** The control for one attribute. */
export function fieldControl(field: Field, c: FieldContext) {
  const text = typeof c.value === 'string' ? c.value : '';
  const input = (event: Event) => c.set((event.target as HTMLInputElement).value);
  const described = `${id(field)}-help${c.note?.ids ? ` ${c.note.ids}` : ''}`;
  const note = c.note?.html ?? nothing;
  const invalid = c.note?.invalid ? 'true' : 'false';
  switch (field.kind) {
    case 'boolean':
      return html`<div class="field check">
        <input type="checkbox" id=${id(field)} .checked=${live(c.value === true)} aria-describedby=${described}
          @change=${(event: Event) => c.set((event.target as HTMLInputElement).checked)}>
        ${label(field, c)} ${help(field, c)} ${note}
      </div>`;
    case 'choice':
    case 'number': {
      const options = field.kind === 'choice' ? field.options : range(field.min ?? 1, field.max ?? 6);
      return html`<div class="field">
        ${label(field, c)}
        <select id=${id(field)} aria-describedby=${described} aria-invalid=${invalid} @change=${input}>
          ${options.map((option) => html`<option value=${option} ?selected=${(text || field.default) === option}>${choiceName(option, c.uiLang)}</option>`)}
        </select>
        ${help(field, c)} ${note}
      </div>`;
    }
    case 'list':
      return listControl(field, c);
    default:
      return html`<div class="field">
        ${label(field, c)}
        <input id=${id(field)} type=${field.kind === 'url' ? 'url' : 'text'} .value=${live(text)} spellcheck="false"
          aria-describedby=${described} aria-invalid=${invalid} @input=${input}>
        ${help(field, c)} ${note}
      </div>`;
  }
}

/**
 * A choice as an option says it: its name, with the value in parentheses when the name
 * does not hold it ("Action Network" does hold actionnetwork).
 */
const choiceName = (option: string, uiLang: Lang) => {
  const words = itemName(option, uiLang);
  return words.toLowerCase().replace(/\s+/g, '').includes(option.toLowerCase()) ? words : `${words} (${option})`;
};

const range = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, i) => String(min + i));

/** An ordered checklist: each item ticked or not, moved with its buttons. */
function listControl(field: Field, c: FieldContext) {
  const t = STRINGS[c.uiLang];
  const order = c.order ?? field.options;
  const ticked = new Set((typeof c.value === 'string' ? c.value : field.default).split(/\s+/).filter(Boolean));
  const write = (next: Set<string>) => c.set(order.filter((item) => next.has(item)).join(' '));
  const toggle = (item: string) => (event: Event) => {
    const next = new Set(ticked);
    if ((event.target as HTMLInputElement).checked) next.add(item);
    else next.delete(item);
    write(next);
    // Ticked items are listed first, so the item moved (and lit kept the focus at
    // its old place, on another item): the focus follows the item toggled.
    (event.target as HTMLElement).ownerDocument.getElementById(`${id(field)}-${item}`)?.focus();
  };
  const move = (item: string, by: -1 | 1, edge: boolean) => () => {
    if (!edge) c.move?.(item, by);
  };
  return html`<fieldset class="field list" aria-describedby="${id(field)}-help${c.note?.ids ? ` ${c.note.ids}` : ''}">
    <legend>${named(t.labels[`${c.tag} ${field.name}`], field.name)}</legend>
    <p class="help" id="${id(field)}-help">${describe(c.tag, field, c.uiLang)} ${t.listHelp}</p>
    ${c.note?.html ?? nothing}
    <ol>
      ${order.map((item, i) => {
        const first = i === 0;
        const last = i === order.length - 1;
        return html`<li>
          <input type="checkbox" id="${id(field)}-${item}" .checked=${live(ticked.has(item))} @change=${toggle(item)}>
          <label for="${id(field)}-${item}">${named(itemName(item, c.uiLang), item)}</label>
          <span class="moves">
            <button type="button" id="${id(field)}-${item}-up" aria-label=${t.moveUp(itemName(item, c.uiLang))} aria-disabled=${first ? 'true' : 'false'}
              @click=${move(item, -1, first)}>↑</button>
            <button type="button" id="${id(field)}-${item}-down" aria-label=${t.moveDown(itemName(item, c.uiLang))} aria-disabled=${last ? 'true' : 'false'}
              @click=${move(item, 1, last)}>↓</button>
          </span>
        </li>`;
      })}
    </ol>
  </fieldset>`;
}
