// `npm run bench [-- --runs N]`: <btw-share> from its own bundle (dist/btw-share.js)
// against shareon in one Chromium, on the same networks, alternating which goes
// first, medians over N runs; the size of each of the kit's files; layout shift
// of the bare snippet and of the builder's snippet (bench/cls.mjs); plus one of
// each of our elements. Prints tables and writes bench/results.json. See
// BENCHMARKS.md for the method.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findBrowser } from '../scripts/browser.mjs';
import { brotliSize, BUNDLES, gzipSize } from '../scripts/build-manifest.mjs';
import { MODULE_DELAY } from './cls-pages.mjs';
import { measureCls } from './cls.mjs';
import { measure, median } from './measure.mjs';
import { FILES, MANY, root, startBenchServer } from './serve.mjs';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || (args.includes('--runs') ? 1 : 7);
for (const { file } of BUNDLES) {
  if (!existsSync(`${root}dist/${file}`)) {
    console.error(`bench: dist/${file} is missing; run "npm run build" first.`);
    process.exit(1);
  }
}

/** Bytes a reader downloads: raw, gzip -9, brotli -q 11. */
function transfer(paths) {
  const sum = { raw: 0, gzip: 0, brotli: 0 };
  for (const path of paths) {
    const data = readFileSync(`${root}${FILES[path]}`);
    sum.raw += data.length;
    sum.gzip += gzipSize(data);
    sum.brotli += brotliSize(data);
  }
  return sum;
}

function summarize(samples) {
  const out = {};
  for (const key of Object.keys(samples[0])) out[key] = median(samples.map((s) => s[key]));
  return out;
}

async function main() {
  const server = await startBenchServer();
  const { origin } = server;
  const browser = await puppeteer.launch({ executablePath: findBrowser(), args: CHROME_FLAGS, headless: true });
  const scenarios = [
    { name: 'one widget', throttle: 1, btw: '/btw-1.html', shareon: '/shareon-1.html' },
    { name: 'one widget, 4x CPU', throttle: 4, btw: '/btw-1.html', shareon: '/shareon-1.html' },
    { name: `${MANY} widgets`, throttle: 1, btw: `/btw-${MANY}.html`, shareon: `/shareon-${MANY}.html` },
    { name: `${MANY} widgets, 4x CPU`, throttle: 4, btw: `/btw-${MANY}.html`, shareon: `/shareon-${MANY}.html` },
    // Each widget as the builder's snippet gives it: reservation style and fallback children.
    {
      name: `${MANY} widgets, builder's snippet`,
      throttle: 1,
      btw: `/btw-${MANY}-builder.html`,
      shareon: `/shareon-${MANY}.html`,
    },
    {
      name: `${MANY} widgets, builder's snippet, 4x CPU`,
      throttle: 4,
      btw: `/btw-${MANY}-builder.html`,
      shareon: `/shareon-${MANY}.html`,
    },
  ];
  const results = { runs: RUNS, date: new Date().toISOString(), chromium: await browser.version(), scenarios: [] };
  results.transfer = {
    files: Object.fromEntries(BUNDLES.map(({ file }) => [file, transfer([`/dist/${file}`])])),
    shareon: transfer(['/shareon/shareon.iife.js', '/shareon/shareon.min.css']),
  };
  const blanks = [];
  for (const scenario of scenarios) {
    const samples = { btw: [], shareon: [] };
    for (let run = 0; run < RUNS; run++) {
      const order = run % 2 ? ['shareon', 'btw'] : ['btw', 'shareon'];
      for (const tool of order) samples[tool].push(await measure(browser, origin, scenario[tool], scenario));
      if (scenario.throttle === 1) blanks.push((await measure(browser, origin, '/blank.html')).heap);
    }
    results.scenarios.push({ name: scenario.name, btw: summarize(samples.btw), shareon: summarize(samples.shareon) });
  }
  results.blankHeap = median(blanks);
  results.cls = await measureCls(browser, origin, RUNS > 1 ? 3 : 1);
  const kitSamples = [];
  for (let run = 0; run < RUNS; run++) kitSamples.push(await measure(browser, origin, '/kit.html'));
  results.kit = summarize(kitSamples);
  await browser.close();
  server.close();
  report(results);
  writeFileSync(`${root}bench/results.json`, `${JSON.stringify(results, null, 2)}\n`);
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(rows[0]));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows.slice(1)) console.log(line(r));
}

