// The builder's outputs besides the snippet: HTML for platforms that remove
// scripts (noscript.ts), and a share link to the site's share page. The choice
// lives in the URL (`output=noscript` or `output=link`).
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { App } from './app.js';
import { STRINGS } from './i18n.js';
import {
  isHttp,
  noScriptRecommendation,
  noScriptShare,
  noScriptSignup,
  shareLink,
  takesPlainForm,
} from './noscript.js';
import { OUTPUT_STRINGS } from './outputs-i18n.js';
import type { Output } from './state.js';

/** The output in force: a share link only for <btw-share>. */
export function currentOutput(app: App): Output {
  const output = app.config.output;
  return output === 'link' && app.model.tag !== 'btw-share' ? '' : output;
}

const defaultOf = (app: App, name: string) => app.model.fields.find((f) => f.name === name)?.default ?? '';

/** The text of the output field: the no-script HTML or the share link ('' when something is missing). */
export function outputText(app: App): string {
  const v = app.effective.values;
  const lang = app.fallbackLang;
  const tag = app.model.tag;
  if (currentOutput(app) === 'link') {
    const url = String(v.url ?? '').trim();
    return isHttp(url) ? shareLink(app.sharePage, url, String(v.text ?? '').trim(), lang) : '';
  }
  if (tag === 'btw-share') return noScriptShare(v, defaultOf(app, 'networks'), lang);
  if (tag === 'btw-signup') {
    return noScriptSignup(v, defaultOf(app, 'fields'), app.config.page || app.hostedPage || '', lang, app.noScriptForm);
  }
  const info = app.docInfo;
  const level = Number(v['heading-level'] || defaultOf(app, 'heading-level'));
  return info ? noScriptRecommendation(info, level, lang) : '';
}

/** The choice of output, at the top of the last step. */
export function outputChoice(app: App) {
  const o = OUTPUT_STRINGS[app.uiLang];
  const choices: [Output, string][] = [
    ['', o.outputSnippet],
    ['noscript', o.outputNoScript],
  ];
  if (app.model.tag === 'btw-share') choices.push(['link', o.outputLink]);
  const set = (output: Output) => () => {
    app.config.output = output;
    app.changed();
  };
  return html`<fieldset class="field outputs">
    <legend>${o.outputs}</legend>
    ${choices.map(
      ([value, text]) => html`<div class="check">
      <input type="radio" name="output" id="output-${value || 'snippet'}" .checked=${live(currentOutput(app) === value)} @change=${set(value)}>
      <label for="output-${value || 'snippet'}">${text}</label>
    </div>`,
    )}
    <p class="help"><a href="./docs/guides/platforms.html">${o.guide}</a></p>
  </fieldset>`;
}

/** The post's address, which every link of these outputs is built from (the element's `url`). */
function postUrl(app: App) {
  const o = OUTPUT_STRINGS[app.uiLang];
  const url = String(app.config.values.url ?? '');
  const wrong = !isHttp(url.trim());
  return html`<div class="field">
    <label for="f-post-url">${o.postUrl}</label>
    <input id="f-post-url" type="url" required .value=${live(url)} spellcheck="false" aria-invalid=${wrong && url ? 'true' : 'false'}
      aria-describedby="f-post-url-help f-post-url-error" @input=${(event: Event) => app.setValue('url', (event.target as HTMLInputElement).value)}>
    <p class="help" id="f-post-url-help">${o.postUrlHelp}</p>
    <p class="error" id="f-post-url-error" aria-live="polite">${wrong ? o.postUrlMissing : ''}</p>
  </div>`;
}

/** A sign-up's form choice, for platforms that keep forms. */
function formChoice(app: App) {
  const o = OUTPUT_STRINGS[app.uiLang];
  if (!takesPlainForm(app.effective.values)) return html`<p class="help" id="noscript-no-form">${o.noScriptNoForm}</p>`;
  return html`<div class="field check">
    <input type="checkbox" id="noscript-form" .checked=${live(app.noScriptForm)}
      @change=${(event: Event) => {
        app.noScriptForm = (event.target as HTMLInputElement).checked;
        app.changed();
      }}>
    <label for="noscript-form">${o.noScriptForm}</label>
  </div>`;
}

/** The preview sends nothing: a plain form there would leave the builder. */
function held(app: App) {
  return (event: Event) => {
    event.preventDefault();
    app.announce(STRINGS[app.uiLang].previewNothingSent);
  };
}

/** The output field, its help, its preview and the copy button, for `noscript` and `link`; none for the snippet. */
export function otherOutput(app: App) {
  const output = currentOutput(app);
  if (!output) return undefined;
  const o = OUTPUT_STRINGS[app.uiLang];
  const t = STRINGS[app.uiLang];
  const tag = app.model.tag;
  const text = outputText(app);
  const language = t.languageNames[app.fallbackLang];
  const label = output === 'link' ? o.shareLink : o.noScriptHtml;
  return html`
    ${tag === 'btw-share' ? postUrl(app) : nothing}
    ${output === 'noscript' && tag === 'btw-signup' ? formChoice(app) : nothing}
    <label for="snippet-text">${label}</label>
    <textarea id="snippet-text" readonly rows=${output === 'link' ? 3 : 14} spellcheck="false" .value=${live(text)}
      aria-describedby="output-help output-lang"></textarea>
    <p class="help" id="output-help">${output === 'link' ? o.shareLinkHelp : o.noScriptHelp}</p>
    <p class="help" id="output-lang">${o.writtenIn(language)}</p>
    ${text || output === 'link' ? nothing : html`<p class="error" id="output-empty">${o.noScriptEmpty[tag]}</p>`}
    <div class="copy-row">
      <button type="button" id="copy" ?disabled=${!text} @click=${() => app.copy()}>${o.copy}</button>
      <p id="copy-status" role="status">${app.copyStatus === 'copied' ? t.copied : app.copyStatus === 'refused' ? t.copyRefused : ''}</p>
      ${output === 'link' && text ? html`<a id="share-link-try" href=${text} target="_blank" rel="noopener">${o.shareLinkTry}</a>` : nothing}
    </div>
    ${
      output === 'noscript' && text
        ? html`<h3 id="noscript-preview-title" class="noscript-preview-title">${o.noScriptPreview}</h3>
        <div id="noscript-preview" class="noscript-preview" role="region" aria-labelledby="noscript-preview-title"
          @submit=${held(app)}>${unsafeHTML(text)}</div>`
        : nothing
    }
  `;
}

/** Under the snippet, with the widget's language on Automatic: which language its fallback is in, and why. */
export function fallbackNote(app: App) {
  if (app.config.lang || !app.fallback) return nothing;
  const language = STRINGS[app.uiLang].languageNames[app.fallbackLang];
  return html`<p class="help" id="fallback-lang">${OUTPUT_STRINGS[app.uiLang].fallbackIn(language)}</p>`;
}
