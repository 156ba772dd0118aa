import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { settled, type LangProbe } from '../helpers/lang-probe.js';
import { css, cssDeclarations } from '../../src/shared/css.js';
import '../../src/btw-share.js';

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

  it('gives every widget the same stylesheets, adopted, with no <style> element', async () => {
    const el = await fixture(html`<div><btw-share></btw-share><btw-share variant="icons"></btw-share></div>`);
    const [a, b] = el.querySelectorAll('btw-share');
    await a!.updateComplete;
    await b!.updateComplete;
    const sheets = a!.shadowRoot!.adoptedStyleSheets;
    expect(sheets.length).to.equal(2);
    expect(sheets.every((sheet) => sheet instanceof CSSStyleSheet && sheet.cssRules.length > 5)).to.equal(true);
    expect(b!.shadowRoot!.adoptedStyleSheets).to.deep.equal(sheets);
    expect(a!.shadowRoot!.querySelector('style')).to.equal(null);
  });

  it('hides a name off screen but keeps it for screen readers (the visually-hidden declarations)', async () => {
    const el = await fixture(html`<btw-share variant="icons" networks="email"></btw-share>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const label = el.shadowRoot!.querySelector('[part=label]')!;
    const style = getComputedStyle(label);
    expect([style.position, style.width, style.height, style.overflow]).to.deep.equal([
      'absolute',
      '1px',
      '1px',
      'hidden',
    ]);
    expect(label.textContent).to.equal('Email');
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('aria-label')).to.equal('Share by email');
  });

  it('css makes a stylesheet from its template and values; cssDeclarations a text', () => {
    const hidden = cssDeclarations`overflow: hidden;`;
    expect(hidden).to.equal('overflow: hidden;');
    const sheet = css`p { ${hidden} } .b { color: red; }`;
    expect(sheet).to.be.instanceOf(CSSStyleSheet);
    expect([...sheet.cssRules].map((rule) => rule.cssText)).to.deep.equal([
      'p { overflow: hidden; }',
      '.b { color: red; }',
    ]);
  });
});
