// `node bench/screens.mjs <bundle.js> <outdir>`: screenshots of <btw-share> in the
// states a reader meets (both variants and languages, narrow containers, focus
// ring, hover, Mastodon prompt with its error; each with and without forced
// colours). Run it for two builds and compare the files (`cmp`): a performance
// change should leave every one of them identical.
import http from 'node:http';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { CHROME_FLAGS, findBrowser } from '../scripts/browser.mjs';
import puppeteer from 'puppeteer-core';
const [bundle, out] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const U = 'https://example.org/x';
const page = `<!doctype html><html lang="en"><head><meta charset=utf-8><meta name=viewport content="width=device-width">
<script type=module src="/btw.js"></script><style>body{margin:8px;font:16px/1.5 serif} .narrow{width:220px} .themed{--btw-accent:#78143c;--btw-radius:0}</style></head><body>
<btw-share id=a url="${U}" text="Hola"></btw-share>
<btw-share id=b variant=icons url="${U}" networks="native x facebook whatsapp telegram bluesky mastodon linkedin reddit threads email copy"></btw-share>
<btw-share id=c lang=es url="${U}" networks="x facebook whatsapp telegram bluesky mastodon linkedin reddit threads email copy"></btw-share>
<btw-share id=d label="" url="${U}" networks="x email copy"></btw-share>
<div class=narrow><btw-share id=e lang=es url="${U}"></btw-share></div>
<btw-share id=f class=themed label="Pásalo" url="${U}" mastodon-instance="mastodon.social" networks="mastodon copy"></btw-share>
<div style="width:90px"><btw-share id=g lang=es url="${U}" networks="copy email"></btw-share></div><div style="width:60px"><btw-share id=h variant=icons url="${U}" networks="copy email x"></btw-share></div><p>after</p></body></html>`;
const server = http.createServer((req, res) => {
  if (req.url === '/btw.js') return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(bundle));
  res.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await puppeteer.launch({
  executablePath: findBrowser(),
  args: [...CHROME_FLAGS, '--font-render-hinting=none'],
});
const p = await browser.newPage();
await p.setViewport({ width: 700, height: 1400 });
async function shoot(name) {
  await new Promise((r) => setTimeout(r, 300));
  writeFileSync(`${out}/${name}.png`, await p.screenshot({ fullPage: true }));
}
for (const forced of [false, true]) {
  const cdp = await p.createCDPSession();
  await cdp.send('Emulation.setEmulatedMedia', {
    features: [{ name: 'forced-colors', value: forced ? 'active' : 'none' }],
  });
  await p.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
  await p.waitForFunction(() =>
    [...document.querySelectorAll('btw-share')].every((e) => e.shadowRoot?.querySelector('li')),
  );
  const f = forced ? 'forced-' : '';
  await shoot(`${f}plain`);
  // focus ring on a link, hover on a button
  await p.evaluate(() => document.querySelector('#c').shadowRoot.querySelector('[data-network=facebook]').focus());
  await p.keyboard.press('Shift'); // focus-visible after keyboard
  await p.evaluate(() => document.querySelector('#c').shadowRoot.querySelector('[data-network=facebook]').focus());
  await shoot(`${f}focus`);
  const box = await p.evaluate(() => {
    const r = document.querySelector('#a').shadowRoot.querySelector('[data-network=email]').getBoundingClientRect();
    return [r.x + 5, r.y + 5];
  });
  await p.mouse.move(...box);
  await shoot(`${f}hover`);
  await p.mouse.move(0, 0);
  // mastodon prompt open, invalid
  await p.evaluate(async () => {
    const el = document.querySelector('#c');
    el.shadowRoot.querySelector('[data-network=mastodon]').click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    el.shadowRoot.querySelector('form').requestSubmit();
    await el.updateComplete;
  });
  await shoot(`${f}prompt`);
}
await browser.close();
server.close();
