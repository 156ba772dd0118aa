import { expect } from '@open-wc/testing';
import { until } from '../helpers/until.js';
import { KIT_TAGS, openPage, recordOf } from '../bundle/kit.js';

describe('a partner page with a strict CSP and Trusted Types', () => {
  let frame: HTMLIFrameElement;
  before(async () => {
    frame = await openPage('strict-csp.html');
  });
  after(() => frame.remove());

  it('loads the kit and defines its elements with no violation and no error', () => {
    const record = recordOf(frame);
    expect(record.loaded).to.include('/dist/btw.js');
    expect(record.errors).to.deep.equal([]);
    expect(record.violations).to.deep.equal([]);
    for (const tag of KIT_TAGS) expect(frame.contentWindow!.customElements.get(tag), tag).to.be.a('function');
  });

  // Last: it causes a violation on purpose.
  it('is really served under the strict policy (a data: script is refused)', async () => {
    const doc = frame.contentDocument!;
    const script = doc.createElement('script');
    let refusedByTrustedTypes = false;
    try {
      script.src = 'data:text/javascript,window.__ran=1';
      doc.head.append(script);
    } catch (error) {
      refusedByTrustedTypes = (error as Error).name === 'TypeError';
    }
    // Without Trusted Types the CSP refuses the script: its violation event comes in a task of its own.
    // A browser with Trusted Types refuses the assignment itself; one without leaves it to the CSP's
    // script-src, whose violation event comes in a task of its own.
    const hasTrustedTypes = 'trustedTypes' in frame.contentWindow!;
    expect(refusedByTrustedTypes, 'Trusted Types refused the assignment').to.equal(hasTrustedTypes);
    if (!hasTrustedTypes) {
      await until(
        () => recordOf(frame).violations.some((violation) => violation.includes('script-src')),
        'the script-src violation',
      );
    }
    expect((frame.contentWindow as unknown as { __ran?: number }).__ran).to.equal(undefined);
  });
});
