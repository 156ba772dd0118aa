// What the builder says by a field about its value (checks.ts): why it was
// refused, and that it came from the link that opened the builder.
import { html, nothing, type TemplateResult } from 'lit';
import type { App } from './app.js';
import { CHECK_STRINGS, problemText } from './check-strings.js';

export interface FieldNote {
  /** Ids of the notes shown, for the control's aria-describedby ('' for none). */
  ids: string;
  invalid: boolean;
  html: TemplateResult | typeof nothing;
}

/** The notes for the field `key` whose control has the id `id`. */
export function fieldNote(app: App, key: string, id: string): FieldNote {
  const t = CHECK_STRINGS[app.uiLang];
  const problem = app.problems[key];
  const fromLink = app.fromLink.has(key);
  const ids = [problem ? `${id}-problem` : '', fromLink ? `${id}-from-link` : ''].filter(Boolean).join(' ');
  return {
    ids,
    invalid: !!problem,
    html: ids
      ? html`${problem ? html`<p class="error" id="${id}-problem">${problemText(app.uiLang, problem, key)}</p>` : nothing}${
          fromLink ? html`<p class="from-link" id="${id}-from-link">${t.fromLink}</p>` : nothing
        }`
      : nothing,
  };
}
