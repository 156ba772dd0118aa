import { css } from '../../shared/css.js';
import { visuallyHidden } from '../../shared/styles.js';

export const styles = css`
  /* Each widget lays out on its own: what happens inside one (rendering, a prompt
     opening) does not make the browser lay out the page's other widgets again.
     200 widgets ready: 417 -> 346 ms (15 runs), 4x CPU 1553 -> 1477 ms. */
  :host {
    contain: layout style;
  }

  /* A widget far from the viewport skips style, layout and paint until the reader
     scrolls near it; its links, names and focus are there from the start. 200
     widgets: main-thread time 2.1x -> 1.2x shareon's. It brings paint
     containment, which would clip focus rings at the widget's edges: the clip
     margin leaves them room (and shadows up to 8px). A browser without the clip
     margin always renders the widget. Until first drawn a skipped widget takes no
     height, as before the kit ran: an estimated height made loading 200 bare
     widgets shift the page four times more (CLS 0.21 -> 0.82 at 4x CPU). */
  @supports (overflow-clip-margin: 8px) {
    :host {
      content-visibility: auto;
      contain-intrinsic-block-size: auto 0px;
      overflow-clip-margin: 8px;
    }
  }

  [part='heading'] {
    margin: 0 0 var(--_gap);
    font-weight: 600;
  }

  [part='list'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* Links and buttons look alike: one tap target each, at least 44×44 px. */
  [part='button'] {
    /* Block-level: an inline-flex control would give each item a line box to lay out. */
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-width: 44px;
    min-height: 44px;
    margin: 0;
    padding: 0.4em 0.85em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font: inherit;
    line-height: 1.2;
    text-decoration: none;
    cursor: pointer;
    transition: background-color 0.15s;
  }

  [part='button']:hover {
    background: color-mix(in srgb, var(--_accent) 82%, black);
  }

  .icons [part='button'] {
    padding: 0.4em;
  }

  /* The name stays the accessible name, not shown (a rule, not a class binding per control). */
  .icons [part='label'] {
    ${visuallyHidden}
  }

  [part='icon'] {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    fill: currentColor;
  }

  [part='icon'].outline {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .panel {
    display: grid;
    gap: 0.35rem;
    max-width: 28rem;
    margin-block-start: var(--_gap);
    padding: var(--_gap);
    border: var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .panel p {
    margin: 0;
  }

  /* Full width and no wider (a field's default size is about 20 characters):
     nothing scrolls sideways at 320 px. */
  .panel input {
    min-width: 0;
    min-height: 44px;
    padding: 0.4em 0.6em;
    border: var(--_field);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
  }

  .panel input[aria-invalid='true'] {
    border-color: currentColor;
    border-width: 2px;
  }

  .error:not(:empty) {
    font-weight: 600;
  }

  .error:not(:empty)::before {
    content: '⚠ ' / '';
  }

  .remember {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem var(--_gap);
  }

  .panel .remember input {
    width: 24px;
    min-height: 24px;
    margin: 0;
    accent-color: var(--_accent);
  }

  /* Mastodon's share page: a plain link in the page's own colour, easy to tap. */
  .other a {
    display: inline-block;
    padding-block: 0.35em;
    color: inherit;
    text-underline-offset: 0.15em;
  }

  .remember button {
    margin-inline-start: auto;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
  }

  .secondary {
    background: transparent;
    color: inherit;
    border: var(--_border);
  }

  .secondary:hover {
    background: color-mix(in srgb, currentColor 10%, transparent);
  }

  @media (forced-colors: active) {
    [part='button'],
    .secondary {
      border: 1px solid ButtonText;
    }
  }
`;
