// A document nested deeper than the engine can check: Chromium's stack ends before
// 10,000 levels, Firefox's does not (there the same text is simply checked), so this
// runs in Chromium, in the chromium-only group.
import { expect } from '@open-wc/testing';
import { closePages, expectAccessible, until } from './site-page.js';
import { download, editor, openStudio, paste, previewsShown, problems, status } from './studio-page.js';

describe('document studio: a document too deep to check', function () {
  this.timeout(30_000);
  afterEach(closePages);

  it('says that a document nested 10,000 levels deep cannot be checked, and offers no download', async () => {
    const page = await openStudio();
    const text = editor(page).value.replace('"id":', `"deep": ${'['.repeat(10_000)}${']'.repeat(10_000)},\n  "id":`);
    paste(page, text);
    await until(() => status(page) !== 'The document is valid.', 'the status changes');
    expect(problems(page)).to.deep.equal(['Line 1 JSON syntax the document is nested too deeply to be checked']);
    expect(status(page)).to.equal('1 problem. Select it to go to its line.');
    expect(previewsShown(page), 'previews shown').to.be.false;
    expect(download(page).disabled, 'Download disabled').to.be.true;
    await expectAccessible(page);
  });
});
