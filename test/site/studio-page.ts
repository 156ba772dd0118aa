// The document studio as its tests open and read it (test/site/studio-*.test.ts).
import { openPage, until, type Page } from './site-page.js';

export async function openStudio(query = '') {
  const page = await openPage(`/demo/studio.html${query}`);
  await until(() => page.doc.querySelector<HTMLTextAreaElement>('#json')?.value, 'the demo document loads');
  await until(() => previewTitle(page), 'the previews render');
  return page;
}

export const editor = (page: Page) => page.doc.querySelector<HTMLTextAreaElement>('#json')!;
export const problems = (page: Page) =>
  [...page.doc.querySelectorAll('.problems button')].map((button) => button.textContent!.replace(/\s+/g, ' ').trim());
export const status = (page: Page) =>
  page.doc.querySelector('#problems-heading + [role="status"]')!.textContent!.trim();
export const download = (page: Page) =>
  [...page.doc.querySelectorAll<HTMLButtonElement>('button')].find(
    (button) => button.textContent === 'Download the JSON',
  )!;
export const previewsShown = (page: Page) => page.doc.querySelector<HTMLElement>('.previews')!.checkVisibility();
export const previewTitle = (page: Page) =>
  page.doc
    .querySelector('.preview[data-variant="card"][data-lang="en"] btw-recommendation')
    ?.shadowRoot?.querySelector('[part~="title"]')
    ?.textContent?.trim();

export function paste(page: Page, text: string) {
  const area = editor(page);
  area.focus();
  area.value = text;
  area.dispatchEvent(new page.win.InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
}
