import { expect } from '@open-wc/testing';
import origin from '../server/origin.js';
import { log } from '../bundle/signup-helpers.js';

// A page sandboxed by its policy (`sandbox allow-scripts allow-forms`): Mailchimp's
// JSONP cannot work there. The reader is told it is blocked (not "try again in a
// few minutes", which never helps), nothing is sent and no frame stays behind.
describe('btw-signup: Mailchimp on a sandboxed page', () => {
  it('shows "blocked", sends nothing and leaves no hidden frame', async () => {
    const key = `sandboxed-${Date.now()}`;
    const frame = document.createElement('iframe');
    const message = new Promise<any>((resolve) =>
      addEventListener('message', function heard(event) {
        if (event.source !== frame.contentWindow) return;
        removeEventListener('message', heard);
        resolve(event.data);
      }),
    );
    frame.src = `/test/pages/mailchimp-sandboxed.html?key=${key}`;
    document.body.append(frame);
    try {
      const seen = await message;
      expect([seen.type, seen.kind, seen.frames]).to.deep.equal(['btw-signup-error', 'blocked', 0]);
      expect(seen.alert).to.equal(
        'Your browser or an extension blocked the sign-up. Allow it on this site, or try another browser.',
      );
      expect(
        seen.warnings.some((line: string) => line.includes('<btw-signup>') && line.includes('sandboxed')),
      ).to.equal(true);
      expect(await log(origin, key)).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
