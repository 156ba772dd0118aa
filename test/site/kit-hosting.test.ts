// Kit hosting that never breaks a pasted snippet: the site's kit/ is append-only
// (scripts/kit-archive.mjs), and served with the headers of site/_headers
// (scripts/site-headers.mjs) by `npm run serve:site` (scripts/serve-site.mjs).
// A snippet on another origin, pinned to the first of two versions, still loads
// with its SRI hash after the second is built; without the headers it cannot.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { until } from './builder-page.js';

type Hosting = {
  origin: string;
  plainOrigin: string;
  versions: string[];
  integrity: Record<string, string>;
  keptByteForByte: boolean;
  headers: Record<string, string | null>;
  refused: string;
};

let hosting: Hosting;
const frames: HTMLIFrameElement[] = [];
type PartnerWindow = Window & { loaded?: string; refused?: string };

/** A partner's page on this origin with a snippet pinned to `src`; resolves to whether the script loaded. */
async function partnerPage(src: string, integrity: string): Promise<{ ok: boolean; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.title = 'a partner page';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>
<script>document.addEventListener('load', (e) => { if (e.target.localName === 'script') window.loaded = e.target.src; }, true);
addEventListener('error', (e) => { if (e.target.localName === 'script') window.refused = e.target.src; }, true);</script>
<script type="module" src="${src}" integrity="${integrity}" crossorigin="anonymous"></script></head>
<body><btw-share url="https://partner.example/post" networks="x email"></btw-share></body></html>`;
  document.body.append(frame);
  frames.push(frame);
  const win = () => frame.contentWindow as PartnerWindow;
  await until(() => win()?.loaded || win()?.refused, `the script ${src} to load or fail`);
  return { ok: !!win().loaded, frame };
}

describe('kit hosting', function () {
  this.timeout(60_000);
  before(async () => {
    hosting = (await executeServerCommand<Hosting, undefined>('btw-kit-hosting-start'))!;
  });
  after(async () => {
    for (const frame of frames) frame.remove();
    await executeServerCommand('btw-kit-hosting-stop');
  });

  it('keeps every earlier kit/<version>/ byte for byte, and refuses to change a released one', () => {
    expect(hosting.versions).to.deep.equal(['1.0.0', '1.1.0']);
    expect(hosting.keptByteForByte).to.equal(true);
    expect(hosting.integrity['1.0.0']).to.not.equal(hosting.integrity['1.1.0']);
    expect(hosting.refused).to.contain('kit/1.0.0/ is released and must not change').and.to.contain('btw-share.js');
  });

  it('serves a snippet pinned to the first version, on another origin, with its SRI hash', async () => {
    expect(new URL(hosting.origin).origin).to.not.equal(location.origin);
    expect(hosting.headers['access-control-allow-origin']).to.equal('*');
    expect(hosting.headers['x-content-type-options']).to.equal('nosniff');
    expect(hosting.headers['cache-control']).to.contain('immutable');
    expect(hosting.headers['content-type']).to.match(/^text\/javascript/);
    const { ok, frame } = await partnerPage(`${hosting.origin}/kit/1.0.0/btw-share.js`, hosting.integrity['1.0.0']);
    expect(ok, 'the pinned script loads').to.equal(true);
    const el = frame.contentDocument!.querySelector('btw-share')!;
    await until(
      () => el.shadowRoot?.querySelector('a[href^="https://x.com/"], a[href^="https://twitter.com/"]'),
      'the rendered share links',
    );
    const next = await partnerPage(`${hosting.origin}/kit/1.1.0/btw-share.js`, hosting.integrity['1.1.0']);
    expect(next.ok, 'the next version loads too').to.equal(true);
  });

  it('fails without the headers (a plain static server), and with a hash of another version', async () => {
    const plain = await partnerPage(`${hosting.plainOrigin}/kit/1.0.0/btw-share.js`, hosting.integrity['1.0.0']);
    expect(plain.ok, 'no Access-Control-Allow-Origin: the browser refuses it').to.equal(false);
    const wrong = await partnerPage(`${hosting.origin}/kit/1.0.0/btw-share.js`, hosting.integrity['1.1.0']);
    expect(wrong.ok, 'another hash: the browser refuses it').to.equal(false);
  });
});
