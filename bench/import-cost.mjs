// `node bench/import-cost.mjs [--cpu N] a.js [b.js ...]`: what loading each build
// of the kit costs the page, before and around its first renders: the time of
// `await import()` (fetch from a local server, compile, evaluate, upgrade the
// elements already in the page) and the longest task (PerformanceObserver), on
// pages with 0, 1 and 200 <btw-share>; medians of 9 fresh loads each, 4x CPU by
// default. Found the grapheme segmenter made at load (see BENCHMARKS.md).
import { readFileSync } from 'node:fs';
import http from 'node:http';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findBrowser } from '../scripts/browser.mjs';

const args = process.argv.slice(2);
const cpuAt = args.indexOf('--cpu');
const cpu = cpuAt >= 0 ? Number(args.splice(cpuAt, 2)[1]) : 4;
const bundles = args.length ? args : ['dist/btw.js'];
const RUNS = 9;

const page = (count, b) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });</script>
</head><body>${'<btw-share url="https://example.org/"></btw-share>'.repeat(count)}
<script type="module">const t = performance.now(); await import('/kit.js?b=${b}'); window.__import = performance.now() - t;</script></body></html>`;

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const b = Number(url.searchParams.get('b'));
  if (url.pathname === '/page.html')
    return res.writeHead(200, { 'Content-Type': 'text/html' }).end(page(Number(url.searchParams.get('n')), b));
  if (url.pathname === '/kit.js')
    return res
      .writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' })
      .end(readFileSync(bundles[b]));
  res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: CHROME_FLAGS });
const median = (values) => values.sort((a, b) => a - b)[values.length >> 1];
console.log(`import-cost: ${cpu}x CPU, medians of ${RUNS}`);
for (const count of [0, 1, 200]) {
  for (const [b, bundle] of bundles.entries()) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.createBrowserContext();
      const tab = await context.newPage();
      const cdp = await tab.createCDPSession();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
      await tab.goto(`${origin}/page.html?n=${count}&b=${b}`, { waitUntil: 'load' });
      await tab.waitForFunction(() => window.__import !== undefined);
      await new Promise((resolve) => setTimeout(resolve, 300)); // long-task entries arrive late
      runs.push(await tab.evaluate(() => [window.__import, Math.max(0, ...window.__long)]));
      await context.close();
    }
    const importMs = median(runs.map((r) => r[0]));
    const longest = median(runs.map((r) => r[1]));
    console.log(
      `${String(count).padStart(3)} widgets  ${bundle}: import ${importMs.toFixed(1)} ms, longest task ${longest.toFixed(0)} ms`,
    );
  }
}
await browser.close();
server.close();
