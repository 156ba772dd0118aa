import { executeServerCommand } from '@web/test-runner-commands';

/**
 * A second page of the test's browser (test/media-plugin.mjs, `btw-page`), for what
 * the test page itself cannot do without losing its own connection to the test
 * runner, such as going offline. Chromium only.
 */
export class OtherPage {
  private constructor(private readonly id: number) {}

  /** Opens `url` (relative to the test page) in a new page and waits for its load event. */
  static async open(url: string) {
    return new OtherPage((await executeServerCommand('btw-page', { open: url })) as number);
  }

  /** Runs `fn(arg)` in that page (it sees only its globals and `arg`, as JSON) and returns its JSON-able result. */
  async evaluate<T, A = null>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> {
    const { value } = (await executeServerCommand('btw-page', { id: this.id, evaluate: fn.toString(), arg })) as {
      value: T;
    };
    return value;
  }

  /** Offline or back online, as DevTools' network emulation: requests fail, navigator.onLine and its events follow. */
  offline(offline: boolean) {
    return executeServerCommand('btw-page', { id: this.id, offline });
  }

  close() {
    return executeServerCommand('btw-page', { id: this.id, close: true });
  }
}
