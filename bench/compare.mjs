// `node bench/compare.mjs [--cpu N] [--runs N] a.js b.js ...`: before/after in ONE run.
// Each given build of dist/btw.js and shareon load the 200-widget bench page in turn
// (order alternating, fresh context each), medians of "all links ready" and of the
// longest task. The machine is noisy: compare bundles measured together, not runs.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { btwSharePage, shareonPage } from './pages.mjs';
import { CHROME_FLAGS, findBrowser } from '../scripts/browser.mjs';
let args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); if (i < 0) return d; const v = +args[i + 1]; args.splice(i, 2); return v; };
const cpu = opt('--cpu', 1), runs = opt('--runs', 7);
const bundles = args;
const R = new URL('..', import.meta.url).pathname;
const server = http.createServer((req, res) => {
  const u = new URL(req.url, 'http://x');
  const js = { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' };
  if (u.pathname === '/dist/btw.js') return res.writeHead(200, js).end(readFileSync(bundles[+u.searchParams.get('b') || 0]));
  if (u.pathname === '/bench/probe.js') return res.writeHead(200, js).end(readFileSync(R + 'bench/probe.js'));
  if (u.pathname === '/shareon/shareon.iife.js') return res.writeHead(200, js).end(readFileSync(R + 'node_modules/shareon/dist/shareon.iife.js'));
  if (u.pathname === '/shareon/shareon.min.css') return res.writeHead(200, { 'Content-Type': 'text/css' }).end(readFileSync(R + 'node_modules/shareon/dist/shareon.min.css'));
  const b = u.searchParams.get('b');
  const html = b === 's' ? shareonPage(200) : btwSharePage(200).replace('/dist/btw.js', `/dist/btw.js?b=${b}`);
  res.writeHead(200, { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' }).end(html);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: CHROME_FLAGS });
const keys = [...bundles.map((_, i) => String(i)), 's'];
const res = Object.fromEntries(keys.map((k) => [k, { last: [], longest: [] }]));
for (let run = 0; run < runs; run++) {
  const order = run % 2 ? [...keys].reverse() : keys;
  for (const k of order) {
    const ctx = await browser.createBrowserContext();
    const p = await ctx.newPage();
    const cdp = await p.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await p.goto(`http://127.0.0.1:${server.address().port}/p.html?b=${k}`, { waitUntil: 'load' });
    await p.waitForFunction(() => window.__probe.last !== null, { polling: 50, timeout: 60000 });
    const pr = await p.evaluate(() => window.__probe); res[k].last.push(pr.last); res[k].longest.push(Math.max(0, ...pr.longTasks));
    await ctx.close();
  }
}
const med = (a) => { const s = [...a].sort((x, y) => x - y); return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const s = med(res.s.last);
console.log(`cpu ${cpu}, ${runs} runs; shareon ${s.toFixed(1)} ms`);
bundles.forEach((b, i) => console.log(`${b}: ${med(res[i].last).toFixed(1)} ms = ${(med(res[i].last) / s).toFixed(2)}x, longest task ${med(res[i].longest)} ms`));
console.log(`shareon longest ${med(res.s.longest)}`);
await browser.close();
server.close();
