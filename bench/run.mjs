// `npm run bench [-- --runs N]`: <btw-share> from dist/btw.js against shareon in
// one Chromium, on the same networks, alternating which goes first, medians over
// N runs; plus one of each of our elements. Prints a table and writes
// bench/results.json. See BENCHMARKS.md for the method.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findBrowser } from '../scripts/browser.mjs';
import { FILES, MANY, reserved, root, startBenchServer } from './serve.mjs';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || (args.includes('--runs') ? 1 : 7);
if (!existsSync(`${root}dist/btw.js`)) {
  console.error('bench: dist/btw.js is missing; run "npm run build" first.');
  process.exit(1);
}

/** Bytes a reader downloads for each tool: raw, gzip -9, brotli -q 11. */
function transfer(paths) {
  const sum = { raw: 0, gzip: 0, brotli: 0 };
  for (const path of paths) {
    const data = readFileSync(`${root}${FILES[path]}`);
    sum.raw += data.length;
    sum.gzip += gzipSync(data, { level: 9 }).length;
    sum.brotli += brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return sum;
}

/** One page load in a fresh browser context (no cache): its probe's figures and heap after GC. */
async function measure(browser, origin, path, { throttle = 1 } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__probe.last !== null, { timeout: 60_000, polling: 50 });
  await new Promise((resolve) => setTimeout(resolve, 300)); // late shifts and tasks
  const probe = await page.evaluate(() => window.__probe);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  await context.close();
  return {
    first: probe.first,
    last: probe.last,
    tbt: probe.longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
    longest: Math.max(0, ...probe.longTasks),
    cls: probe.cls,
    heap,
  };
}

/** The rendered height of one widget on the bench page, in CSS px: what a blogger would reserve. */
async function widgetHeight(browser, origin) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${origin}/btw-1.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__probe.first !== null, { timeout: 60_000, polling: 50 });
  const height = await page.evaluate(() => document.querySelector('btw-share').getBoundingClientRect().height);
  await context.close();
  return height;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function summarize(samples) {
  const out = {};
  for (const key of Object.keys(samples[0])) out[key] = median(samples.map((s) => s[key]));
  return out;
}

async function main() {
  const server = await startBenchServer();
  const { origin } = server;
  const browser = await puppeteer.launch({ executablePath: findBrowser(), args: CHROME_FLAGS, headless: true });
  reserved.height = await widgetHeight(browser, origin);
  const scenarios = [
    { name: 'one widget', throttle: 1, btw: '/btw-1.html', shareon: '/shareon-1.html' },
    { name: 'one widget, 4x CPU', throttle: 4, btw: '/btw-1.html', shareon: '/shareon-1.html' },
    { name: `${MANY} widgets`, throttle: 1, btw: `/btw-${MANY}.html`, shareon: `/shareon-${MANY}.html` },
    { name: `${MANY} widgets, 4x CPU`, throttle: 4, btw: `/btw-${MANY}.html`, shareon: `/shareon-${MANY}.html` },
    // As the README tells a blogger: the page reserves each widget's measured height.
    { name: `${MANY} widgets, space reserved`, throttle: 1, btw: `/btw-${MANY}-reserved.html`, shareon: `/shareon-${MANY}.html` },
    { name: `${MANY} widgets, space reserved, 4x CPU`, throttle: 4, btw: `/btw-${MANY}-reserved.html`, shareon: `/shareon-${MANY}.html` },
  ];
  const results = { runs: RUNS, date: new Date().toISOString(), chromium: await browser.version(), reservedPx: reserved.height, scenarios: [] };
  results.transfer = { btw: transfer(['/dist/btw.js']), shareon: transfer(['/shareon/shareon.iife.js', '/shareon/shareon.min.css']) };
  for (const scenario of scenarios) {
    const samples = { btw: [], shareon: [] };
    for (let run = 0; run < RUNS; run++) {
      const order = run % 2 ? ['shareon', 'btw'] : ['btw', 'shareon'];
      for (const tool of order) samples[tool].push(await measure(browser, origin, scenario[tool], scenario));
    }
    results.scenarios.push({ name: scenario.name, btw: summarize(samples.btw), shareon: summarize(samples.shareon) });
  }
  const kitSamples = [];
  for (let run = 0; run < RUNS; run++) kitSamples.push(await measure(browser, origin, '/kit.html'));
  results.kit = summarize(kitSamples);
  await browser.close();
  server.close();
  report(results);
  writeFileSync(`${root}bench/results.json`, `${JSON.stringify(results, null, 2)}\n`);
}

function report(results) {
  const ms = (v) => `${v.toFixed(1)} ms`;
  const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}x` : a > 0 ? 'n/a' : '1.00x');
  const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
  const rows = [['metric', 'btw-share', 'shareon', 'btw / shareon']];
  const { btw, shareon } = results.transfer;
  for (const key of ['raw', 'gzip', 'brotli']) rows.push([`transfer (${key})`, kb(btw[key]), kb(shareon[key]), ratio(btw[key], shareon[key])]);
  for (const s of results.scenarios) {
    const many = s.name.includes(String(MANY));
    rows.push([`${s.name}: ${many ? 'all' : 'first'} links ready`, ms(many ? s.btw.last : s.btw.first), ms(many ? s.shareon.last : s.shareon.first), ratio(many ? s.btw.last : s.btw.first, many ? s.shareon.last : s.shareon.first)]);
    if (many) {
      rows.push([`${s.name}: JS heap after GC`, kb(s.btw.heap), kb(s.shareon.heap), ratio(s.btw.heap, s.shareon.heap)]);
      rows.push([`${s.name}: total blocking time`, ms(s.btw.tbt), ms(s.shareon.tbt), ratio(s.btw.tbt, s.shareon.tbt)]);
      rows.push([`${s.name}: longest task`, ms(s.btw.longest), ms(s.shareon.longest), ratio(s.btw.longest, s.shareon.longest)]);
      rows.push([`${s.name}: CLS`, s.btw.cls.toFixed(3), s.shareon.cls.toFixed(3), '']);
    }
  }
  if (results.kit) {
    const k = results.kit;
    rows.push(['kit page (3 elements): all ready', ms(k.last), '', '']);
    rows.push(['kit page: total blocking time / longest task', `${ms(k.tbt)} / ${ms(k.longest)}`, '', '']);
    rows.push(['kit page: CLS / JS heap', `${k.cls.toFixed(3)} / ${kb(k.heap)}`, '', '']);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(`bench: ${results.chromium}, medians of ${results.runs} run(s), order alternating; "space reserved": ${results.reservedPx} px per widget (measured)`);
  console.log(line(rows[0]));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows.slice(1)) console.log(line(r));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
