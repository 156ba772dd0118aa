// `node bench/style-layout.mjs a.js b.js ...`: style and layout cost of 200 rendered
// <btw-share> from scratch (their container display: none -> block, forced), median
// of 40 per build, builds interleaved. Free of script and network noise.
import puppeteer from 'puppeteer-core';
import { btwSharePage } from './pages.mjs';
import { startBenchServer } from './serve.mjs';
import { CHROME_FLAGS, findBrowser } from '../scripts/browser.mjs';
const bundles = process.argv.slice(2);
const server = await startBenchServer({ bundles, pages: { '/p.html': () => btwSharePage(200) } });
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: CHROME_FLAGS });
const results = bundles.map(() => ({ style: [], layout: [], both: [] }));
for (let round = 0; round < 4; round++) {
  for (let b = 0; b < bundles.length; b++) {
    const p = await browser.newPage();
    await p.goto(`${server.origin}/p.html?b=${b}`, { waitUntil: 'load' });
    await p.waitForFunction(() => window.__probe.last !== null, { polling: 50 });
    const r = await p.evaluate(async () => {
      const main = document.querySelector('main');
      const probe = document.querySelectorAll('btw-share')[199].shadowRoot.querySelector('span');
      const out = { style: [], layout: [], both: [] };
      for (let i = 0; i < 12; i++) {
        main.style.display = 'none';
        void main.offsetHeight;
        main.style.display = '';
        const t0 = performance.now();
        void getComputedStyle(probe).color; // style of everything up to it
        const t1 = performance.now();
        void main.offsetHeight; // layout
        const t2 = performance.now();
        out.style.push(t1 - t0);
        out.layout.push(t2 - t1);
        out.both.push(t2 - t0);
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      }
      return out;
    });
    for (const k of ['style', 'layout', 'both']) results[b][k].push(...r[k].slice(2));
    await p.close();
  }
}
const med = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s[s.length >> 1];
};
bundles.forEach((b, i) =>
  console.log(
    `${b}: style ${med(results[i].style).toFixed(1)} layout ${med(results[i].layout).toFixed(1)} both ${med(results[i].both).toFixed(1)} ms`,
  ),
);
await browser.close();
server.close();
