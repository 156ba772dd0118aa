import { css } from '../../shared/css.js';
import { visuallyHidden } from '../../shared/styles.js';

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

  /* The boxes: loading text, card, error, quotes. */
  [part=loading],
  .card,
  [part=error] {
    border: var(--_border);
    border-radius: var(--_radius);
  }

  [part=loading],
  .card,
  [part=error],
  [part=quote] {
    background: var(--_surface);
  }

  .card,
  [part=error] {
    padding: calc(var(--_gap) * 2);
  }

  [part=quote],
  [part=error] {
    border-inline-start: 4px solid var(--_ink);
  }

  [part=loading] {
    min-height: var(--btw-min-height, 12rem);
    display: grid;
    place-items: center;
    opacity: 0.8;
  }

  article,
  [part=actions],
  [part=section],
  .quotes,
  [part=links],
  [part=related],
  [part=quote],
  [part=error] {
    display: grid;
    gap: var(--_gap);
  }

  article {
    gap: calc(var(--_gap) * 1.5);
  }

  /* Headings, paragraphs, figures, quotes and lists lose their default margins. */
  * {
    margin: 0;
  }

  /* A long word ("Centroamérica" at 1.9em) wraps instead of widening a narrow column. */
  .h {
    line-height: 1.25;
    overflow-wrap: anywhere;
  }

  [part=title] {
    font-size: 1.5em;
  }

  .full [part=title] {
    font-size: 1.9em;
  }

  .full .h:not([part=title]) {
    font-size: 1.2em;
    margin-block-start: var(--_gap);
  }

  .full .group .h {
    font-size: 1em;
  }

  [part=summary] {
    font-size: 1.05em;
  }

  .updated,
  figcaption {
    font-size: 0.875em;
    opacity: 0.85;
  }

  /* img is only in part=image, ul only in part=links and part=related. */
  img {
    display: block;
    width: 100%;
    /* The box is known before the image arrives: no shift when it does. */
    aspect-ratio: 16/9;
    object-fit: cover;
    border-radius: var(--_radius);
  }

  .credit {
    margin-block-start: 0.25rem;
  }

  [part=actions] {
    padding-inline-start: 1.5em;
  }

  .action-title {
    font-weight: 600;
  }

  [part=quote] {
    gap: calc(var(--_gap) / 2);
    padding: var(--_gap) calc(var(--_gap) * 2);
  }

  /* A quote's share list is named after the quote: the name is read, not shown. */
  [part=quote] btw-share::part(heading) {
    ${visuallyHidden}
  }

  blockquote {
    font-size: 1.1em;
    font-style: italic;
  }

  ul {
    padding-inline-start: 1.25em;
  }

  [part=related] li + li {
    margin-block-start: calc(var(--_gap) / 2);
  }

  a {
    color: inherit;
    text-underline-offset: 0.15em;
  }

  button,
  [part=cta] {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
    cursor: pointer;
    border-radius: var(--_radius);
    justify-self: start;
  }

  button {
    padding: 0.25rem 1rem;
    color: var(--_ink);
    background: none;
    border: 2px solid;
    font-weight: 600;
  }

  [part=cta] {
    display: grid;
    gap: 0.125rem;
    padding: 0.75rem 1.25rem;
    color: var(--_accent-contrast);
    background: var(--_accent);
    text-decoration: none;
  }

  .cta-label {
    font-size: 1.15em;
    font-weight: 700;
  }

  [part=cta]:hover .cta-label {
    text-decoration: underline;
  }

  @media (forced-colors: active) {
    [part=cta] {
      border: 2px solid ButtonText;
    }
  }
`;
