import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { settled, type LangProbe } from '../helpers/lang-probe.js';

const styleOf = (probe: LangProbe, selector: string) => getComputedStyle(probe.shadowRoot!.querySelector(selector)!);

describe('base styles', () => {
  it('inherits font and colour from the host page', async () => {
    const el = await fixture(
      html`<div style="font: italic 19px serif; color: rgb(10, 120, 30)"><lang-probe></lang-probe></div>`,
    );
    const probe = el.querySelector('lang-probe')!;
    await settled(probe);
    const p = styleOf(probe, 'p');
    expect([p.fontStyle, p.fontSize, p.color]).to.deep.equal(['italic', '19px', 'rgb(10, 120, 30)']);
  });

  it('uses --btw-font when the page sets it', async () => {
    const el = await fixture(
      html`<div style="font-size: 19px; --btw-font: 700 13px monospace"><lang-probe></lang-probe></div>`,
    );
    const probe = el.querySelector('lang-probe')!;
    await settled(probe);
    expect([styleOf(probe, 'p').fontWeight, styleOf(probe, 'p').fontSize]).to.deep.equal(['700', '13px']);
  });

  it('keeps a readable line height under a theme that sets a huge one', async () => {
    const el = await fixture(html`<div style="line-height: 3; font-size: 16px"><lang-probe></lang-probe></div>`);
    const probe = el.querySelector('lang-probe')!;
    await settled(probe);
    expect(styleOf(probe, 'p').lineHeight).to.equal('24px');
  });

  it('draws a visible focus ring in the accent colour on keyboard focus', async () => {
    const el = await fixture(html`<div style="--btw-accent: rgb(200, 0, 100)"><lang-probe></lang-probe></div>`);
    const probe = el.querySelector('lang-probe')!;
    await settled(probe);
    probe.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: 'Shift' }); // a key press makes the focus "visible"
    const ring = styleOf(probe, 'button');
    expect(probe.shadowRoot!.activeElement?.matches(':focus-visible')).to.equal(true);
    expect([ring.outlineStyle, ring.outlineWidth, ring.outlineColor]).to.deep.equal([
      'solid',
      '2px',
      'rgb(200, 0, 100)',
    ]);
  });
});
