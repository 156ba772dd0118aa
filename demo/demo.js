// The demo page's own script (plain JavaScript, no build): switches the page
// language, so every element can be seen following <html lang> at run time.
const root = document.documentElement;

function setLanguage(lang) {
  root.lang = lang;
  for (const el of document.querySelectorAll('[data-en]')) {
    el.textContent = el.dataset[lang] ?? el.dataset.en ?? '';
  }
  for (const button of document.querySelectorAll('.lang-switch button')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
}

document.querySelector('.lang-switch')?.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-lang]');
  if (button) setLanguage(button.dataset.lang);
});

const requested = new URLSearchParams(location.search).get('lang');
if (requested === 'es' || requested === 'en') setLanguage(requested);
