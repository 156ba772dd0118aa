// The demo page's own script (plain JavaScript, no build): switches the page
// language, so every element can be seen following <html lang> at run time.
const root = document.documentElement;

const titles = { en: document.title, es: root.dataset.titleEs };

function setLanguage(lang) {
  root.lang = lang;
  document.title = titles[lang] ?? titles.en;
  for (const el of document.querySelectorAll('[data-en]')) {
    el.textContent = el.dataset[lang] ?? el.dataset.en ?? '';
  }
  // Landmark names, and links that lead to a page in the reader's language.
  for (const el of document.querySelectorAll('[data-label-en]')) {
    el.setAttribute('aria-label', el.dataset[lang === 'es' ? 'labelEs' : 'labelEn']);
  }
  for (const link of document.querySelectorAll('[data-href-es]')) {
    link.dataset.hrefEn ??= link.getAttribute('href');
    link.setAttribute('href', lang === 'es' ? link.dataset.hrefEs : link.dataset.hrefEn);
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

// Demo only: point the sign-up at a failing mode of the local endpoint (test/server),
// with a fresh key so "once" modes fail once per choice.
document.querySelector('#fail-mode')?.addEventListener('change', (event) => {
  const mode = event.target.value;
  const signup = document.querySelector('#signup btw-signup');
  const key = `demo-${Date.now()}`;
  signup?.setAttribute('action', mode ? `/api/signup?key=${key}&fail=${mode}` : '/api/signup');
});

// On the static site (site/, built by npm run build:site) there is no endpoint to
// post to: the sign-up is cancelled before sending, and the page says so.
if (root.hasAttribute('data-static')) {
  document.querySelector('#signup .demo-tools')?.remove();
  document.querySelector('#signup .static-note')?.removeAttribute('hidden');
  document.addEventListener('btw-signup-submit', (event) => event.preventDefault());
}
