// `npm run screenshots`: PNGs of every page of the site (site/*.html, so a new
// page is picked up), at 1280 and 360 px, in English and Spanish, and with
// forced colours, into screenshots/ (git-ignored). It builds the site first
// when site/ is missing, and serves it as a static host would.
// Chromium: CHROME_PATH, else Debian's (scripts/browser.mjs).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findBrowser } from './browser.mjs';

const root = new URL('..', import.meta.url).pathname;
const site = join(root, 'site');
const out = join(root, 'screenshots');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

if (!existsSync(join(site, 'index.html'))) execFileSync('npm', ['run', 'build:site'], { cwd: root, stdio: 'inherit' });

/** site/ over HTTP, nothing else: what any static host does. */
function serve() {
  const server = http.createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(site, path));
    if (!file.startsWith(site) || !existsSync(file) || statSync(file).isDirectory())
      return res.writeHead(404).end('Not found');
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const pages = readdirSync(site).filter((file) => file.endsWith('.html'));
const shots = [];
for (const page of pages) {
  for (const width of [1280, 360]) {
    for (const lang of ['en', 'es']) shots.push({ page, width, lang, forced: false });
    shots.push({ page, width, lang: 'en', forced: true });
  }
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: CHROME_FLAGS });
try {
  for (const { page: file, width, lang, forced } of shots) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: width > 500 ? 800 : 740, deviceScaleFactor: 1 });
    // Puppeteer's emulateMediaFeatures does not know forced-colors; DevTools does.
    if (forced)
      await (
        await page.createCDPSession()
      ).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    const query = lang === 'es' ? '?lang=es' : '';
    await page.goto(`${origin}/${file}${query}`, { waitUntil: 'networkidle0' });
    // Every kit element defined and rendered, fonts in, a frame painted.
    await page
      .waitForFunction(
        () => !document.querySelector(':not(:defined)') && !document.querySelector('[aria-busy="true"]'),
        { timeout: 15_000 },
      )
      .catch(() =>
        console.warn(`screenshots: ${file} still has an undefined or busy element after 15 s; taken as it is`),
      );
    const painted = () =>
      page.evaluate(() =>
        document.fonts.ready.then(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
        ),
      );
    await painted();
    // A share widget far from the viewport is not drawn (content-visibility: auto) and
    // a full-page capture does not scroll: the whole page in the viewport draws them all.
    const { height } = page.viewport();
    const scrollHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    if (scrollHeight > height) {
      await page.setViewport({ ...page.viewport(), height: scrollHeight });
      await painted();
    }
    const name = `${file.replace(/\.html$/, '')}-${width}-${lang}${forced ? '-forced-colors' : ''}.png`;
    await page.screenshot({ path: join(out, name), fullPage: true });
    console.log(`screenshots/${name}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
