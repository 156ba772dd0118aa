import { expect, html } from '@open-wc/testing';
import { expectSpanish } from '../../../test/helpers/reader.js';
import { control, live, share } from '../../../test/helpers/share.js';
import { until } from '../../../test/helpers/until.js';

// Chromium refuses navigator.clipboard.writeText ("Write permission denied")
// to a page the reader has not interacted with. This file never sends a key or
// a click from the test runner, so a script-made click() gets the browser's own
// refusal: nothing here stands in for the clipboard. (Its own file: a page that
// had a real key press may write for a while, see share-actions.test.ts.)
describe('<btw-share> copy refused by the browser', () => {
  it('shows the link in a selected read-only field instead, and fires no btw-copy', async () => {
    const url = 'https://example.org/beyond-the-wall/root-causes?a=1#b';
    const el = await share(html`<btw-share url=${url} networks="copy"></btw-share>`);
    let copied = 0;
    el.addEventListener('btw-copy', () => copied++);
    let refused = false;
    await navigator.clipboard.writeText('probe').catch(() => (refused = true));
    expect(refused, 'the browser refuses the clipboard to this page').to.equal(true);

    control(el, 'copy')!.click();
    // The browser's refusal comes when it comes (later on a loaded machine); the field follows it.
    await until(() => el.shadowRoot!.querySelector('#copy-field'), 'the copy field after the refusal');
    await el.updateComplete;

    const field = el.shadowRoot!.querySelector<HTMLInputElement>('#copy-field')!;
    expect(field.value).to.equal(url);
    expect(field.readOnly).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(field);
    expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, url.length]);
    expect(field.labels![0].textContent).to.equal('Link to copy');
    const help = el.shadowRoot!.getElementById(field.getAttribute('aria-describedby')!)!;
    expect(help.textContent).to.include('copy it from the field');
    expect(copied).to.equal(0);
    expect(live(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('says so in Spanish', async () => {
    const el = await share(html`<btw-share lang="es" url="https://example.org/p" networks="copy"></btw-share>`);
    control(el, 'copy')!.click();
    await until(() => el.shadowRoot!.querySelector('#copy-field'), 'the copy field after the refusal');
    await el.updateComplete;
    expectSpanish(el, [['shareCopyField'], ['shareCopyRefused']], expect);
    await expect(el).to.be.accessible();
  });
});
