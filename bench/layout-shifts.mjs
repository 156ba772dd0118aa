// `node bench/layout-shifts.mjs [path]`: loads the demo (scripts/preview.mjs, built
// bundle) on a throttled mobile profile (slow 4G, 4x CPU, 412x823; VIEWPORT=1350x940
// for another size) and prints every
// layout shift with the nodes that moved: where a CLS figure comes from.
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findBrowser } from '../scripts/browser.mjs';
import { startPreview } from '../scripts/preview.mjs';
const preview = await startPreview();
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: CHROME_FLAGS });
const page = await browser.newPage();
const [width, height] = (process.env.VIEWPORT ?? '412x823').split('x').map(Number);
await page.setViewport({ width, height, deviceScaleFactor: width > 800 ? 1 : 1.75, isMobile: width <= 800 });
await page.evaluateOnNewDocument(() => {
  window.__shifts = [];
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__shifts.push({ paint: e.name, t: e.startTime });
  }).observe({ type: 'paint', buffered: true });
  document.addEventListener('DOMContentLoaded', () =>
    window.__shifts.push({
      dcl: performance.now(),
      lang: document.documentElement.lang,
      h1: document.querySelector('h1')?.textContent,
    }),
  );
  new PerformanceObserver((l) => {
    for (const e of l.getEntries())
      window.__shifts.push({
        v: e.value,
        t: e.startTime,
        s: e.sources.map(
          (s) =>
            (s.node ? s.node.nodeName + ' ' + (s.node.id || s.node.className || '') : '?') +
            ' ' +
            JSON.stringify([s.previousRect.y, s.currentRect.y, s.previousRect.height, s.currentRect.height]),
        ),
      });
  }).observe({ type: 'layout-shift', buffered: true });
});
const cdp = await page.createCDPSession();
await cdp.send('Network.emulateNetworkConditions', {
  offline: false,
  latency: 150,
  downloadThroughput: 1.6e6 / 8,
  uploadThroughput: 750e3 / 8,
});
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.goto(`${preview.origin}${process.argv[2] ?? '/demo/'}`, { waitUntil: 'networkidle0' });
await new Promise((r) => setTimeout(r, 1000));
console.log(JSON.stringify(await page.evaluate(() => window.__shifts), null, 1));
await browser.close();
preview.close();
