// The document studio: campaign staff edit a recommendation document as JSON,
// see every problem with its line, which fields each language takes from the
// default one, the real element in English and Spanish, and take it away as a
// file or a snippet. The page works from source (npm start) and from site/.
import { render } from 'lit';
import { copyField } from '../clipboard.js';
import { applyPageLang } from '../page-lang.js';
import { langFromUrl, STRINGS, type Lang } from './i18n.js';
import { check, lineOf, lineStart, type Check, type Problem } from './problems.js';
import { blankTemplate, exampleSrc, inlineSnippet, scriptTag, srcSnippet } from './snippets.js';
import { translationTable } from './translations.js';
import { Reserver, type Reserve } from './reserve.js';
import { view, type Handlers, type View } from './view.js';

const DEMO = new URL('./recommendations/root-causes.json', location.href);
const kit = new URL(document.documentElement.dataset.kit ?? './', location.href);
const main = document.querySelector<HTMLElement>('#studio')!;

const state = {
  lang: langFromUrl(),
  text: '',
  /** The text last loaded or started from: replacing it needs no confirmation. */
  pristine: '',
  /** Where relative URLs in the document (its image) are resolved for the preview. */
  base: location.href,
  caret: [1, 1] as [number, number],
  loading: true,
  loadFailed: false,
  result: { problems: [] } as Check,
  /** The text `result` describes. */
  checked: '',
  srcUrl: '',
  tag: undefined as string | undefined,
  copied: undefined as View['copied'],
  refused: undefined as View['refused'],
  /** The card's measured heights, reserved by the snippets (reserve.ts). */
  reserve: undefined as Reserve | undefined,
};

const reserver = new Reserver((reserve) => {
  if (reserve.phone === state.reserve?.phone && reserve.desktop === state.reserve?.desktop) return;
  state.reserve = reserve;
  update();
});

function viewState(): View {
  const doc = state.result.document;
  const t = STRINGS[state.lang];
  return {
    lang: state.lang,
    t,
    text: state.text,
    caret: state.caret,
    loading: state.loading,
    loadFailed: state.loadFailed,
    problems: state.result.problems,
    table: translationTable(state.result.value),
    valid: !!doc,
    inline: doc && inlineSnippet(doc, state.tag, t.fallbackLink, state.reserve),
    src: doc && srcSnippet(doc, state.srcUrl || exampleSrc(doc), state.tag, t.fallbackLink, state.reserve),
    srcUrl: state.srcUrl,
    srcPlaceholder: doc ? exampleSrc(doc) : '',
    copied: state.copied,
    refused: state.refused,
  };
}

function update() {
  render(view(viewState(), handlers), main);
}

/** Rebuilds the four preview elements from the current (valid) document. */
let previewed = '';
function updatePreviews() {
  const doc = state.result.document;
  if (!doc || previewed === state.text) return;
  previewed = state.text;
  // The preview's copy resolves relative image URLs against where the document came from.
  const copy = structuredClone(doc);
  for (const locale of Object.values(copy.locales)) {
    if (locale.image?.src) locale.image.src = new URL(locale.image.src, state.base).href;
  }
  const json = JSON.stringify(copy);
  reserver.sync(json);
  for (const frame of main.querySelectorAll<HTMLElement>('.preview')) {
    const element = document.createElement('btw-recommendation');
    element.setAttribute('lang', frame.dataset.lang!);
    element.setAttribute('variant', frame.dataset.variant!);
    element.setAttribute('heading-level', '4');
    element.toggleAttribute('share', frame.dataset.variant === 'full');
    // The `document` property, not a <script> child: script text is a Trusted Types sink.
    (element as HTMLElement & { document?: unknown }).document = JSON.parse(json);
    frame.querySelector('.frame')!.replaceChildren(element);
  }
}

let previewTimer: ReturnType<typeof setTimeout> | undefined;
function setText(text: string, { pristine = false } = {}) {
  // The result first (check never throws), so status, problems, snippets and
  // Download always describe this text.
  state.result = check(text);
  state.checked = text;
  state.text = text;
  if (pristine) state.pristine = text;
  state.copied = state.refused = undefined;
  update();
  clearTimeout(previewTimer);
  // Typing rebuilds the previews once a pause comes; a loaded document shows at once.
  if (pristine) updatePreviews();
  else previewTimer = setTimeout(updatePreviews, 250);
}

async function loadDemo() {
  state.loading = true;
  update();
  try {
    const response = await fetch(DEMO);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    state.base = DEMO.href;
    state.loadFailed = false;
    state.loading = false;
    setText(await response.text(), { pristine: true });
  } catch {
    state.loadFailed = true;
    state.loading = false;
    update();
  }
}

function setLang(lang: Lang) {
  state.lang = lang;
  applyPageLang(lang, STRINGS[lang]);
  update();
}

const textarea = () => main.querySelector<HTMLTextAreaElement>('#json')!;

function caretOf(area: HTMLTextAreaElement): [number, number] {
  const before = area.value.slice(0, area.selectionStart);
  return [lineOf(before, before.length), before.length - before.lastIndexOf('\n')];
}

/** Moves the caret to a problem's line, selects that line and scrolls it into view. */
function goTo(problem: Problem) {
  const area = textarea();
  const start = lineStart(state.text, problem.line);
  const end = state.text.indexOf('\n', start);
  area.focus();
  area.setSelectionRange(start, end < 0 ? state.text.length : end);
  const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 20;
  area.scrollTop = Math.max(0, (problem.line - 3) * lineHeight);
  state.caret = caretOf(area);
  update();
}

/** The next frame: a live region emptied in one frame and filled in the next is announced again. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

async function copy(which: 'inline' | 'src') {
  const field = main.querySelector<HTMLTextAreaElement>(`#${which}-snippet`)!;
  // The status empties first, so a second copy is announced again.
  state.copied = state.refused = undefined;
  update();
  const copied = await copyField(field);
  await nextFrame();
  if (copied) state.copied = which;
  else state.refused = which;
  update();
}

const handlers: Handlers = {
  start(which) {
    if (state.text !== state.pristine && !confirm(STRINGS[state.lang].startConfirm)) return;
    if (which === 'demo') void loadDemo();
    else {
      state.base = location.href;
      state.loadFailed = false;
      setText(blankTemplate(), { pristine: true });
    }
  },
  input(event) {
    const area = event.target as HTMLTextAreaElement;
    state.caret = caretOf(area);
    setText(area.value);
  },
  caret(event) {
    state.caret = caretOf(event.target as HTMLTextAreaElement);
    update();
  },
  goTo,
  download() {
    const doc = state.result.document;
    // Only ever the text the page describes as valid.
    if (!doc || state.checked !== state.text) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([state.checked], { type: 'application/json' }));
    link.download = `${doc.id.replace(/[^\w.-]+/g, '-') || 'recommendation'}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  },
  copy: (which) => void copy(which),
  srcUrl(event) {
    state.srcUrl = (event.target as HTMLInputElement).value;
    state.copied = state.refused = undefined;
    update();
  },
};

document.querySelector('.lang-switch')?.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLElement>('[data-set-lang]');
  if (button) setLang(button.dataset.setLang as Lang);
});

setLang(state.lang);
void scriptTag(kit).then((tag) => {
  state.tag = tag;
  update();
});
void loadDemo();
