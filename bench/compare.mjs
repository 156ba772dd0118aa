// `node bench/compare.mjs [--cpu N] [--runs N] a.js b.js ...`: before/after in ONE run.
// Each given build of dist/btw.js and shareon load the 200-widget bench page in turn
// (order alternating, fresh context each), medians of "all links ready" and of the
// longest task. The machine is noisy: compare bundles measured together, not runs.
import puppeteer from 'puppeteer-core';
import { btwSharePage, shareonPage } from './pages.mjs';
import { startBenchServer } from './serve.mjs';
import { CHROME_FLAGS, findBrowser } from '../scripts/browser.mjs';
let args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); if (i < 0) return d; const v = +args[i + 1]; args.splice(i, 2); return v; };
const cpu = opt('--cpu', 1), runs = opt('--runs', 7);
const bundles = args;
const server = await startBenchServer({
  bundles,
  pages: { '/many.html': () => btwSharePage(200), '/shareon.html': () => shareonPage(200) },
});
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
    await p.goto(`${server.origin}/${k === 's' ? 'shareon.html' : `many.html?b=${k}`}`, { waitUntil: 'load' });
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
