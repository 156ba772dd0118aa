import { expect } from '@open-wc/testing';
import { checkLocale } from '../../demo/locales/check.js';
import en from '../../src/locales/en.js';
import { closePages, expectAccessible, openPage, until, type Page } from './site-page.js';

const french = (await (await fetch('/src/locales/fr.json')).json()) as Record<string, unknown>;
const TOTAL = Object.keys(en).length;
const withTerms = (changes: Record<string, unknown>, drop: string[] = []) =>
  JSON.stringify(Object.fromEntries(Object.entries({ ...french, ...changes }).filter(([key]) => !drop.includes(key))));

describe('the language checker', function () {
  this.timeout(30_000);

  describe('checks a language file', () => {
    it('finds nothing wrong in the complete French example', () => {
      const result = checkLocale(JSON.stringify(french));
      expect(result.findings).to.deep.equal([]);
      expect([result.given, result.total]).to.deep.equal([TOTAL, TOTAL]);
    });

    it('names a JSON syntax error, and a file that is not one object', () => {
      expect(checkLocale('{ "share": ').findings[0]!.kind).to.equal('syntax');
      expect(checkLocale('["share"]').findings).to.deep.equal([{ kind: 'not-object' }]);
    });

    it('lists unknown terms (a misspelling, or constructor) and missing ones', () => {
      const result = checkLocale(withTerms({ shareOnn: 'x', constructor: 'y' }, ['recRetry']));
      expect(result.findings).to.deep.include({ kind: 'unknown', key: 'shareOnn' });
      expect(result.findings).to.deep.include({ kind: 'unknown', key: 'constructor' });
      expect(result.findings).to.deep.include({ kind: 'missing', key: 'recRetry' });
      expect(result.given).to.equal(TOTAL - 1);
    });

    it('checks placeholders: a misspelt one, one a plain term cannot fill, and a value left out', () => {
      const result = checkLocale(
        withTerms({ shareOn: 'Partager sur {netwrok}', share: 'Partager {count}', recShowAll: 'Tout afficher' }),
      );
      expect(result.findings).to.deep.include({
        kind: 'placeholder',
        key: 'shareOn',
        found: 'netwrok',
        expected: 'network',
      });
      expect(result.findings).to.deep.include({
        kind: 'placeholder',
        key: 'share',
        found: 'count',
        expected: undefined,
      });
      // A count may go unsaid ("Show all actions"); a network name may not.
      expect(result.findings.filter((f) => 'key' in f && f.key === 'recShowAll')).to.deep.equal([]);
      expect(checkLocale(withTerms({ shareOn: 'Partager' })).findings).to.deep.include({
        kind: 'no-placeholder',
        key: 'shareOn',
        expected: 'network',
      });
    });

    it('checks forms: plural categories with `other`, every link kind, and `dir`', () => {
      const result = checkLocale(
        withTerms({ signupFixFields: { one: 'Un champ', plenty: 'x' }, recLink: 'Lire', dir: 'up' }),
      );
      expect(result.findings).to.deep.include({
        kind: 'forms',
        key: 'signupFixFields',
        missing: ['other'],
        unknown: ['plenty'],
      });
      expect(result.findings.find((f) => 'key' in f && f.key === 'recLink')).to.include({ kind: 'forms' });
      expect(result.findings).to.deep.include({ kind: 'dir', value: 'up' });
      expect(checkLocale(withTerms({ dir: 'rtl' })).findings).to.deep.equal([]);
    });
  });

  describe('the page', () => {
    afterEach(closePages);

    const status = (page: Page) =>
      page.doc.querySelector('#results-heading + [role="status"]')?.textContent?.trim() ?? '';
    const previewShare = (page: Page) => page.doc.querySelector('.locale-preview btw-share');
    const previewName = (page: Page, network: string) =>
      previewShare(page)?.shadowRoot?.querySelector(`[data-network="${network}"]`)?.getAttribute('aria-label') ?? '';

    async function open(query = '') {
      const page = await openPage(`/demo/locales.html${query}`);
      await until(() => page.doc.querySelector<HTMLTextAreaElement>('#terms')?.value, 'the French example loads');
      return page;
    }

    it('loads the French example, finds no problem, and previews the elements in French', async () => {
      const page = await open();
      expect(status(page)).to.equal(`${TOTAL} of ${TOTAL} terms. No problems.`);
      await until(
        () => previewName(page, 'x') === (french.shareOn as string).replace('{network}', 'X'),
        'the preview in French',
      );
      expect(page.doc.querySelector<HTMLTextAreaElement>('#snippet')!.value).to.contain('data-btw-locale="fr"');
      await expectAccessible(page);
    });

    it('shows each problem as the partner types, and previews the fix', async () => {
      const page = await open();
      const area = page.doc.querySelector<HTMLTextAreaElement>('#terms')!;
      area.value = withTerms({ shareOn: 'Teilen auf {netz}' }, ['recRetry']);
      area.dispatchEvent(new page.win.InputEvent('input', { bubbles: true }));
      await until(() => status(page).includes('2 problems'), 'two problems');
      const items = [...page.doc.querySelectorAll('.problems li')].map((li) => li.textContent!.trim());
      expect(items).to.deep.equal([
        '"shareOn" uses {netz}, which the kit does not fill: write {network}.',
        '"recRetry" is missing: readers see the English text.',
      ]);
      await expectAccessible(page);
    });

    it('speaks Spanish with ?lang=es, and marks a tag that is not one', async () => {
      const page = await open('?lang=es');
      expect(page.doc.querySelector('h1')!.textContent).to.equal('Revisor de idiomas');
      expect(page.doc.title).to.equal('Revisor de idiomas — widgets de Beyond the Wall');
      const tag = page.doc.querySelector<HTMLInputElement>('#tag')!;
      tag.value = 'not a tag';
      tag.dispatchEvent(new page.win.InputEvent('input', { bubbles: true }));
      await until(() => tag.getAttribute('aria-invalid') === 'true', 'the tag is marked');
      expect(page.doc.querySelector('#tag-help')!.textContent).to.equal(
        'Escribe una etiqueta de idioma como fr o pt-BR.',
      );
      await expectAccessible(page);
    });
  });
});
