import {css} from 'lit';

/** Public custom properties are read once into private `--_*` ones, so every rule below uses one name. */
export const styles = css`
  :host {
    --_accent: var(--coordinator-check-accent, #005eb8);
    --_text: var(--coordinator-check-text, #212b32);
    --_background: var(--coordinator-check-background, #ffffff);
    --_border: var(--coordinator-check-border, #4c6272);
    --_radius: var(--coordinator-check-radius, 8px);
    --_error: #d5281b;
    --_focus: #ffeb3b;
    display: block;
    max-inline-size: 100%;
  }
  :host([hidden]) {
    display: none;
  }

  /* Page styles reach us only through inheritance: reset the inherited ones a theme may have bent. */
  .base {
    box-sizing: border-box;
    font-family: var(--coordinator-check-font, inherit);
    font-size: max(1em, 16px);
    font-weight: normal;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    overflow-wrap: break-word;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: clamp(12px, 4vw, 24px);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .heading {
    font-size: 1.25em;
    line-height: 1.3;
    font-weight: bold;
    margin: 0 0 0.75em;
  }
  .base > .heading {
    font-size: 1.5em;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: 3px solid var(--_text);
    outline-offset: 4px;
  }
  p,
  ul,
  ol {
    margin: 0 0 1em;
  }
  ul,
  ol {
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-block-start: 0.5em;
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    float: none;
    padding: 0;
    max-inline-size: 100%;
  }
  .trait {
    margin-block-end: 2em;
  }
  .trait > legend .heading {
    margin: 0 0 0.5em;
  }
  .number {
    color: var(--_accent);
  }
  .statement {
    margin-block-end: 1.25em;
    padding-inline-start: 0;
  }
  .statement > legend {
    margin-block-end: 0.5em;
    font-weight: bold;
  }
  .statement.invalid {
    border-inline-start: 5px solid var(--_error);
    padding-inline-start: 12px;
  }
  .error-message {
    color: var(--_error);
    font-weight: bold;
    margin-block-end: 0.5em;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 8px;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 6px 14px 6px 10px;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    flex: 1 1 8em;
  }
  .option:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  input[type='radio'] {
    display: inline-block;
    appearance: auto;
    inline-size: 24px;
    block-size: 24px;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
    opacity: 1;
    position: static;
  }
  input[type='radio']:focus-visible,
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_text);
  }
  .hint {
    color: inherit;
  }
  .progress {
    font-weight: bold;
  }

  button {
    all: revert;
    display: inline-block;
    font: inherit;
    font-weight: bold;
    line-height: 1.3;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 10px 20px;
    margin: 0 12px 12px 0;
    color: #ffffff;
    background: var(--_accent);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  button.secondary {
    color: var(--_accent);
    background: transparent;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .error-summary {
    border: 4px solid var(--_error);
    padding: 16px;
    margin-block-end: 1.5em;
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: bold;
  }

  .verdict {
    font-size: 1.125em;
  }
  .traits {
    list-style: none;
    padding: 0;
  }
  .trait-result {
    padding-block: 0.75em;
    border-block-start: 1px solid var(--_border);
  }
  .trait-result > p:first-child {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 4px 12px;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-weight: bold;
  }
  /* A shape as well as the word, never colour alone. */
  .mark::before {
    content: '?';
  }
  .status-met .mark::before {
    content: '✓';
  }
  .status-partly-met .mark::before {
    content: '◐';
  }
  .status-not-met .mark::before {
    content: '✗';
  }
  .crisis {
    border-inline-start: 6px solid var(--_accent);
    padding: 12px 16px;
    margin-block: 1.5em;
    background: color-mix(in srgb, var(--_accent) 8%, var(--_background));
  }
  .crisis a,
  .contact a {
    font-weight: bold;
    white-space: nowrap;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }

  @media (forced-colors: active) {
    .base,
    .option,
    .error-summary,
    .crisis {
      border-color: CanvasText;
    }
    .option:has(input:checked) {
      border-color: Highlight;
    }
    button {
      border-color: ButtonText;
    }
    input[type='radio']:focus-visible,
    button:focus-visible,
    a:focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    :host {
      scroll-behavior: smooth;
    }
  }
`;
