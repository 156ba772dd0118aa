// Copy pressed as soon as the builder shows a snippet: what is copied holds the
// height the widget ends up with, not a height measured before it finished drawing.
import { expect } from '@open-wc/testing';
import origin from '../server/origin.js';
import { fill, openBuilder, previewElement, snippetText, steady, until, type Builder } from './builder-page.js';
import { openPage } from './site-page.js';

/**
 * What the Copy button hands to the clipboard, recorded on its way: the browser still
 * refuses it here (no key reached the page), and the builder then selects the snippet.
 */
function recordCopies(page: Builder): string[] {
  const copied: string[] = [];
  const clipboard = page.win.navigator.clipboard;
  const write = clipboard.writeText.bind(clipboard);
  clipboard.writeText = (text: string) => (copied.push(text), write(text));
  return copied;
}

const heights = (text: string) => [...text.matchAll(/min-height: (\d+)px/g)].map(([, px]) => Number(px));

describe('builder: Copy pressed early', function () {
  this.timeout(60_000);
  let b: Builder | undefined;
  afterEach(() => b?.frame.remove());

  it('copies the reservation of the finished widget (a card with its share buttons)', async () => {
    const json = await (await fetch('/demo/recommendations/root-causes.json')).text();
    const state = new URLSearchParams({ element: 'btw-recommendation', doc: json, share: '' });
    b = await openPage(`/demo/builder.html#${state}`);
    const page = b;
    const copied = recordCopies(page);
    const shown = () => page.doc.querySelector<HTMLTextAreaElement>('#snippet-text')?.value ?? '';
    await until(() => /min-height: \d+px/.test(shown()), 'a first reservation');
    page.doc.querySelector<HTMLButtonElement>('#copy')!.click();
    await until(() => copied.length > 0, 'the copy');
    await steady(page);
    const final = heights(snippetText(page));
    expect(heights(copied[0]!), 'the copied reservation').to.deep.equal(final);
  });

  it('copies the reservation of the loaded card, not of its loading line, when the document is still on its way', async () => {
    b = await openBuilder('#element=btw-recommendation&share=');
    const page = b;
    const copied = recordCopies(page);
    // Slow, but under the 3 s Copy waits for the preview's read (and as long again for the
    // builder's own read, for the fallback's title, which follows it).
    fill(page, '#f-src', `${origin}/api/documents/root-causes?delay=800`);
    await until(() => snippetText(page).includes('delay=800'), 'the typed address in the snippet');
    page.doc.querySelector<HTMLButtonElement>('#copy')!.click();
    await until(() => copied.length > 0, 'the copy');
    await until(
      () => (previewElement(page) as (Element & { state?: string }) | undefined)?.state === 'ready',
      'the card',
    );
    await steady(page);
    const final = heights(snippetText(page));
    expect(heights(copied[0]!), 'the copied reservation').to.deep.equal(final);
  });
});
