// The builder's page, as one template of the app's state (rendered again on
// every change; lit keeps focus and typed text in place).
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldControl } from './fields.js';
import { fallbackNote, otherOutput, outputChoice } from './outputs.js';
import { shareStepControls, shareStepPreview } from './share-step-view.js';
import { STRINGS, SUMMARIES_ES } from './i18n.js';
import type { ElementModel, Field } from './model.js';
import type { App } from './app.js';
import { DESKTOP_WIDTH, PHONE_WIDTH } from './snippet.js';
import { fieldNote } from './notes.js';
import { CHECK_STRINGS } from './check-strings.js';
import { hostOf } from './checks.js';
import { hostsStep, untrustedHosts } from './hosts.js';

const on = (app: App, fn: (value: string) => void) => (event: Event) => {
  fn((event.target as HTMLInputElement).value);
  app.changed();
};

export function page(app: App) {
  const t = STRINGS[app.uiLang];
  if (app.loadFailed) return html`<p class="error" role="alert">${t.loadError}</p>`;
  if (!app.models.length) return nothing;
  return html`
    ${elementStep(app)}
    <div class="work">
      <section class="settings" aria-labelledby="step-settings">
        <h2 id="step-settings">${t.stepSettings}</h2>
        ${settings(app)}
      </section>
      <div class="results">
        ${previewStep(app)}
        ${snippetStep(app)}
      </div>
    </div>
  `;
}

