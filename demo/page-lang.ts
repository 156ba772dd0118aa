// The language switch of the site's tool pages (the studio, the language checker):
// one function puts the whole page chrome in the chosen language.

/** A page's strings: its title, maybe its docs address, and the texts its markup names. */
type PageStrings = { pageTitle: string; docsHref?: string } & Record<string, unknown>;

/**
 * Writes `lang` on the page: `<html lang>`, the title, the switch's pressed button, the
 * texts marked `data-t`, the landmark names marked `data-t-label`, the docs link when
 * the strings name one (`docsHref`), and `?lang=es` in the address (replaced, not pushed).
 */
export function applyPageLang(lang: string, strings: PageStrings): void {
  document.documentElement.lang = lang;
  document.title = strings.pageTitle;
  for (const button of document.querySelectorAll<HTMLElement>('[data-set-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.setLang === lang));
  }
  for (const node of document.querySelectorAll<HTMLElement>('[data-t]'))
    node.textContent = strings[node.dataset.t!] as string;
  for (const landmark of document.querySelectorAll<HTMLElement>('[data-t-label]')) {
    landmark.setAttribute('aria-label', strings[landmark.dataset.tLabel!] as string);
  }
  if (strings.docsHref) document.querySelector('[data-t="navDocs"]')?.setAttribute('href', strings.docsHref);
  const url = new URL(location.href);
  if (lang === 'es') url.searchParams.set('lang', 'es');
  else url.searchParams.delete('lang');
  history.replaceState(null, '', url);
}
