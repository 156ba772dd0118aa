import { css } from 'lit';

/**
 * Styles every element starts from. Lit adopts them as one constructable
 * stylesheet shared by every instance (no inline `<style>`, so a strict
 * `style-src 'self'` page is fine).
 *
 * Theme tokens: each public `--btw-*` property feeds a private `--_*` one with
 * our default, so element styles read only the private names.
 */
/**
 * The declarations that keep text in the accessibility tree but off the screen:
 * the `.visually-hidden` class below, and any element rule that needs the same
 * (a state selector instead of a class binding per node).
 */
export const visuallyHidden = css`
  position: absolute !important;
  width: 1px;
  height: 1px;
  padding: 0;
  margin: -1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
`;

export const baseStyles = css`
  :host {
    --_accent: var(--btw-accent, #0b5394);
    --_accent-contrast: var(--btw-accent-contrast, #fff);
    --_radius: var(--btw-radius, 0.375rem);
    --_gap: var(--btw-gap, 0.5rem);
    --_surface: var(--btw-surface, transparent);
    --_border: var(--btw-border, 1px solid color-mix(in srgb, currentColor 25%, transparent));
    --_focus: var(--btw-accent, #0b5394);

    display: block;
    box-sizing: border-box;
    font: var(--btw-font, inherit);
    color: inherit;
    text-align: start;
  }

  /* A theme's "* { line-height: 3; box-sizing: content-box }" also matches the host
     and beats :host rules, so set ours on what is inside. */
  :host > * {
    line-height: 1.5;
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Read by screen readers, not shown. */
  .visually-hidden {
    ${visuallyHidden}
  }

  @media (forced-colors: active) {
    :host {
      --_accent: ButtonText;
      --_accent-contrast: ButtonFace;
      --_border: 1px solid CanvasText;
      --_focus: Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