function elementStep(app: App) {
  const t = STRINGS[app.uiLang];
  return html`<section aria-labelledby="step-element">
    <h2 id="step-element">${t.stepElement}</h2>
    <fieldset class="elements">
      <legend class="visually-hidden">${t.stepElement}</legend>
      ${app.models.map(
        (m) => html`<div class="element-choice">
        <input type="radio" name="element" id="element-${m.tag}" value=${m.tag} .checked=${live(app.config.element === m.tag)}
          aria-describedby="element-${m.tag}-summary" @change=${() => app.chooseElement(m.tag)}>
        <label for="element-${m.tag}">${t.elementNames[m.tag] ?? m.tag} <code>&lt;${m.tag}&gt;</code></label>
        ${
          app.uiLang === 'es' && SUMMARIES_ES[m.tag]
            ? html`<p class="help" id="element-${m.tag}-summary">${SUMMARIES_ES[m.tag]}</p>`
            : html`<p class="help" id="element-${m.tag}-summary" lang=${app.uiLang === 'en' ? nothing : 'en'}>${m.summary.replace(/`/g, '')}</p>`
        }
      </div>`,
      )}
    </fieldset>
  </section>`;
}

function settings(app: App) {
  const t = STRINGS[app.uiLang];
  const model = app.model;
  // A sign-up's provider first: it decides what `action` must be.
  const ordered = [...model.fields].sort((a, b) => Number(b.name === 'provider') - Number(a.name === 'provider'));
  const fields = ordered.map((field) => special(app, model, field) ?? control(app, field));
  return html`
    <div class="field">
      <label for="f-lang">${t.language}</label>
      <select id="f-lang" aria-describedby="f-lang-help" @change=${on(app, (v) => (app.config.lang = v as '' | 'en'))}>
        ${(['', 'en', 'es'] as const).map((lang) => html`<option value=${lang} ?selected=${app.config.lang === lang}>${lang ? `${t.languageNames[lang]} (${lang})` : t.languageAuto}</option>`)}
      </select>
      <p class="help" id="f-lang-help">${t.languageHelp}</p>
    </div>
    ${model.tag === 'btw-recommendation' ? docSource(app) : nothing}
    ${fields}
    ${model.tag === 'btw-signup' && app.config.values.provider !== 'form' ? pageField(app) : nothing}
    ${shareStepControls(app)}
  `;
}

function control(app: App, field: Field) {
  return fieldControl(field, {
    tag: app.model.tag,
    uiLang: app.uiLang,
    value: app.shown(field.name),
    note: fieldNote(app, field.name, `f-${field.name}`),
    order: app.orderOf(field),
    set: (value) => app.setValue(field.name, value),
    move: (item, by) => app.move(field, item, by),
  });
}

/** Fields the builder helps with beyond the manifest: provider help, Mailchimp, the document source. */
function special(app: App, model: ElementModel, field: Field) {
  const t = STRINGS[app.uiLang];
  const provider = String(app.config.values.provider || 'json');
  if (model.tag === 'btw-signup' && field.name === 'provider') {
    return html`${control(app, field)}<p class="provider-help" id="provider-help">${t.providerHelp[provider]}</p>`;
  }
  if (model.tag === 'btw-signup' && field.name === 'action' && provider === 'mailchimp') {
    const result = app.mailchimp;
    const note = fieldNote(app, 'mailchimp', 'f-mailchimp');
    // A refused paste says why in its own note (notes.ts), not here.
    const message = note.invalid
      ? ''
      : result.problem
        ? t.mailchimpProblem[result.problem]
        : t.mailchimpOk(result.action);
    return html`<div class="field">
      <label for="f-mailchimp">${t.mailchimpPaste}</label>
      <textarea id="f-mailchimp" rows="4" spellcheck="false" .value=${live(app.mailchimpInput)}
        aria-invalid=${result.problem && result.problem !== 'empty' ? 'true' : 'false'} aria-describedby="f-mailchimp-status f-mailchimp-privacy ${note.ids}"
        @input=${on(app, (v) => app.pasteMailchimp(v))}></textarea>
      <p id="f-mailchimp-status" class=${result.action ? 'ok' : result.problem === 'empty' ? 'help' : 'error'} aria-live="polite">${message}</p>
      ${note.html}
      <p id="f-mailchimp-privacy" class="help">${t.mailchimpPrivacy}</p>
    </div>`;
  }
  if (model.tag === 'btw-signup' && field.name === 'action' && provider === 'actionnetwork') {
    const wrong = app.actionNetworkWarning;
    return html`${control(app, field)}${wrong ? html`<p class="error" id="f-action-check" aria-live="polite">${t.actionNetworkCheck}</p>` : nothing}`;
  }
  if (model.tag === 'btw-recommendation' && field.name === 'src' && app.docMode === 'inline') {
    const note = fieldNote(app, 'doc', 'f-doc');
    return html`<div class="field">
      <label for="f-doc">${t.docText}</label>
      <textarea id="f-doc" rows="10" spellcheck="false" .value=${live(String(app.shown('doc')))}
        aria-invalid=${app.docInvalid || note.invalid ? 'true' : 'false'} aria-describedby="f-doc-status ${note.ids}"
        @input=${(event: Event) => app.setSetting('doc', (event.target as HTMLTextAreaElement).value)}></textarea>
      <p id="f-doc-status" class="error" aria-live="polite">${app.docInvalid ? t.docInvalid : ''}</p>
      ${note.html}
    </div>`;
  }
  if (model.tag === 'btw-recommendation' && field.name === 'src' && !app.srcAllowed)
    return html`${control(app, field)}${srcWaiting(app)}`;
  return undefined;
}

function docSource(app: App) {
  const t = STRINGS[app.uiLang];
  const radio = (mode: 'src' | 'inline', text: string) => html`<div class="check">
    <input type="radio" name="doc-mode" id="doc-${mode}" .checked=${live(app.docMode === mode)} @change=${() => app.setDocMode(mode)}>
    <label for="doc-${mode}">${text}</label>
  </div>`;
  return html`<fieldset class="field">
    <legend>${t.docSource}</legend>
    ${radio('src', t.docFromUrl)} ${radio('inline', t.docInline)}
  </fieldset>`;
}

function pageField(app: App) {
  const t = STRINGS[app.uiLang];
  const note = fieldNote(app, 'page', 'f-page');
  return html`<div class="field">
    <label for="f-page">${t.page}</label>
    <input id="f-page" type="url" .value=${live(String(app.shown('page')))} placeholder=${app.hostedPage ?? ''}
      aria-describedby="f-page-help ${note.ids}" aria-invalid=${note.invalid ? 'true' : 'false'}
      @input=${(event: Event) => app.setSetting('page', (event.target as HTMLInputElement).value)}>
    <p class="help" id="f-page-help">${t.pageHelp}</p>
    ${note.html}
  </div>`;
}

/** A document address from the builder's link: the preview loads it only when asked. */
function srcWaiting(app: App) {
  const t = CHECK_STRINGS[app.uiLang];
  const host = String(hostOf(app.config.values.src) ?? '');
  return html`<p class="from-link" id="f-src-waiting">${t.srcWaiting}</p>
    <button type="button" id="load-src" @click=${() => {
      app.srcAllowed = true;
      app.changed();
    }}>${t.loadSrc(host)}</button>`;
}

function previewStep(app: App) {
  const t = STRINGS[app.uiLang];
  const radio = (
    group: string,
    value: string,
    checked: boolean,
    text: unknown,
    set: () => void,
  ) => html`<span class="check">
    <input type="radio" name=${group} id="${group}-${value}" .checked=${live(checked)} @change=${() => {
      set();
      app.changed();
    }}>
    <label for="${group}-${value}">${text}</label>
  </span>`;
  return html`<section class="preview" aria-labelledby="step-preview">
    <h2 id="step-preview">${t.stepPreview}</h2>
    <div class="preview-controls">
      <fieldset><legend>${t.previewWidth}</legend>
        ${radio('width', 'phone', app.previewWidth === 'phone', t.phone, () => (app.previewWidth = 'phone'))}
        ${radio('width', 'desktop', app.previewWidth === 'desktop', t.desktop, () => (app.previewWidth = 'desktop'))}
      </fieldset>
      <fieldset><legend>${t.previewLanguage}</legend>
        ${radio('preview-lang', 'en', app.previewLang === 'en', html`<span lang="en">English</span>`, () => (app.previewLang = 'en'))}
        ${radio('preview-lang', 'es', app.previewLang === 'es', html`<span lang="es">Español</span>`, () => (app.previewLang = 'es'))}
      </fieldset>
    </div>
    <p id="preview-status" class="notice" role="status">${app.notice}</p>
    <div class="preview-scroll" role="region" tabindex="0" aria-label=${t.previewRegion}>
      <!-- The width through the CSSOM (.style): the page's CSP refuses a style attribute. -->
      <div class="preview-frame" id="preview-frame" lang=${app.previewLang}
        .style=${`width: ${app.previewWidth === 'phone' ? PHONE_WIDTH : DESKTOP_WIDTH}px`}></div>
    </div>
    ${shareStepPreview(app)}
  </section>`;
}

function snippetStep(app: App) {
  const t = STRINGS[app.uiLang];
  const hints = app.hints.map((key) => t[key]);
  const other = otherOutput(app);
  return html`<section class="snippet" aria-labelledby="step-snippet">
    <h2 id="step-snippet">${t.stepSnippet}</h2>
    ${outputChoice(app)}
    ${
      other ??
      html`${hints.length ? html`<div class="hints"><h3>${t.hints}</h3><ul>${hints.map((hint) => html`<li>${hint}</li>`)}</ul></div>` : nothing}
    ${baseField(app)}
    <label for="snippet-text">${t.snippet}</label>
    <textarea id="snippet-text" readonly rows="14" spellcheck="false" .value=${live(app.snippet)} aria-describedby="snippet-parts"></textarea>
    <p class="help" id="snippet-parts">${t.snippetParts}</p>
    ${fallbackNote(app)}
    ${
      app.config.lang || app.model.tag === 'btw-share'
        ? nothing
        : html`<p class="help" id="snippet-measured">${t.measuredIn(t.languageNames[app.previewLang])}</p>`
    }
    ${hostsStep(app)}
    <div class="copy-row">
      <button type="button" id="copy" aria-describedby=${untrustedHosts(app).length ? 'snippet-warning' : nothing} @click=${() => app.copy()}>${t.copy}</button>
      <p id="copy-status" role="status">${app.copyStatus === 'copied' ? t.copied : app.copyStatus === 'refused' ? t.copyRefused : ''}</p>
    </div>`
    }
  </section>`;
}

function baseField(app: App) {
  const t = STRINGS[app.uiLang];
  const note = fieldNote(app, 'base', 'f-base');
  // type="text": a folder path (/vendor/btw/0.1.0/) is a good answer too.
  return html`<div class="field">
    <label for="f-base">${t.base}</label>
    <input id="f-base" type="text" inputmode="url" spellcheck="false" .value=${live(String(app.shown('base')))} placeholder=${app.kitBase}
      aria-describedby="f-base-help ${note.ids}" aria-invalid=${note.invalid ? 'true' : 'false'}
      @input=${(event: Event) => app.setSetting('base', (event.target as HTMLInputElement).value)}>
    <p class="help" id="f-base-help">${t.baseHelp}</p>
    ${note.html}
  </div>`;
}
