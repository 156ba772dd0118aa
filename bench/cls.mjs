// Layout shift of one <btw-share> in an article (bench/cls-pages.mjs), bare
// snippet against the builder's snippet: at 360 and 1280 px wide, in English and
// Spanish, at 1x and 4x CPU, each load in a fresh context (cold cache) with the
// module held back until after the first paint. `node bench/cls.mjs [--runs N]`
// alone, or part of `npm run bench`.
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findBrowser } from '../scripts/browser.mjs';
import { startBenchServer } from './serve.mjs';

export const CLS_CASES = [360, 1280].flatMap((width) =>
  ['en', 'es'].flatMap((lang) => [1, 4].map((cpu) => ({ width, lang, cpu }))),
);

async function load(browser, origin, path, { width, cpu }) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height: 800, deviceScaleFactor: 1 });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__probe.first !== null, { timeout: 60_000, polling: 50 });
  await new Promise((resolve) => setTimeout(resolve, 500)); // late shifts
  const probe = await page.evaluate(() => window.__probe);
  await context.close();
  return { cls: probe.cls, afterPaint: probe.paint !== null && probe.defined !== null && probe.defined > probe.paint };
}

/**
 * For each case, the largest CLS over `runs` loads of each snippet (the worst
 * run, not the median: the claim is "0 in every case"), and whether the module
 * arrived after the first paint in every load.
 */
export async function measureCls(browser, origin, runs = 1) {
  const rows = [];
  for (const c of CLS_CASES) {
    const row = { ...c, bare: 0, builder: 0, afterPaint: true };
    for (let run = 0; run < runs; run++) {
      for (const snippet of run % 2 ? ['builder', 'bare'] : ['bare', 'builder']) {
        const { cls, afterPaint } = await load(browser, origin, `/cls-${snippet}-${c.lang}.html`, c);
        row[snippet] = Math.max(row[snippet], cls);
        row.afterPaint &&= afterPaint;
      }
    }
    rows.push(row);
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
  const server = await startBenchServer();
  const browser = await puppeteer.launch({ executablePath: findBrowser(), args: CHROME_FLAGS, headless: true });
  for (const row of await measureCls(browser, server.origin, runs)) {
    console.log(
      `${row.width} px ${row.lang} ${row.cpu}x CPU: bare ${row.bare.toFixed(3)}, builder ${row.builder.toFixed(3)}${row.afterPaint ? '' : ' (module before first paint!)'}`,
    );
  }
  await browser.close();
  server.close();
}
