import { expect } from '@open-wc/testing';
import { pasteFromClipboard } from '../helpers/clipboard.js';
import { sendKeys } from '@web/test-runner-commands';
import { closePages, expectAccessible, openPage, until, type Page } from './site-page.js';

/** The studio with the demo document loaded. */
async function openStudio(query = '', width = 1280) {
  const page = await openPage(`/demo/studio.html${query}`, { width });
  await until(
    () => page.doc.querySelector('#json') && page.doc.querySelector<HTMLTextAreaElement>('#json')!.value.length > 0,
    'the demo document loads',
  );
  return page;
}

/** The inline snippet once pinned and measured, when it stops changing (the card's reservation follows its renders). */
async function steadySnippet(page: Page) {
  const value = () => page.doc.querySelector<HTMLTextAreaElement>('#inline-snippet')!.value;
  let last = '';
  let same = 0;
  await until(() => {
    const now = value();
    same = now === last && /min-height[\s\S]*integrity=/.test(now) ? same + 1 : 0;
    last = now;
    return same >= 5;
  }, 'a steady snippet');
  return last;
}

const editor = (page: Page) => page.doc.querySelector<HTMLTextAreaElement>('#json')!;
const problems = (page: Page) => [...page.doc.querySelectorAll<HTMLButtonElement>('.problems button')];
const status = (page: Page) => page.doc.querySelector('#problems-heading + [role="status"]')!.textContent!.trim();

