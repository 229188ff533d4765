import {css} from 'lit';
import {resultStyles} from './result-styles.js';

/** Public custom properties are read once into private `--_*` ones, so every rule below uses one name. */
const base = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    --_accent: var(--coordinator-check-accent, #005eb8);
    --_text: var(--coordinator-check-text, #212b32);
    --_bg: var(--coordinator-check-background, #fff);
    --_border: var(--coordinator-check-border, #4c6272);
    --_radius: var(--coordinator-check-radius, 8px);
    --_error: #d5281b;
    --_on-accent: #fff;
  }
  @media (prefers-color-scheme: dark) {
    .auto {
      --_accent: #8ec5ff;
      --_text: #f0f4f5;
      --_bg: #1d2327;
      --_border: #aeb7bd;
      --_error: #ff8a80;
      --_on-accent: #000;
      color-scheme: dark;
    }
  }
  /* Page styles reach in only by inheritance: reset what a theme may have bent. */
  .base {
    box-sizing: border-box;
    font-family: var(--coordinator-check-font, inherit);
    font-size: max(1em, 16px);
    font-style: normal;
    font-weight: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    overflow-wrap: break-word;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: clamp(12px, 4vw, 24px);
  }
  * {
    box-sizing: border-box;
  }
  .heading {
    font-size: 1.25em;
    line-height: 1.3;
    margin: 0 0 0.75em;
  }
  .base > .heading {
    font-size: 1.5em;
  }
  p,
  ul,
  ol,
  fieldset {
    margin: 0 0 1em;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  li {
    margin: 0.5em 0 0;
    margin-inline-start: 1.5em;
  }
  legend {
    overflow-wrap: anywhere;
    float: none;
    padding: 0;
    margin-block-end: 0.5em;
  }
  .trait {
    margin-block-end: 2em;
  }
  summary,
  a {
    color: var(--_accent);
  }
  .statement > legend,
  .progress,
  .status,
  .error-message {
    font-weight: bold;
  }
  .invalid {
    border-inline-start: 5px solid var(--_error);
    padding-inline-start: 12px;
  }
  .error-message {
    color: var(--_error);
  }
    .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  /* Answers stack in scale order on a narrow widget, and sit in one row where there is room (36em):
     an option's basis is huge below that width, so each takes a line, and below zero above it, so
     they share one. Not a container query: it made the first style and layout of fifty widgets about
     a fifth slower, and its containment shrank the widget to its padding in a box sized by its
     content (a float, an inline-block), where it now takes the width its text would. */
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .option {
    position: relative;
    display: flex;
    flex: 1 1 calc((36em - 100%) * 999);
    align-items: center;
    gap: 8px;
    min-block-size: 44px;
    padding: 6px 12px;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  /* The chosen answer is marked by a thick border round the whole option, not by the radio alone. */
  input:checked + .answer-text::after {
    content: '';
    position: absolute;
    inset: -2px;
    border: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }
  input:checked + .answer-text {
    font-weight: bold;
  }
  /* In em, so the radios grow with the text. */
  input {
    all: revert;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  textarea {
    display: block;
    inline-size: 100%;
    font: inherit;
    color: inherit;
    background: inherit;
    border: 2px solid var(--_border);
    padding: 8px;
    margin-block-end: 1em;
  }
  /* Our own triangle, not the summary's list-item marker, which made the first style and layout of
     fifty widgets about a sixth slower. A border clipped to a triangle stays visible in forced colours. */
  summary {
    display: block;
    list-style: none;
    cursor: pointer;
    text-decoration: underline;
    padding-block: 10px;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary::before {
    content: '';
    display: inline-block;
    margin-inline-end: 0.5em;
    border: 0.35em solid transparent;
    border-left: 0.6em solid;
    border-right: 0;
    clip-path: polygon(0 0, 100% 50%, 0 100%);
  }
  summary:dir(rtl)::before {
    transform: scaleX(-1);
  }
  [open] > summary::before {
    border: 0.35em solid transparent;
    border-top: 0.6em solid;
    border-bottom: 0;
    clip-path: polygon(0 0, 100% 0, 50% 100%);
  }
  /* "Not sure who yours is?": its lines set in under a bar, as GOV.UK's details are. */
  .find-out {
    margin-block-end: 1.5em;
  }
  .find-out > div {
    border-inline-start: 5px solid var(--_border);
    padding-inline-start: 15px;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 3px;
  }
  button,
  .button {
    all: revert;
    font: inherit;
    font-weight: bold;
    line-height: 1.3;
    min-block-size: 44px;
    padding: 10px 18px;
    margin-block-end: 12px;
    color: var(--_on-accent);
    background: var(--_accent);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
    text-decoration: none;
    box-sizing: border-box;
  }
  .secondary {
    color: var(--_accent);
    background: none;
  }
  .confirm {
    border: 3px solid var(--_border);
    padding: 12px 16px;
  }
  .checkbox {
    margin-block-end: 1em;
  }
  .caption {
    display: block;
    margin-block-end: 0.25em;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .error-summary {
    border: 4px solid var(--_error);
    padding: 16px;
    margin-block-end: 1.5em;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: bold;
  }
  @media print {
    .base {
      border: 0;
      padding: 0;
      color: #000;
      background: #fff;
      font-size: 12pt;
    }
    button,
    .message,
    .draft,
    .saved,
    .history,
    .agenda,
    textarea {
      display: none;
    }
    a {
      color: inherit;
    }
  }
`;

/** The widget's styles: the page and the questions here; the result, agenda and history in result-styles. */
export const styles = [base, resultStyles];
