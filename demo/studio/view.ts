// The studio's main area as Lit templates: the editor, its problems, the
// translation table, the preview frames and the snippets. State and handlers
// come from main.ts; nothing here keeps state of its own.
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Lang, Strings } from './i18n.js';
import { spanish } from './messages-es.js';
import type { Problem } from './problems.js';
import { FIELDS, type Column } from './translations.js';

export type View = {
  lang: Lang;
  t: Strings;
  text: string;
  caret: [number, number];
  loading: boolean;
  loadFailed: boolean;
  problems: Problem[];
  table?: Column[];
  valid: boolean;
  inline?: string;
  src?: string;
  srcUrl: string;
  /** The placeholder address the src snippet holds until one is typed. */
  srcPlaceholder: string;
  copied?: 'inline' | 'src';
  refused?: 'inline' | 'src';
};

export type Handlers = {
  start(which: 'demo' | 'blank'): void;
  input(event: Event): void;
  caret(event: Event): void;
  goTo(problem: Problem): void;
  download(): void;
  copy(which: 'inline' | 'src'): void;
  srcUrl(event: Event): void;
};

const problemItem = (v: View, problem: Problem, on: Handlers) => html`<li>
  <button type="button" class="problem" @click=${() => on.goTo(problem)}>
    <span class="where">${v.t.line(problem.line)}</span>
    <code lang=${problem.syntax || !problem.path ? nothing : 'en'}>${problem.syntax ? v.t.syntax : problem.path || v.t.root}</code>
    <span>${v.lang === 'es' ? spanish(problem.message) : problem.message}</span>
  </button>
</li>`;

/** What the problems' status says: nothing while loading or before there is anything to check. */
const status = (v: View) =>
  v.loading || (!v.valid && !v.problems.length) ? '' : v.valid ? v.t.valid : v.t.problemCount(v.problems.length);

function problems(v: View, on: Handlers) {
  const { t } = v;
  return html`<section class="panel" aria-labelledby="problems-heading">
    <h2 id="problems-heading">${t.problemsHeading}</h2>
    <p role="status" class=${v.valid ? 'ok' : 'bad'}>${status(v)}</p>
    ${v.problems.length ? html`<ol class="problems">${v.problems.map((p) => problemItem(v, p, on))}</ol>` : nothing}
  </section>`;
}

function table(v: View) {
  const { t } = v;
  const cell = (c: Column, i: number) => {
    const state = c.cells[i];
    const text = state === 'own' ? t.own : state === 'fallback' ? t.fallsBack(v.table![0].locale) : t.missing;
    return html`<td class=${state}>${text}</td>`;
  };
  return html`<section class="panel" aria-labelledby="translations-heading">
    <h2 id="translations-heading">${t.translationsHeading}</h2>
    <p id="translations-intro">${t.translationsIntro}</p>
    ${
      v.table
        ? html`<div class="scroll" role="region" aria-labelledby="translations-intro" tabindex="0">
          <table>
            <thead>
              <tr>
                <th scope="col">${t.field}</th>
                ${v.table.map((c) => html`<th scope="col" lang=${c.locale}>${c.isDefault ? t.defaultLocale(c.locale) : c.locale}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${FIELDS.map((field, i) => html`<tr><th scope="row"><code>${field}</code></th>${v.table!.map((c) => cell(c, i))}</tr>`)}
            </tbody>
          </table>
        </div>`
        : html`<p class="note">${t.noTable}</p>`
    }
  </section>`;
}

function previews(v: View) {
  const { t } = v;
  const frame = (variant: 'card' | 'full', lang: Lang) =>
    html`<figure class="preview" data-variant=${variant} data-lang=${lang}>
      <figcaption><h3>${variant === 'card' ? t.card : t.full} · ${t.inLang[lang]}</h3></figcaption>
      <div class="frame"></div>
    </figure>`;
  return html`<section class="panel wide" aria-labelledby="preview-heading">
    <h2 id="preview-heading">${t.previewHeading}</h2>
    <p>${t.previewIntro}</p>
    <p class="note" ?hidden=${v.valid}>${t.previewEmpty}</p>
    <div class="previews" ?hidden=${!v.valid}>${frame('card', 'en')}${frame('card', 'es')}${frame('full', 'en')}${frame('full', 'es')}</div>
  </section>`;
}

function snippet(v: View, on: Handlers, which: 'inline' | 'src') {
  const { t } = v;
  const text = which === 'inline' ? v.inline : v.src;
  return html`<div class="snippet">
    <h3 id="${which}-heading">${which === 'inline' ? t.inlineHeading : t.srcHeading}</h3>
    <p id="${which}-help">${which === 'inline' ? t.inlineHelp : t.srcHelp}</p>
    ${
      which === 'src'
        ? html`<label for="src-url">${t.srcUrl}</label>
          <input id="src-url" type="url" spellcheck="false" placeholder=${v.srcPlaceholder} aria-describedby="src-replace" .value=${live(v.srcUrl)} @input=${on.srcUrl} />
          <p id="src-replace" class="note" ?hidden=${!!v.srcUrl || !text}><strong>${t.srcReplace}</strong></p>`
        : nothing
    }
    <textarea id="${which}-snippet" readonly rows="8" spellcheck="false" aria-labelledby="${which}-heading"
      aria-describedby=${which === 'src' && !v.srcUrl && text ? 'src-help src-replace' : `${which}-help`}
      .value=${text ?? t.needValid}></textarea>
    <button type="button" ?disabled=${!text} @click=${() => on.copy(which)}>${t.copy}</button>
    <span class="copy-status" role="status">${v.copied === which ? t.copied : v.refused === which ? t.copyRefused : ''}</span>
  </div>`;
}

export function view(v: View, on: Handlers) {
  const { t } = v;
  return html`<p class="intro">${t.intro}</p>
    <div class="studio">
      <section class="panel editor" aria-labelledby="document-heading">
        <h2 id="document-heading">${t.documentHeading}</h2>
        <div class="toolbar">
          <button type="button" @click=${() => on.start('demo')}>${t.startDemo}</button>
          <button type="button" @click=${() => on.start('blank')}>${t.startBlank}</button>
        </div>
        <label for="json">${t.editorLabel}</label>
        <p id="json-help" class="note">${t.editorHelp}</p>
        <textarea id="json" spellcheck="false" autocapitalize="off" autocomplete="off" rows="24" aria-describedby="json-help caret"
          aria-invalid=${v.valid || v.loading ? 'false' : 'true'} .value=${live(v.text)} @input=${on.input}
          @keyup=${on.caret} @click=${on.caret} @select=${on.caret}></textarea>
        <p id="caret" class="note">${v.loading ? t.loading : v.loadFailed ? t.loadFailed : t.caret(...v.caret)}</p>
      </section>
      <div class="side">${problems(v, on)} ${table(v)}</div>
    </div>
    ${previews(v)}
    <section class="panel wide" aria-labelledby="use-heading">
      <h2 id="use-heading">${t.useHeading}</h2>
      <button type="button" ?disabled=${!v.valid} @click=${on.download}>${t.download}</button>
      <div class="snippets">${snippet(v, on, 'inline')} ${snippet(v, on, 'src')}</div>
    </section>`;
}
