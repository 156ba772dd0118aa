import { css, cssDeclarations } from './css.js';

/**
 * The declarations that keep text in the accessibility tree but off the screen:
 * the `.visually-hidden` class below, and any element rule that needs the same
 * (a state selector instead of a class binding per node).
 */
export const visuallyHidden = cssDeclarations`
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

/**
 * Styles every element starts from (css.ts: one sheet for every instance).
 *
 * Theme tokens: each public `--btw-*` property feeds a private `--_*` one with
 * our default, so element styles read only the private names.
 */
export const baseStyles = css`
  :host {
    /* Fill of buttons, with its text colour: white on it 4.5:1, and on a page
       that declares a dark color-scheme 3:1 against #121212. */
    --_accent: var(--btw-accent, light-dark(#0b5394, #2f6fbf));
    --_accent-contrast: var(--btw-accent-contrast, #fff);
    /* The accent as text and lines on the page (focus ring, outlined buttons):
       lighter on a page that declares a dark color-scheme (4.5:1 on #121212). */
    --_ink: var(--btw-accent, light-dark(#0b5394, #8ab4f8));
    --_radius: var(--btw-radius, 0.375rem);
    --_gap: var(--btw-gap, 0.5rem);
    --_surface: var(--btw-surface, transparent);
    --_border: var(--btw-border, 1px solid color-mix(in srgb, currentColor 25%, transparent));
    /* A field's border is its only edge: 3:1 at least against the page. */
    --_field: var(--btw-border, 1px solid color-mix(in srgb, currentColor 75%, transparent));

    display: block;
    box-sizing: border-box;
    font: var(--btw-font, inherit);
    color: inherit;
  }

  /* A dark page that declares no color-scheme (btw-element.ts, scheme.ts): the
     dark values of every light-dark() above. */
  :host(:state(dark)) {
    color-scheme: dark;
  }

  /* A theme's "* { line-height: 3; text-align: justify }" also matches the host
     and beats :host rules, so set ours on what is inside. */
  :host > * {
    line-height: 1.5;
    text-align: start;
  }

  /* The page's own content in a slot keeps the page's direction (the box around
     it is the element's language's). */
  :host(:dir(rtl)) ::slotted(:not([dir])) {
    direction: rtl;
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 2px solid var(--_ink);
    outline-offset: 2px;
  }

  /* Read by screen readers, not shown. */
  .visually-hidden {
    ${visuallyHidden}
  }

  @media (forced-colors: active) {
    /* Filled controls keep the system's button colours: ButtonText on ButtonFace
       (the other way round, the text's Canvas backplate hides it). */
    :host {
      --_accent: ButtonFace;
      --_accent-contrast: ButtonText;
      --_ink: ButtonText;
      --_border: 1px solid CanvasText;
    }

    :focus-visible {
      outline-color: Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
