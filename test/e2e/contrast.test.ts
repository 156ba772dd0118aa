import { expect } from '@open-wc/testing';
import { kitReady, openPage } from '../bundle/kit.js';
import { drawn } from '../helpers/frames.js';
import { contrastOf, describeNode, textElements } from '../helpers/contrast.js';
import { until } from '../helpers/until.js';

// The default theme (no --btw-* set) on a light page, on a dark page that
// declares `color-scheme: dark` and on a dark page that declares nothing
// (`body { background: #111; color: #eee }`, as most blog themes): WCAG 1.4.3 (text 4.5:1) and 1.4.11 (field
// borders, focus ring, outlined buttons 3:1), from the colours the browser
// computed and painted over the page's background.
for (const page of ['host-light.html', 'host-dark.html', 'host-dark-undeclared.html']) {
  describe(`the default theme on ${page}`, () => {
    let frame: HTMLIFrameElement;
    let kit: Awaited<ReturnType<typeof kitReady>>;
    before(async () => {
      frame = await openPage(page, { width: 800, height: 1600 });
      kit = await kitReady(frame);
      // The sign-up with its errors shown: an empty submit (checked before anything is sent).
      const signup = kit.signup.shadowRoot!;
      signup.querySelector<HTMLButtonElement>('[part="button"]')!.click();
      // Shown in full: the fields marked, then the summary of what to fix (its last step), then drawn.
      await until(
        () => signup.querySelector('[aria-invalid="true"]') && signup.querySelector('[part="status"]')!.textContent,
        "the sign-up's errors after an empty submit",
      );
      await drawn(frame.contentWindow!);
    });
    after(() => frame.remove());

    const style = (node: Element) => frame.contentWindow!.getComputedStyle(node);
    const roots = () => [kit.recommendation, kit.share, kit.signup].map((el) => el.shadowRoot!);

    it('gives every text 4.5:1 against what is behind it', () => {
      const nodes = roots().flatMap(textElements);
      expect(nodes.map(describeNode)).to.include.members(['button: Show all 5 actions', 'label[part=label]: Email']);
      const poor = nodes
        .map((node) => [describeNode(node), contrastOf(node, style(node).color)] as const)
        .filter(([, contrast]) => contrast < 4.5)
        .map(([name, contrast]) => `${name} (${contrast.toFixed(2)}:1)`);
      expect(poor).to.deep.equal([]);
    });

    it('gives every field border 3:1 against the page, invalid ones included', () => {
      const fields = roots().flatMap((root) => [
        ...root.querySelectorAll('input:not([type="checkbox"]):not([tabindex="-1"])'),
      ]);
      expect(fields.length).to.be.at.least(2);
      expect(fields.some((field) => field.getAttribute('aria-invalid') === 'true')).to.equal(true);
      for (const field of fields) {
        const contrast = contrastOf(field, style(field).borderTopColor, field.parentElement);
        expect(contrast, describeNode(field)).to.be.at.least(3);
      }
    });

    it('gives filled buttons 3:1 against the page', () => {
      const buttons = [
        ...kit.share.shadowRoot!.querySelectorAll('[part~="button"]'),
        kit.signup.shadowRoot!.querySelector('[part~="button"]')!,
      ];
      expect(buttons.length).to.be.at.least(5);
      for (const button of buttons) {
        expect(
          contrastOf(button, style(button).backgroundColor, parentOfControl(button)),
          describeNode(button),
        ).to.be.at.least(3);
      }
    });

    it('gives the focus ring and the outlined button 3:1 against the page', () => {
      const toggle = kit.recommendation.shadowRoot!.querySelector('button')!;
      const controls = [
        toggle,
        kit.share.shadowRoot!.querySelector('[part="button"]')!,
        kit.signup.shadowRoot!.querySelector('input')!,
      ];
      for (const control of controls) {
        (control as HTMLElement).focus();
        expect(style(control).outlineStyle, describeNode(control)).to.equal('solid');
        const ring = contrastOf(control, style(control).outlineColor, parentOfControl(control));
        expect(ring, `focus ring of ${describeNode(control)}`).to.be.at.least(3);
      }
      expect(contrastOf(toggle, style(toggle).borderTopColor, toggle.parentElement), 'toggle border').to.be.at.least(3);
    });
  });
}

/** What is around a control (its ring is drawn on the page outside it). */
const parentOfControl = (node: Element) => node.closest('li')?.parentElement ?? node.parentElement;
