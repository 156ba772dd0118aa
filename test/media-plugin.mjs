// A test-runner command that emulates CSS media features in Chromium through the
// DevTools protocol, forced-colors included (the stock emulateMedia command
// cannot set it on the Chrome launcher). Browser side: test/helpers/media.ts.
export function mediaPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'btw-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'btw-emulate-media') return undefined;
      const page = session.browser.getPage(session.id);
      // The emulation lasts as long as its DevTools session: keep one per page.
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const features = Object.entries(payload ?? {}).map(([name, value]) => ({ name, value: String(value) }));
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}
