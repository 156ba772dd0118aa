import { css } from 'lit';

export default css`
  /* Keeps the space the document will take (and never gives it back), so nothing
     below jumps when it arrives. */
  :host {
    min-height: var(--btw-min-height, 12rem);
    /* The fallback heading's margin stays inside the host instead of collapsing
       through it, so the host does not move when the document replaces the
       fallback (21 px on the demo, measured with bench/layout-shifts.mjs). */
    display: flow-root;
  }

  /* Text from the document cannot reorder what follows it (e.g. U+202E). */
  span,
  a,
  li,
  figcaption {
    unicode-bidi: isolate;
  }

  .loading {
    min-height: var(--btw-min-height, 12rem);
    margin: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    border: var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    opacity: 0.8;
  }

  article {
    display: grid;
    gap: calc(var(--_gap) * 1.5);
  }

  .card {
    padding: calc(var(--_gap) * 2);
    border: var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .h,
  p,
  figure,
  blockquote,
  ol,
  ul {
    margin: 0;
  }

  .h {
    line-height: 1.25;
  }

  [part='title'] {
    font-size: 1.5em;
  }

  .full [part='title'] {
    font-size: 1.9em;
  }

  .full .h:not([part='title']) {
    font-size: 1.2em;
    margin-top: var(--_gap);
  }

  .group .h {
    font-size: 1em !important;
  }

  .summary {
    font-size: 1.05em;
  }

  .updated,
  .credit,
  figcaption {
    font-size: 0.875em;
    opacity: 0.85;
  }

  .image img {
    display: block;
    width: 100%;
    height: auto;
    /* The box is known before the image arrives: no shift when it does. */
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: var(--_radius);
  }

  .image .credit {
    margin-top: 0.25rem;
  }

  .actions {
    display: grid;
    gap: var(--_gap);
    padding-inline-start: 1.5em;
  }

  .action-title {
    font-weight: 600;
  }

  .action-text {
    display: block;
  }

  .section {
    display: grid;
    gap: var(--_gap);
  }

  .quotes,
  .links {
    display: grid;
    gap: var(--_gap);
  }

  .quote {
    display: grid;
    gap: calc(var(--_gap) / 2);
    padding: var(--_gap) calc(var(--_gap) * 2);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
  }

  blockquote {
    font-size: 1.1em;
    font-style: italic;
  }

  .links ul {
    padding-inline-start: 1.25em;
  }

  a {
    color: inherit;
    text-underline-offset: 0.15em;
  }

  button,
  .cta {
    font: inherit;
    min-height: 2.75rem;
    min-width: 2.75rem;
    cursor: pointer;
    border-radius: var(--_radius);
  }

  button {
    justify-self: start;
    padding: 0.25rem 1rem;
    color: var(--_accent);
    background: transparent;
    border: 2px solid currentColor;
    font-weight: 600;
  }

  .cta {
    display: grid;
    gap: 0.125rem;
    justify-self: start;
    padding: 0.75rem 1.25rem;
    color: var(--_accent-contrast);
    background: var(--_accent);
    text-decoration: none;
  }

  .cta-label {
    font-size: 1.15em;
    font-weight: 700;
  }

  .cta:hover .cta-label {
    text-decoration: underline;
  }

  .error {
    display: grid;
    gap: var(--_gap);
    padding: calc(var(--_gap) * 2);
    border: var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  @media (forced-colors: active) {
    .cta {
      border: 2px solid ButtonText;
    }
  }
`;
