// Test-runner commands that need Chromium's DevTools protocol. Browser side:
// test/helpers/media.ts.
// - btw-emulate-media: emulates CSS media features, forced-colors included (the
//   stock emulateMedia command cannot set it on the Chrome launcher).
// - btw-capture: a PNG of a rectangle of the page as the screen shows it, forced
//   colours and all (base64), for tests that look at the rendered pixels.
// - btw-ax-tree: the page's accessibility tree as screen readers get it.
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
      if (!command.startsWith('btw-') || !/media|capture|ax-tree/.test(command)) return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'btw-ax-tree') return page.accessibility.snapshot({ interestingOnly: false });
      const cdp = await sessionOf(page);
      if (command === 'btw-capture') {
        const { x, y, width, height } = payload;
        const shot = await cdp.send('Page.captureScreenshot', { format: 'png', clip: { x, y, width, height, scale: 1 } });
        return shot.data;
      }
      const features = Object.entries(payload ?? {}).map(([name, value]) => ({ name, value: String(value) }));
      await cdp.send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}
