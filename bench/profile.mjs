// `node bench/profile.mjs [btw|builder|shareon] [count] [--cpu N]`: where the time of one
// benchmark page goes. Records a Chromium trace of the page load and prints the
// main thread's top-level work by kind (script, style, layout, parse...) and the
// JavaScript functions with the most self time. A tool for finding what to make
// cheaper, not a benchmark (tracing adds its own cost).
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findBrowser } from '../scripts/browser.mjs';
import { btwSharePage, shareonPage } from './pages.mjs';
import { startBenchServer } from './serve.mjs';

const args = process.argv.slice(2);
const tool = args[0] ?? 'btw';
const count = Number(args[1] ?? 200);
const cpu = args.includes('--cpu') ? Number(args[args.indexOf('--cpu') + 1]) : 1;
const server = await startBenchServer({
  pages: {
    '/page.html': () =>
      tool === 'shareon' ? shareonPage(count) : btwSharePage(count, { builder: tool === 'builder' }),
  },
});
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: CHROME_FLAGS });
const page = await browser.newPage();
const cdp = await page.createCDPSession();
await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
const sampling = !process.env.NO_SAMPLES;
if (sampling) await cdp.send('Profiler.enable');
if (sampling) await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
if (sampling) await cdp.send('Profiler.start');
await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
await page.goto(`${server.origin}/page.html`, { waitUntil: 'load' });
await page.waitForFunction(() => window.__probe.last !== null, { polling: 50 });
await new Promise((r) => setTimeout(r, 300));
const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
const { profile } = sampling
  ? await cdp.send('Profiler.stop')
  : { profile: { nodes: [], samples: [], timeDeltas: [] } };
const probe = await page.evaluate(() => window.__probe);
await browser.close();
server.close();

// Main thread of the page's renderer: the one with the page's ParseHTML.
const events = trace.traceEvents;
const parse = events.find((e) => e.name === 'ParseHTML');
const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur);
const byName = new Map();
for (const e of main) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
console.log(
  `${tool} x${count} cpu ${cpu}: first ${probe.first?.toFixed(1)} last ${probe.last?.toFixed(1)} long tasks ${probe.longTasks.join(', ')} cls ${probe.cls.toFixed(3)}`,
);
console.log('main thread (inclusive ms, nested kinds overlap):');
for (const [name, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 14))
  console.log(`  ${ms.toFixed(1).padStart(8)}  ${name}`);

// Self time per JS function from the sampling profile.
const self = new Map();
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const n = nodes.get(id);
  const f = n.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
});
console.log('JS self time (ms):');
for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`  ${ms.toFixed(1).padStart(8)}  ${name}`);

// Inclusive time per JS function: each sample counts once for every function on its stack.
{
  const parentOf = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const keyOf = (f) => `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
  const total = new Map();
  profile.samples.forEach((id, i) => {
    const seen = new Set();
    for (let n = nodes.get(id); n; n = nodes.get(parentOf.get(n.id))) {
      if (!n.callFrame.url) continue; // (root), (program), (idle), natives are counted as self time above
      seen.add(keyOf(n.callFrame));
    }
    for (const key of seen) total.set(key, (total.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  console.log("JS inclusive time (ms), our and the page's functions:");
  for (const [name, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`  ${ms.toFixed(1).padStart(8)}  ${name}`);
}

// The longest task's direct children.
const tasks = main.filter((e) => e.name === 'RunTask').sort((a, b) => b.dur - a.dur);
for (const task of tasks.slice(0, 3)) {
  const end = task.ts + task.dur;
  const inside = main.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= end);
  const direct = inside.filter(
    (e) => !inside.some((p) => p !== e && p.ts <= e.ts && p.ts + p.dur >= e.ts + e.dur && p.dur > e.dur),
  );
  const sum = new Map();
  for (const e of direct) sum.set(e.name, (sum.get(e.name) ?? 0) + e.dur / 1000);
  console.log(
    `task at ${((task.ts - parse.ts) / 1000).toFixed(0)} ms after parse start, ${(task.dur / 1000).toFixed(1)} ms: ${[
      ...sum,
    ]
      .sort((a, b) => b[1] - a[1])
      .map(([n, ms]) => `${n} ${ms.toFixed(1)}`)
      .join(', ')}`,
  );
}

// JS self time within the longest task, with the caller of each function.
{
  const task = tasks[0];
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.columnNumber}`;
  const inTask = new Map();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += dt[i];
    if (t < task.ts || t > task.ts + task.dur) return;
    const n = nodes.get(id);
    const p = nodes.get(parent.get(id));
    const pp = p && nodes.get(parent.get(p.id));
    const key = `${label(n)} < ${p ? label(p) : ''} < ${pp ? label(pp) : ''}`;
    inTask.set(key, (inTask.get(key) ?? 0) + dt[i] / 1000);
  });
  console.log('JS self time in the longest task (ms):');
  for (const [name, ms] of [...inTask].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`  ${ms.toFixed(1).padStart(8)}  ${name}`);
}
