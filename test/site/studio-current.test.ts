// The studio describes the text in the editor, always: status, problems,
// previews and Download follow it, or say plainly that it cannot be checked.
import { expect } from '@open-wc/testing';
import { closePages, expectAccessible, until, type Page } from './site-page.js';
import { download, editor, openStudio, paste, previewsShown, problems } from './studio-page.js';

/** The demo document with `edit` applied to its parsed value, as text. */
const edited = (page: Page, edit: (doc: any) => void) => {
  const doc = JSON.parse(editor(page).value);
  edit(doc);
  return JSON.stringify(doc, null, 2);
};

describe('document studio: what it shows is the current text', function () {
  this.timeout(30_000);
  afterEach(closePages);

  for (const key of ['constructor', '__proto__']) {
    it(`reports a locale named "${key}" like any other wrong locale name`, async () => {
      const page = await openStudio();
      const text = editor(page).value.replace('"locales": {', `"locales": {\n    "${key}": null,`);
      paste(page, text);
      await until(() => problems(page).length, 'the problems are listed');
      expect(problems(page)).to.deep.equal([
        `Line ${text.slice(0, text.indexOf(`"${key}"`)).split('\n').length} locales.${key} expected a language tag, found "${key}"`,
        `Line ${text.slice(0, text.indexOf(`"${key}"`)).split('\n').length} locales.${key} expected an object, found null`,
      ]);
      expect(previewsShown(page), 'previews shown').to.be.false;
      expect(download(page).disabled, 'Download disabled').to.be.true;
    });
  }

  it('flags half of a character (a lone surrogate) in a title, in English and Spanish', async () => {
    const page = await openStudio('?lang=es');
    const text = edited(page, (doc) => (doc.locales.en.title = 'Muro \uD83C')).replace('\uD83C', '\\ud83c');
    paste(page, text);
    await until(() => problems(page).length, 'the problem is listed');
    const line = text.slice(0, text.indexOf('\\ud83c')).split('\n').length;
    expect(problems(page)).to.deep.equal([
      `Línea ${line} locales.en.title medio carácter (un sustituto UTF-16 suelto, como un emoji cortado en dos): los lectores verían � en su lugar`,
    ]);
    expect(previewsShown(page), 'previews shown').to.be.false;
  });

  it('gives the src snippet a marked placeholder address, never a real-looking one, until the partner types theirs', async () => {
    const page = await openStudio();
    const snippet = () => page.doc.querySelector<HTMLTextAreaElement>('#src-snippet')!.value;
    const note = page.doc.querySelector<HTMLElement>('#src-replace')!;
    expect(snippet()).to.match(
      /<btw-recommendation( class="btw-reserve")? src="https:\/\/REPLACE-WITH-YOUR-SITE\.invalid\/recommendations\/root-causes\.json">/,
    );
    expect(snippet()).not.to.contain('example.org/recommendations');
    expect(note.checkVisibility(), 'the placeholder is pointed out').to.be.true;
    expect(page.doc.querySelector('#src-snippet')!.getAttribute('aria-describedby')).to.contain('src-replace');
    await expectAccessible(page);
    const input = page.doc.querySelector<HTMLInputElement>('#src-url')!;
    input.value = 'https://partner.example/docs/root-causes.json';
    input.dispatchEvent(new page.win.Event('input', { bubbles: true }));
    await until(
      () => snippet().includes('src="https://partner.example/docs/root-causes.json"'),
      'the typed address is used',
    );
    expect(note.checkVisibility(), 'no note once an address is typed').to.be.false;
  });
});
