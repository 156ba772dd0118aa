import { css } from '../../shared/css.js';

export const styles = css`
  :host {
    padding: var(--_gap);
    background: var(--_surface);
    border-radius: var(--_radius);
  }

  .heading {
    margin: 0 0 calc(var(--_gap) / 2);
    font-size: 1.25em;
    line-height: 1.25;
  }

  .description {
    margin: 0 0 var(--_gap);
  }

  form {
    display: grid;
    gap: var(--_gap);
    margin: 0;
  }

  .field {
    display: grid;
    gap: 0.25rem;
  }

  /* "(optional)" */
  label span {
    opacity: 0.8;
  }

  input:not([type=checkbox]) {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: var(--_field);
    border-radius: var(--_radius);
    padding: 0.5rem 0.625rem;
    min-height: 44px;
    width: 100%;
  }

  input[aria-invalid=true] {
    border-color: #c62828;
    border-width: 2px;
  }

  .consent {
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: 0.5rem;
  }

  label span,
  .consent label {
    font-weight: normal;
  }

  .consent input {
    /* 24×24 px at least, whatever the page's root font size */
    width: max(24px, 1.5em);
    height: max(24px, 1.5em);
    margin: 0;
    accent-color: var(--_accent);
  }

  .consent a,
  .consent [part=error] {
    grid-column: 2;
  }

  a {
    color: inherit;
  }

  [part=error],
  .status {
    margin: 0;
  }

  [part=error] {
    padding-inline-start: 0.5rem;
    border-inline-start: 3px solid #c62828;
  }

  button {
    justify-self: start;
    font: inherit;
    min-height: 44px;
    min-width: 6rem;
    padding: 0.5rem 1.25rem;
    color: var(--_accent-contrast);
    background: var(--_accent);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  label,
  [part=error],
  button,
  .success {
    font-weight: 600;
  }

  /* Success content the page hid with the hidden attribute until a sign-up: shown now,
     even under a page reset that hides [hidden] with !important (ours, inside the shadow
     root, wins among !important rules). */
  slot[name=success]::slotted([hidden]) {
    display: block !important;
  }

  /* Cancel, beside a sign-up that waits for the connection. */
  .secondary {
    color: var(--_accent);
    background: transparent;
  }

  /* Busy: full colours (text 4.5:1 in every palette), a turning mark in the text's
     colour beside the label, and the progress cursor. */
  button[aria-disabled=true] {
    cursor: progress;
  }

  button[aria-disabled=true]::after {
    content: '';
    display: inline-block;
    width: 0.875em;
    height: 0.875em;
    margin-inline-start: 0.5em;
    vertical-align: -0.125em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: btw-turn 0.9s linear infinite;
  }

  @keyframes btw-turn {
    to {
      transform: rotate(1turn);
    }
  }

  /* Always in the page (a live region must exist before it speaks); no space while silent. */
  .status:not(:empty) {
    margin-block-start: var(--_gap);
  }

  .success:focus {
    outline: none;
  }

  @media (forced-colors: active) {
    /* CanvasText: it contrasts with Canvas in light and dark palettes (Mark is
       yellow, 1.07:1 on a white Canvas); the 2px width tells it from a valid field. */
    input[aria-invalid=true],
    [part=error] {
      border-color: CanvasText;
    }

    button {
      border-color: ButtonText;
    }
  }
`;
