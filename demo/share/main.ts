// The share page: `share.html#url=<encoded>&text=<encoded>&lang=es`. The state is
// in the fragment, so the shared address never reaches a server's logs; the page
// sends no referrer on (its meta tag). Any http(s) address gets the full
// <btw-share>; anything else (javascript:, data:, garbage, nothing) gets a
// message and no link at all.
import { html, nothing, render } from 'lit';
import type { Locale } from '../../src/locales/index.js';
import { STRINGS } from './i18n.js';

export interface ShareState {
  /** The address to share, or undefined when the fragment holds no usable http(s) address. */
  url?: string;
  text: string;
  lang: Locale;
}

/** The state a fragment holds (`#url=…&text=…&lang=…`). */
export function readFragment(hash: string, browserLanguage = navigator.language): ShareState {
  const query = new URLSearchParams(hash.replace(/^#/, ''));
  const asked = query.get('lang');
  const lang: Locale = asked === 'es' || asked === 'en' ? asked : /^es\b/i.test(browserLanguage) ? 'es' : 'en';
  const raw = (query.get('url') ?? '').trim();
  let url: string | undefined;
  // Written in full with its scheme, and a URL the browser can parse with a host.
  if (/^https?:\/\/[^\s]+$/i.test(raw)) {
    try {
      const parsed = new URL(raw);
      if ((parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname) url = parsed.href;
    } catch {
      url = undefined;
    }
  }
  return { url, text: (query.get('text') ?? '').trim(), lang };
}

/** The same fragment in the other language. */
function otherLanguage(state: ShareState): string {
  const query = new URLSearchParams(location.hash.replace(/^#/, ''));
  query.set('lang', state.lang === 'es' ? 'en' : 'es');
  return `#${query.toString().replace(/\+/g, '%20')}`;
}

function page(state: ShareState) {
  const t = STRINGS[state.lang];
  // Without a text of its own the message names the site shared, not this page's title.
  const text = state.url ? state.text || new URL(state.url).hostname : '';
  return html`<header class="site-header"><p class="brand">Beyond the Wall</p></header>
    <main id="main">
      <h1>${state.url ? t.title : t.problemTitle}</h1>
      ${
        state.url
          ? html`<p>${t.intro}</p>
          <div class="shared">
            <p class="label">${t.sharing}</p>
            ${state.text ? html`<p class="text">${state.text}</p>` : nothing}
            <p><code>${state.url}</code></p>
          </div>
          <btw-share url=${state.url} text=${text} lang=${state.lang}></btw-share>`
          : html`<div class="problem" id="problem">
          <p>${t.problem}</p>
          <p>${t.problemHelp}</p>
        </div>`
      }
      ${state.url ? html`<p class="lang-note"><a href=${otherLanguage(state)} lang=${state.lang === 'es' ? 'en' : 'es'}>${t.otherLanguage}</a></p>` : nothing}
    </main>`;
}

function draw() {
  const state = readFragment(location.hash);
  document.documentElement.lang = state.lang;
  document.title = `${STRINGS[state.lang].title} — Beyond the Wall`;
  render(page(state), document.body);
}

addEventListener('hashchange', draw);
draw();
