// `npm run lighthouse`: Lighthouse (performance, accessibility, best practices, SEO)
// on the demo page served as a partner would (scripts/preview.mjs, built bundle),
// in Debian's Chromium, mobile settings (slow 4G, 4x CPU), English and Spanish.
import { writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROME_FLAGS, findBrowser } from '../scripts/browser.mjs';
import { startPreview } from '../scripts/preview.mjs';

const preview = await startPreview();
const chrome = await chromeLauncher.launch({ chromePath: findBrowser(), chromeFlags: CHROME_FLAGS });
const results = {};
try {
  for (const lang of ['en', 'es']) {
    const url = `${preview.origin}/demo/?lang=${lang}`;
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const scores = Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, Math.round(c.score * 100)]));
    const failed = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    const metric = (id) => lhr.audits[id]?.displayValue ?? 'n/a';
    results[lang] = {
      scores,
      metrics: {
        fcp: metric('first-contentful-paint'),
        lcp: metric('largest-contentful-paint'),
        tbt: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
      },
      failedAudits: failed,
    };
    console.log(`lighthouse ${lang}: ${JSON.stringify(scores)} ${JSON.stringify(results[lang].metrics)}`);
    if (failed.length) console.log(`  failed audits: ${failed.join(', ')}`);
  }
} finally {
  await chrome.kill();
  preview.close();
}
writeFileSync(
  new URL('lighthouse.json', import.meta.url),
  `${JSON.stringify({ lighthouse: '12.8.2', date: new Date().toISOString(), results }, null, 2)}\n`,
);
