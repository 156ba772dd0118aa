// The demo page: loads the kit from source and switches the page language, so
// every element can be seen following <html lang> at run time.
import '../src/index.js';

const root = document.documentElement;

function setLanguage(lang: string) {
  root.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-en]')) {
    el.textContent = el.dataset[lang] ?? el.dataset.en ?? '';
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('.lang-switch button')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
}

document.querySelector('.lang-switch')?.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-lang]');
  if (button) setLanguage(button.dataset.lang!);
});

const requested = new URLSearchParams(location.search).get('lang');
if (requested === 'es' || requested === 'en') setLanguage(requested);
