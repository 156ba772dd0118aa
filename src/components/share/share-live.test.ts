import { expect, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { mutationsDuring, renderAgain } from '../../../test/helpers/mutations.js';
import { control, live, share } from '../../../test/helpers/share.js';
import type { BtwShare } from './share.js';

const PAGE = 'https://example.org/beyond-the-wall/root-causes';
const region = (el: BtwShare) => el.shadowRoot!.querySelector('[role="status"]');

// The live region is made on the first focus or pointer over a control, so the
// many widgets a reader never touches carry none; "Link copied" must still reach
// a region that was in the page before its text.
describe('<btw-share> live region', () => {
  it('is created empty on the first focus, then announces the copy', async () => {
    const el = await share(html`<btw-share url=${PAGE} networks="x copy"></btw-share>`);
    expect(region(el)).to.equal(null);
    control(el, 'copy')!.focus();
    await el.updateComplete;
    expect(region(el)!.textContent!.trim()).to.equal('');
    await expect(el).to.be.accessible();
    await Promise.all([oneEvent(el, 'btw-copy'), sendKeys({ press: 'Enter' })]);
    await el.updateComplete;
    expect(live(el)).to.equal('Link copied');
  });

  it('stays quiet when the element renders again with the same text', async () => {
    const el = await share(html`<btw-share url=${PAGE} networks="copy"></btw-share>`);
    control(el, 'copy')!.focus();
    await Promise.all([oneEvent(el, 'btw-copy'), sendKeys({ press: 'Enter' })]);
    await el.updateComplete;
    expect(live(el)).to.not.equal('');
    // Rewriting the same text makes a screen reader say it again
    // (test/shared/dom.test.ts shows the observer sees a rewrite).
    expect(await mutationsDuring([region(el)!], () => renderAgain(el))).to.have.length(0);
  });

  it('is created when the pointer comes over a control', async () => {
    const el = await share(html`<btw-share url=${PAGE} networks="copy"></btw-share>`);
    // A reader points at what the screen shows: the widget's first frame.
    await nextFrame();
    const box = control(el, 'copy')!.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await el.updateComplete;
    expect(region(el)).not.to.equal(null);
    expect(live(el)).to.equal('');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('without focus or pointer first (a script click), gets the region a frame before its text', async () => {
    await sendKeys({ press: 'Shift' }); // user activation, so the browser lets the page copy
    const el = await share(html`<btw-share lang="es" url=${PAGE} networks="copy"></btw-share>`);
    let frames = 0;
    let counting = true;
    const tick = () => {
      frames++;
      if (counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    let emptyAt = -1;
    const observer = new MutationObserver(() => {
      if (emptyAt < 0 && region(el)) {
        expect(region(el)!.textContent!.trim()).to.equal('');
        emptyAt = frames;
      }
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    const [event] = await Promise.all([oneEvent(el, 'btw-copy'), Promise.resolve(control(el, 'copy')!.click())]);
    await el.updateComplete;
    counting = false;
    observer.disconnect();
    expect(event.detail.url).to.equal(PAGE);
    expect(live(el)).to.equal('Enlace copiado');
    expect(emptyAt).to.be.at.least(0);
    expect(frames - emptyAt, 'frames between the empty region and its text').to.be.at.least(1);
  });
});
