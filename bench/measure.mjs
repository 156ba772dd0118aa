// One page load of a benchmark page, measured (bench/run.mjs, bench/compare.mjs).

/**
 * One page load in a fresh browser context (no cache): its probe's figures,
 * main-thread time (all tasks, and JavaScript alone) and JS heap after GC.
 */
export async function measure(browser, origin, path, { throttle = 1 } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await cdp.send('Performance.enable');
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  const blank = path === '/blank.html';
  if (!blank) await page.waitForFunction(() => window.__probe.last !== null, { timeout: 60_000, polling: 50 });
  await new Promise((resolve) => setTimeout(resolve, 300)); // late shifts and tasks
  const probe = blank
    ? null
    : await page.evaluate(() => ({
        ...window.__probe,
        parsed: performance.getEntriesByType('navigation')[0].domInteractive,
      }));
  await cdp.send('HeapProfiler.collectGarbage');
  const metric = async (name) =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? NaN;
  const heap = await metric('JSHeapUsedSize');
  if (blank) {
    await context.close();
    return { heap };
  }
  // Seconds of main-thread work, minus the probe's own polling (a setTimeout loop until ready).
  const cpu = (await metric('TaskDuration')) * 1000;
  const script = (await metric('ScriptDuration')) * 1000;
  await context.close();
  return {
    first: probe.first,
    fromParsed: probe.first - probe.parsed,
    last: probe.last,
    cpu,
    script,
    tbt: probe.longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
    longest: Math.max(0, ...probe.longTasks),
    cls: probe.cls,
    heap,
  };
}

/** The median of a list of numbers. */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
