// The share step's controls in the builder's settings (share-step.ts holds its state and markup).
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { App } from './app.js';
import { isHttpUrl, noShareStep, SHARE_STEP_STRINGS, shareStepContent, type ShareStep } from './share-step.js';

/** The option and, when it is ticked, the text and the address to share. */
export function shareStepControls(app: App) {
  if (app.model.tag !== 'btw-signup') return nothing;
  const s = SHARE_STEP_STRINGS[app.uiLang];
  const step = app.config.shareStep ?? noShareStep();
  const set = (change: Partial<ShareStep>) => {
    app.config.shareStep = { ...step, ...change };
    app.changed();
  };
  const tick = (event: Event) => {
    const on = (event.target as HTMLInputElement).checked;
    // Ticked the first time: the campaign's line in the widget's language, and the list's own page if it has one.
    const page = isHttpUrl(app.config.page) ? app.config.page.trim() : '';
    set(
      on && !step.text && !step.url
        ? { on, text: SHARE_STEP_STRINGS[app.fallbackLang].defaultText, url: page }
        : { on },
    );
  };
  const wrong = step.url.trim() !== '' && !isHttpUrl(step.url);
  return html`<div class="field check">
      <input type="checkbox" id="f-share-step" .checked=${live(step.on)} aria-describedby="f-share-step-help" @change=${tick}>
      <label for="f-share-step">${s.option}</label>
      <p class="help" id="f-share-step-help">${s.optionHelp}</p>
    </div>
    ${
      step.on
        ? html`<div class="field">
          <label for="f-share-text">${s.text}</label>
          <textarea id="f-share-text" rows="3" .value=${live(step.text)}
            @input=${(event: Event) => set({ text: (event.target as HTMLTextAreaElement).value })}></textarea>
        </div>
        <div class="field">
          <label for="f-share-url">${s.url}</label>
          <input id="f-share-url" type="url" spellcheck="false" .value=${live(step.url)} aria-invalid=${wrong ? 'true' : 'false'}
            aria-describedby="f-share-url-help f-share-url-error" @input=${(event: Event) => set({ url: (event.target as HTMLInputElement).value })}>
          <p class="help" id="f-share-url-help">${s.urlHelp}</p>
          <p class="error" id="f-share-url-error" aria-live="polite">${wrong ? s.urlWrong : ''}</p>
        </div>`
        : nothing
    }`;
}

/** Under the preview: what readers see after signing up (the preview never sends one), the snippet's own markup. */
export function shareStepPreview(app: App) {
  const step = app.config.shareStep ?? noShareStep();
  // The slot's content shown in place: the same escaped markup the snippet holds.
  const content = shareStepContent(app.model.tag, step, app.fallbackLang);
  if (!content) return nothing;
  return html`<h3 id="share-step-preview-title">${SHARE_STEP_STRINGS[app.uiLang].previewTitle}</h3>
    <div class="preview-frame" id="share-step-preview" role="region" aria-labelledby="share-step-preview-title"
      lang=${app.config.lang || app.previewLang}>${unsafeHTML(content)}</div>`;
}
