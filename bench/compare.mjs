// `node bench/compare.mjs [--cpu N] [--runs N] a.js b.js ...`: before/after in ONE run.
// Each given build of a bundle (served as /dist/btw-share.js) and shareon load the
// 200-widget bench page in turn (order alternating, fresh context each): medians of
// the first widget's links ready (counted from DOM parsed), "all links ready",
// main-thread CPU, JavaScript time, JS heap after GC (minus a blank page), the
// longest task and the layout shift (CLS) of the load. The machine is noisy:
// compare bundles measured together, not runs.
import puppeteer from 'puppeteer-core';
import { btwSharePage, shareonPage } from './pages.mjs';
import { measure, median } from './measure.mjs';
import { startBenchServer } from './serve.mjs';
import { CHROME_FLAGS, findBrowser } from '../scripts/browser.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  args.splice(i, 2);
  return value;
};
const cpu = opt('--cpu', 1);
const runs = opt('--runs', 7);
const bundles = args;
const server = await startBenchServer({
  bundles,
  pages: { '/many.html': () => btwSharePage(200), '/shareon.html': () => shareonPage(200) },
});
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: CHROME_FLAGS });
const keys = [...bundles.map((_, i) => String(i)), 's', 'blank'];
const res = Object.fromEntries(
  keys.map((k) => [k, { fromParsed: [], last: [], longest: [], cpu: [], script: [], heap: [], cls: [] }]),
);
for (let run = 0; run < runs; run++) {
  const order = run % 2 ? [...keys].reverse() : keys;
  for (const k of order) {
    const path = k === 's' ? '/shareon.html' : k === 'blank' ? '/blank.html' : `/many.html?b=${k}`;
    const m = await measure(browser, server.origin, path, { throttle: cpu });
    for (const key of Object.keys(res[k])) if (m[key] !== undefined) res[k][key].push(m[key]);
  }
}
const blank = median(res.blank.heap);
const line = (name, r, base) => {
  const x = (key, f = (v) => v) => `${(f(median(r[key])) / f(median(base[key]))).toFixed(2)}x`;
  const heap = (v) => v - blank;
  return `${name}: first ${median(r.fromParsed).toFixed(0)} ms ${x('fromParsed')}, ready ${median(r.last).toFixed(0)} ms ${x('last')}, CPU ${median(r.cpu).toFixed(0)} ms ${x('cpu')}, JS ${median(r.script).toFixed(0)} ms ${x('script')}, heap ${(heap(median(r.heap)) / 1024).toFixed(0)} kB ${x('heap', heap)}, longest task ${median(r.longest)} ms, CLS ${median(r.cls).toFixed(3)}`;
};
console.log(`cpu ${cpu}x, ${runs} runs, ratios to shareon; blank page heap ${(blank / 1024).toFixed(0)} kB`);
bundles.forEach((b, i) => console.log(line(b, res[i], res.s)));
console.log(line('shareon', res.s, res.s));
await browser.close();
server.close();