/** Replaces the editor's text as a paste would. */
function paste(page: Page, text: string) {
  const area = editor(page);
  area.focus();
  area.value = text;
  area.dispatchEvent(new page.win.InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

/** The rendered title of the preview of `variant` in `lang`. */
function previewTitle(page: Page, variant: string, lang: string) {
  const element = page.doc.querySelector(`.preview[data-variant="${variant}"][data-lang="${lang}"] btw-recommendation`);
  return element?.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() ?? '';
}

describe('document studio', function () {
  // Each test opens the whole page (the kit, Lit's development build, the document) in a frame.
  this.timeout(30_000);
  afterEach(closePages);

  describe('a valid document', () => {
    it('says so and shows the card and the full view in English and Spanish', async () => {
      const page = await openStudio();
      await until(() => previewTitle(page, 'full', 'es'), 'the previews render');
      expect(status(page)).to.equal('The document is valid.');
      expect(problems(page)).to.have.length(0);
      expect(page.doc.querySelector<HTMLElement>('.previews')!.checkVisibility()).to.be.true;
      expect(previewTitle(page, 'card', 'en')).to.equal('Partner with Central America on the root causes of migration');
      expect(previewTitle(page, 'full', 'en')).to.equal('Partner with Central America on the root causes of migration');
      expect(previewTitle(page, 'card', 'es')).to.equal('Trabajar con Centroamérica contra las causas de la migración');
      expect(previewTitle(page, 'full', 'es')).to.equal('Trabajar con Centroamérica contra las causas de la migración');
      const full = page.doc.querySelector('.preview[data-variant="full"][data-lang="en"] btw-recommendation')!;
      expect(full.shadowRoot!.querySelector('[part~="quote"]'), 'the full view has the quotes').to.exist;
      await expectAccessible(page);
    });

    it('previews the edited text after a pause in typing', async () => {
      const page = await openStudio();
      await until(() => previewTitle(page, 'card', 'en'), 'the previews render');
      paste(
        page,
        editor(page).value.replace('"Partner with Central America on the root causes of migration"', '"A new title"'),
      );
      // Each preview renders on its own: wait for both.
      await until(() => previewTitle(page, 'card', 'en') === 'A new title', 'the card shows the new title');
      await until(() => previewTitle(page, 'full', 'en') === 'A new title', 'the full view shows the new title');
      expect(previewTitle(page, 'card', 'es'), 'Spanish keeps its own title').to.equal(
        'Trabajar con Centroamérica contra las causas de la migración',
      );
    });
  });

  describe('an invalid document', () => {
    it('lists each problem with its path, message and line; selecting one moves the caret to that line', async () => {
      const page = await openStudio();
      const text = editor(page).value.replace(
        '"title": "Trabajar con Centroamérica contra las causas de la migración"',
        '"title": ""',
      );
      paste(page, text);
      const line = lineOf(text, '"title": ""');
      await until(() => problems(page).length === 1, 'one problem is listed');
      expect(status(page)).to.equal('1 problem. Select it to go to its line.');
      const [problem] = problems(page);
      expect(problem.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        `Line ${line} locales.es.title expected a non-empty string, found ""`,
      );
      expect(editor(page).getAttribute('aria-invalid')).to.equal('true');
      // The previews go away rather than show a document the element would refuse.
      expect(page.doc.querySelector<HTMLElement>('.previews')!.checkVisibility(), 'previews shown').to.be.false;
      expect(
        [...page.doc.querySelectorAll<HTMLElement>('.note')].some(
          (note) => note.checkVisibility() && note.textContent === 'The preview appears once the document is valid.',
        ),
      ).to.be.true;

      editor(page).setSelectionRange(0, 0);
      problem.focus();
      await sendKeys({ press: 'Enter' });
      expect(page.doc.activeElement).to.equal(editor(page));
      const before = text.slice(0, editor(page).selectionStart);
      expect(before.split('\n').length, 'the caret is on the line').to.equal(line);
      expect(before.endsWith('\n'), 'at its start').to.be.true;
      expect(page.doc.querySelector('#caret')!.textContent).to.equal(`Line ${line}, column 1`);
      await expectAccessible(page);
    });

    it('points a missing field at the object that lacks it', async () => {
      const page = await openStudio();
      const doc = JSON.parse(editor(page).value);
      delete doc.locales.en.summary;
      const text = JSON.stringify(doc, null, 2);
      paste(page, text);
      await until(() => problems(page).length === 1, 'one problem is listed');
      expect(problems(page)[0].textContent)
        .to.contain('locales.en.summary')
        .and.to.contain('required in the default locale');
      expect(problems(page)[0].textContent).to.contain(`Line ${lineOf(text, '"en": {')}`);
    });

    it('shows a JSON syntax error with its line', async () => {
      const page = await openStudio();
      const text = editor(page).value.replace('"id": "root-causes",', '"id": "root-causes"');
      paste(page, text);
      await until(() => problems(page).length > 0, 'the syntax error is listed');
      const first = problems(page)[0].textContent!.replace(/\s+/g, ' ');
      expect(first).to.contain('JSON syntax').and.to.contain('a comma (,) is missing');
      // Where the comma goes: after the item on the line before.
      expect(first).to.contain(`Line ${lineOf(text, '"id"')}`);
    });

    it('starts a blank template that lists what to write', async () => {
      const page = await openStudio();
      page.doc.querySelectorAll<HTMLButtonElement>('.toolbar button')[1].click();
      await until(() => problems(page).length > 0, 'the blank template is checked');
      const paths = problems(page).map((button) => button.querySelector('code')!.textContent);
      expect(paths).to.include.members(['locales.en.title', 'locales.en.summary', 'locales.en.actions[0].title']);
    });
  });

  describe('translations', () => {
    it('shows which fields of each locale fall back to the default locale', async () => {
      const page = await openStudio();
      const doc = JSON.parse(editor(page).value);
      delete doc.locales.es.summary;
      doc.locales.fr = { title: 'Un titre' };
      paste(page, JSON.stringify(doc, null, 2));
      await until(() => page.doc.querySelectorAll('.panel table thead th').length === 4, 'a column per locale');
      const headers = [...page.doc.querySelectorAll('.panel table thead th')].map((th) => th.textContent);
      expect(headers).to.deep.equal(['Field', 'en (default)', 'es', 'fr']);
      const row = (field: string) =>
        [...page.doc.querySelectorAll('.panel table tbody tr')]
          .find((tr) => tr.querySelector('th')!.textContent === field)!
          .querySelectorAll('td');
      expect([...row('title')].map((td) => td.textContent)).to.deep.equal(['Own text', 'Own text', 'Own text']);
      expect([...row('summary')].map((td) => td.textContent)).to.deep.equal([
        'Own text',
        'Falls back to en',
        'Falls back to en',
      ]);
    });
  });

  describe('snippets', () => {
    it('gives the document inline, pinned with the kit’s integrity hash, and a src snippet for the address typed', async () => {
      const page = await openStudio();
      await until(
        () => page.doc.querySelector<HTMLTextAreaElement>('#inline-snippet')!.value.includes('integrity="sha384-'),
        'the pinned script tag',
      );
      const manifest = await (await fetch('/dist/manifest.json')).json();
      const btw = manifest.files
        ? manifest.files.find(
            (f: { elements: string[] }) => f.elements.includes('btw-recommendation') && f.elements.length < 3,
          )
        : manifest;
      const inline = page.doc.querySelector<HTMLTextAreaElement>('#inline-snippet')!.value;
      expect(inline).to.contain(`integrity="${btw.integrity}" crossorigin="anonymous"`);
      expect(inline).to.contain('<script type="application/json">');
      expect(inline).to.contain('<h2>Partner with Central America on the root causes of migration</h2>');

      const input = page.doc.querySelector<HTMLInputElement>('#src-url')!;
      input.focus();
      input.select();
      await sendKeys({ type: 'https://partner.example/docs/root-causes.json' });
      const src = page.doc.querySelector<HTMLTextAreaElement>('#src-snippet')!.value;
      expect(src).to.match(
        /<btw-recommendation( class="btw-reserve")? src="https:\/\/partner\.example\/docs\/root-causes\.json">/,
      );
      expect(src).not.to.contain('application/json');
    });
  });

  describe('a snippet pasted into a blank page', () => {
    it('renders the document in the page’s language, with the kit checked against its hash', async () => {
      const page = await openStudio();
      await until(
        () => page.doc.querySelector<HTMLTextAreaElement>('#inline-snippet')!.value.includes('integrity='),
        'the pinned snippet',
      );
      const snippet = page.doc.querySelector<HTMLTextAreaElement>('#inline-snippet')!.value;
      const blank = document.createElement('iframe');
      blank.srcdoc = `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Entrada</title></head><body>${snippet}</body></html>`;
      document.body.append(blank);
      await new Promise((resolve) => blank.addEventListener('load', resolve, { once: true }));
      const element = blank.contentDocument!.querySelector('btw-recommendation')!;
      await until(() => element.shadowRoot?.querySelector('[part~="title"]'), 'the recommendation renders');
      expect(element.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim()).to.equal(
        'Trabajar con Centroamérica contra las causas de la migración',
      );
    });

    it('shows its fallback title and link where the kit does not load', async () => {
      const page = await openStudio();
      await until(
        () => page.doc.querySelector<HTMLTextAreaElement>('#inline-snippet')!.value.includes('integrity='),
        'the pinned snippet',
      );
      // A wrong hash: the browser refuses the kit, as it would refuse a changed file.
      const snippet = page.doc
        .querySelector<HTMLTextAreaElement>('#inline-snippet')!
        .value.replace(/integrity="sha384-[^"]+"/, 'integrity="sha384-AAAA"');
      const blank = document.createElement('iframe');
      blank.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Post</title></head><body>${snippet}</body></html>`;
      document.body.append(blank);
      // Module scripts run (or fail their integrity check) before the load event.
      await new Promise((resolve) => blank.addEventListener('load', resolve, { once: true }));
      const doc = blank.contentDocument!;
      expect(blank.contentWindow!.customElements.get('btw-recommendation')).to.equal(undefined);
      expect(doc.querySelector('btw-recommendation h2')!.textContent).to.equal(
        'Partner with Central America on the root causes of migration',
      );
      expect(doc.querySelector('btw-recommendation a')!.getAttribute('href')).to.equal(
        'https://example.org/beyond-the-wall/root-causes',
      );
    });
  });

  describe('copying', () => {
    it('copies the inline snippet with the keyboard and announces "Copied"', async () => {
      const page = await openStudio();
      const snippet = await steadySnippet(page);
      const button = [...page.doc.querySelectorAll<HTMLButtonElement>('.snippet button')][0];
      expect(button.textContent).to.equal('Copy');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => button.nextElementSibling!.textContent === 'Copied', 'the copy is announced');
      expect(button.nextElementSibling!.getAttribute('role')).to.equal('status');
      // Paste it back: what the reader gets.
      expect(await pasteFromClipboard()).to.equal(snippet);
    });
  });

  describe('interface', () => {
    it('is Spanish with ?lang=es, and switches language in place', async () => {
      const page = await openStudio('?lang=es');
      await until(() => status(page), 'the check ran');
      expect(page.doc.documentElement.lang).to.equal('es');
      expect(page.doc.querySelector('h1')!.textContent).to.equal('Estudio de documentos');
      expect(status(page)).to.equal('El documento es válido.');
      await expectAccessible(page);

      page.doc.querySelector<HTMLButtonElement>('[data-set-lang="en"]')!.click();
      expect(page.doc.querySelector('h1')!.textContent).to.equal('Document studio');
      expect(page.win.location.search).to.equal('');
    });

    it('is Spanish and accessible with an invalid document', async () => {
      const page = await openStudio('?lang=es');
      paste(page, editor(page).value.replace('"updated": "2020-02-01"', '"updated": "1 de febrero"'));
      await until(() => problems(page).length === 1, 'one problem');
      expect(status(page)).to.equal('1 problema. Selecciónalo para ir a su línea.');
      expect(problems(page)[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Línea 5 updated se esperaba una fecha (AAAA-MM-DD), pero se encontró "1 de febrero"',
      );
      await expectAccessible(page);
    });

    it('fits a 360 px phone without sideways scrolling', async () => {
      const page = await openStudio('', 360);
      await until(() => previewTitle(page, 'full', 'es'), 'the previews render');
      expect(page.doc.documentElement.scrollWidth).to.be.at.most(360);
      await expectAccessible(page);
    });
  });
});
