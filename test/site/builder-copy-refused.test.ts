// Its own file: no key or click reaches this page from the test runner, so the
// browser refuses the clipboard to a script-made click (a real key press would
// allow it for a while). Nothing stands in for the clipboard.
import { expect } from '@open-wc/testing';
import { openBuilder, snippetText, until } from './builder-page.js';

describe('builder: copy refused by the browser', function () {
  // A builder page loads the kit's source and its manifests: slow on a loaded machine.
  this.timeout(30_000);
  it('selects the snippet instead and says how to copy it', async () => {
    const b = await openBuilder('?lang=es');
    let refused = false;
    await b.win.navigator.clipboard.writeText('probe').catch(() => (refused = true));
    expect(refused, 'the browser refuses the clipboard to this page').to.equal(true);

    b.doc.querySelector<HTMLButtonElement>('#copy')!.click();
    const status = await until(() => b.doc.querySelector('#copy-status')!.textContent, 'the message');
    expect(status).to.contain('Tu navegador no permitió copiar').and.contain('Ctrl+C');
    const area = b.doc.querySelector<HTMLTextAreaElement>('#snippet-text')!;
    expect(b.doc.activeElement).to.equal(area);
    expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, snippetText(b).length]);
    await expect(b.doc.documentElement).to.be.accessible();
    b.frame.remove();
  });
});
