// A studio snippet keeps its space while the kit is late (demo/studio/reserve.ts),
// as the builder's do: pasted into a blog-style page at 360 and 1280 px, in English
// and Spanish, with the kit's script added only after the first paint, the page's
// layout shift (Chromium's Layout Instability API) stays 0 and the text after the
// card does not move.
import { expect } from '@open-wc/testing';
import { drawn } from '../helpers/frames.js';
import { closePages, openPage, until, type Page } from './site-page.js';

type LatePage = Window & { shifts: number[] };

/** A blog page holding the snippet without its script tag; the tag is added after the first paint. */
async function latePage(snippet: string, { width, lang, font }: { width: number; lang: string; font: string }) {
  const script = /<script type="module"[^>]*><\/script>/.exec(snippet)![0];
  const blank = document.createElement('iframe');
  blank.style.cssText = `width: ${width}px; height: 800px; border: 0; display: block`;
  blank.title = 'a blog post';
  blank.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Post</title>
<style>body { margin: 0 auto; padding: 0 16px; max-width: 1248px; font: ${font}; }</style>
<script>window.shifts = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifts.push(e.value); }).observe({ type: 'layout-shift', buffered: true });</script>
</head><body><h1>A post</h1><p>Before the card.</p>
${snippet.replace(script, '')}
<p id="after">After the card.</p></body></html>`;
  const loaded = new Promise((resolve) => blank.addEventListener('load', resolve, { once: true }));
  document.body.append(blank);
  await loaded;
  const win = blank.contentWindow as LatePage;
  await drawn(win);
  const doc = blank.contentDocument!;
  const top = () => doc.querySelector('#after')!.getBoundingClientRect().top;
  const before = top();
  // The kit arrives late: after the fallback has been painted.
  const template = doc.createElement('template');
  template.innerHTML = script;
  const late = doc.createElement('script');
  for (const { name, value } of template.content.firstElementChild!.attributes) late.setAttribute(name, value);
  doc.head.append(late);
  const element = doc.querySelector('btw-recommendation')!;
  await until(() => element.shadowRoot?.querySelector('[part~="title"]'), 'the card renders');
  await drawn(win);
  const result = { before, after: top(), cls: win.shifts.reduce((sum, value) => sum + value, 0) };
  blank.remove();
  return result;
}

describe('studio snippets with a late kit', function () {
  this.timeout(60_000);
  let studio: Page;
  before(async () => {
    studio = await openPage('/demo/studio.html');
    // The pinned snippet with its reservation, once it stops changing (the card's renders measure it again).
    let last = '';
    let same = 0;
    await until(() => {
      const now = studio.doc.querySelector<HTMLTextAreaElement>('#inline-snippet')?.value ?? '';
      same = now === last && /min-height[\s\S]*integrity="sha384-/.test(now) ? same + 1 : 0;
      last = now;
      return same >= 5;
    }, 'a steady snippet with its reservation');
  });
  after(closePages);

  for (const which of ['inline', 'src'] as const) {
    for (const width of [360, 1280]) {
      for (const lang of ['en', 'es']) {
        it(`${which} snippet, ${width} px, ${lang}: CLS 0`, async () => {
          let snippet = studio.doc.querySelector<HTMLTextAreaElement>(`#${which}-snippet`)!.value;
          // The src snippet reads the document from where the studio found it.
          if (which === 'src')
            snippet = snippet.replace(
              /(<btw-recommendation[^>]*) src="[^"]*"/,
              `$1 src="${new URL('/demo/recommendations/root-causes.json', location.href).href}"`,
            );
          const font = studio.win.getComputedStyle(studio.doc.body).font;
          const { before, after, cls } = await latePage(snippet, { width, lang, font });
          expect(after, 'the text after the card').to.equal(before);
          expect(cls).to.equal(0);
        });
      }
    }
  }
});
