// The language checker: a partner pastes a language file (one JSON object of the
// kit's terms), sees every problem, and the three elements in that language. The
// preview uses the same <script data-btw-locale> a page would.
import { html, render } from 'lit';
import { applyPageLang } from '../page-lang.js';
import { checkLocale, type Check } from './check.js';
import { langFromUrl, STRINGS, type Lang } from './i18n.js';
import en from '../../src/locales/en.js';

const main = document.querySelector<HTMLElement>('#checker')!;
/** The complete French example, served with the kit's files. */
const EXAMPLE = new URL('locales/fr.json', new URL(document.documentElement.dataset.kit ?? './', location.href));
const TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

const state = {
  lang: langFromUrl(),
  tag: 'fr',
  text: '',
  result: undefined as Check | undefined,
};

/** The English terms as a file to start from: functions written with their placeholders. */
function englishFile() {
  const terms = Object.fromEntries(
    Object.entries(en).map(([key, value]) => [key, typeof value === 'string' ? value : key]),
  ) as Record<string, unknown>;
  terms.shareOn = 'Share on {network}';
  terms.signupFixFields = { one: 'One field needs your attention.', other: '{count} fields need your attention.' };
  terms.recShowAll = 'Show all {count} actions';
  terms.recLink = Object.fromEntries(
    ['article', 'podcast', 'commentary', 'data', 'video', 'more', 'campaign'].map((kind) => [
      kind,
      en.recLink(kind as 'more'),
    ]),
  );
  return JSON.stringify(terms, null, 2);
}

function view() {
  const t = STRINGS[state.lang];
  const result = state.result!;
  const tagOk = TAG.test(state.tag);
  const problems = result.findings;
  return html`
    <p class="intro">${t.intro}</p>
    <div class="studio">
      <section class="panel" aria-labelledby="terms-heading">
        <h2 id="terms-heading">${t.fileHeading}</h2>
        <div class="toolbar">
          <button type="button" @click=${startExample}>${t.startExample}</button>
          <button type="button" @click=${() => setText(englishFile())}>${t.startEnglish}</button>
        </div>
        <p>
          <label for="tag">${t.tagLabel}</label><br />
          <input id="tag" .value=${state.tag} aria-describedby="tag-help" aria-invalid=${String(!tagOk)} spellcheck="false" autocomplete="off"
            @input=${(event: Event) => setTag((event.target as HTMLInputElement).value)} />
          <span id="tag-help" class="note">${tagOk ? t.tagHelp : t.tagInvalid}</span>
        </p>
        <label for="terms">${t.termsLabel}</label>
        <textarea id="terms" rows="24" spellcheck="false" aria-describedby="terms-help" .value=${state.text}
          @input=${(event: Event) => setText((event.target as HTMLTextAreaElement).value)}></textarea>
        <p id="terms-help" class="note">${t.termsHelp}</p>
      </section>
      <div class="side">
        <section class="panel" aria-labelledby="results-heading">
          <h2 id="results-heading">${t.resultsHeading}</h2>
          <p role="status">${t.summary(result.given, result.total, problems.length)}</p>
          ${problems.length ? html`<ul class="problems">${problems.map((finding) => html`<li>${t.finding(finding)}</li>`)}</ul>` : ''}
        </section>
        <section class="panel" aria-labelledby="preview-heading">
          <h2 id="preview-heading">${t.previewHeading}</h2>
          <p class="note">${t.previewNote}</p>
          <div class="locale-preview"></div>
        </section>
        <section class="panel" aria-labelledby="snippet-heading">
          <h2 id="snippet-heading">${t.snippetHeading}</h2>
          <textarea id="snippet" class="snippet" readonly rows="10" spellcheck="false" aria-labelledby="snippet-heading" .value=${snippet()}></textarea>
        </section>
      </div>
    </div>
  `;
}

const snippet = () =>
  `<script type="application/json" data-btw-locale="${TAG.test(state.tag) ? state.tag : 'fr'}">\n${state.text.trim()}\n</script>`;

/** The elements in the checked language, made anew from a fresh locale script. */
function updatePreview() {
  const box = main.querySelector<HTMLElement>('.locale-preview');
  if (!box || !state.result?.terms || !TAG.test(state.tag)) return box?.replaceChildren();
  document.querySelector('script[data-btw-locale][data-checker]')?.remove();
  const script = Object.assign(document.createElement('script'), { type: 'application/json', textContent: state.text });
  script.dataset.btwLocale = state.tag;
  script.dataset.checker = '';
  document.head.append(script);
  const wrap = document.createElement('div');
  wrap.lang = state.tag;
  const share = Object.assign(document.createElement('btw-share'), {
    text: 'Beyond the wall',
    networks: 'x whatsapp email copy',
  });
  share.url = 'https://example.org/beyond-the-wall';
  const signup = Object.assign(document.createElement('btw-signup'), {
    action: 'https://example.org/api/signup',
    consent: true,
  });
  wrap.append(share, signup);
  box.replaceChildren(wrap);
}

/** Loads the French example into the editor; on failure, the English terms. */
async function startExample() {
  try {
    const response = await fetch(EXAMPLE);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    setText(JSON.stringify(await response.json(), null, 2), 'fr');
  } catch {
    setText(englishFile());
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
function setText(text: string, tag?: string) {
  state.text = text;
  if (tag) state.tag = tag;
  state.result = checkLocale(text);
  update();
  clearTimeout(timer);
  timer = setTimeout(updatePreview, 250);
}

function setTag(tag: string) {
  state.tag = tag.trim();
  update();
  clearTimeout(timer);
  timer = setTimeout(updatePreview, 250);
}

function setLang(lang: Lang) {
  state.lang = lang;
  applyPageLang(lang, STRINGS[lang]);
  update();
}

const update = () => render(view(), main);

document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLElement>('[data-set-lang]');
  if (button) setLang(button.dataset.setLang as Lang);
});

state.result = checkLocale(state.text);
setLang(state.lang);
void startExample();