function report(results) {
  const ms = (v) => `${v.toFixed(1)} ms`;
  const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}x` : a > 0 ? 'n/a' : '1.00x');
  const kb = (n) => `${(n / 1024).toFixed(2)} kB`;
  const { files, shareon } = results.transfer;
  console.log(`bench: ${results.chromium}, medians of ${results.runs} run(s), order alternating`);
  console.log('\nSize of each file a reader downloads (gzip -9 / brotli -q 11), against shareon (JS + CSS):');
  const sizes = [['file', 'raw', 'gzip', 'brotli', 'gzip / shareon']];
  for (const [file, t] of Object.entries(files))
    sizes.push([file, kb(t.raw), kb(t.gzip), kb(t.brotli), ratio(t.gzip, shareon.gzip)]);
  sizes.push(['shareon 2.8.1', kb(shareon.raw), kb(shareon.gzip), kb(shareon.brotli), '1.00x']);
  table(sizes);

  console.log(
    `\n<btw-share> (dist/btw-share.js) against shareon; heap is minus a blank page's (${kb(results.blankHeap)}):`,
  );
  const rows = [['metric', 'btw-share', 'shareon', 'btw / shareon']];
  const heap = (v) => v - results.blankHeap;
  for (const s of results.scenarios) {
    const { btw: b, shareon: o } = s;
    rows.push([
      `${s.name}: first links ready, from DOM parsed`,
      ms(b.fromParsed),
      ms(o.fromParsed),
      ratio(b.fromParsed, o.fromParsed),
    ]);
    rows.push([`${s.name}: all links ready`, ms(b.last), ms(o.last), ratio(b.last, o.last)]);
    rows.push([`${s.name}: main-thread CPU`, ms(b.cpu), ms(o.cpu), ratio(b.cpu, o.cpu)]);
    rows.push([`${s.name}: of which JavaScript`, ms(b.script), ms(o.script), ratio(b.script, o.script)]);
    rows.push([`${s.name}: JS heap after GC`, kb(heap(b.heap)), kb(heap(o.heap)), ratio(heap(b.heap), heap(o.heap))]);
    rows.push([
      `${s.name}: total blocking time / longest task`,
      `${ms(b.tbt)} / ${ms(b.longest)}`,
      `${ms(o.tbt)} / ${ms(o.longest)}`,
      '',
    ]);
    rows.push([`${s.name}: CLS`, b.cls.toFixed(3), o.cls.toFixed(3), '']);
  }
  if (results.kit) {
    const k = results.kit;
    rows.push(['kit page (dist/btw.js, 3 elements): all ready', ms(k.last), '', '']);
    rows.push(['kit page: total blocking time / longest task', `${ms(k.tbt)} / ${ms(k.longest)}`, '', '']);
    rows.push(['kit page: CLS / JS heap', `${k.cls.toFixed(3)} / ${kb(heap(k.heap))}`, '', '']);
  }
  table(rows);

  console.log(
    `\nLayout shift of one <btw-share> in an article, the module held back ${MODULE_DELAY} ms (worst of the loads; shareon: 0 by construction, its links are in the HTML):`,
  );
  const cls = [['viewport', 'lang', 'CPU', 'bare snippet', "builder's snippet", 'module after first paint']];
  for (const r of results.cls)
    cls.push([
      `${r.width} px`,
      r.lang,
      `${r.cpu}x`,
      r.bare.toFixed(3),
      r.builder.toFixed(3),
      r.afterPaint ? 'yes' : 'NO',
    ]);
  table(cls);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
