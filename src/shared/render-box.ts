// The box every element renders into (see BtwElement), shared by the elements
// built on LitElement and <btw-share>, which is built on Lit's ReactiveElement.

/**
 * Everything renders into one box in the shadow root, which carries the
 * resolved language as `lang` and its direction as `dir`: an English fallback
 * on an Arabic page keeps its words, punctuation and numbers in order, and
 * screen readers speak it as English. Every shipped language is written left
 * to right.
 */
export function renderBox(root: HTMLElement | DocumentFragment): HTMLDivElement {
  const box = document.createElement('div');
  box.dir = 'ltr';
  root.appendChild(box);
  return box;
}

/** Sets the box's `lang`, only on a change: a written `lang` is a mutation the shared observer hears. */
export function setBoxLang(box: HTMLElement, lang: string): void {
  if (box.lang !== lang) box.lang = lang;
}
