// Test-runner commands that need Chromium's DevTools protocol. Browser side:
// test/helpers/media.ts.
// - btw-emulate-media: emulates CSS media features, forced-colors included (the
//   stock emulateMedia command cannot set it on the Chrome launcher).
// - btw-capture: a PNG of a rectangle of the page as the screen shows it, forced
//   colours and all (base64), for tests that look at the rendered pixels.
// - btw-ax-tree: the page's accessibility tree as screen readers get it.
// - btw-page: a second page of the same browser, driven from the test (open a URL,
//   evaluate a function, take it offline or back online as DevTools' network
//   emulation does, close it). Offline applies to that page alone: the test
//   page keeps its connection to the test runner.
export function mediaPlugin() {
  const sessions = new WeakMap();
  /** The emulation lasts as long as its DevTools session: keep one per page. */
  async function sessionOf(page) {
    if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
    return sessions.get(page);
  }
  return {
    name: 'btw-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (!['btw-emulate-media', 'btw-capture', 'btw-ax-tree', 'btw-page'].includes(command)) return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'btw-page') return otherPage(page, payload);
      if (command === 'btw-ax-tree') return page.accessibility.snapshot({ interestingOnly: false });
      const cdp = await sessionOf(page);
      if (command === 'btw-capture') {
        const { x, y, width, height } = payload;
        const shot = await cdp.send('Page.captureScreenshot', {
          format: 'png',
          clip: { x, y, width, height, scale: 1 },
        });
        return shot.data;
      }
      const features = Object.entries(payload ?? {}).map(([name, value]) => ({ name, value: String(value) }));
      await cdp.send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}

const others = new Map();
let opened = 0;

/** btw-page: { open: url } -> id; { id, evaluate: source, arg }; { id, offline }; { id, close: true }. */
async function otherPage(testPage, { id, open, evaluate, arg, offline, close }) {
  if (open) {
    const page = await testPage.browser().newPage();
    await page.goto(new URL(open, testPage.url()).href, { waitUntil: 'load' });
    others.set(++opened, page);
    return opened;
  }
  const page = others.get(id);
  if (!page) throw new Error(`btw-page: no page ${id}`);
  // Wrapped: a command that answers undefined counts as one no plugin knows.
  if (evaluate) return { value: await page.evaluate(`(${evaluate})(${JSON.stringify(arg ?? null)})`) };
  if (offline !== undefined) return page.setOfflineMode(offline).then(() => true);
  if (close) {
    others.delete(id);
    await page.close();
    return true;
  }
  throw new Error('btw-page: say open, evaluate, offline or close');
}
