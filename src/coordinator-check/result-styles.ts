import {css} from 'lit';

/** The result page, "Check your answers", the agenda and past checks; they use the `--_*` names set in styles.ts. */
export const resultStyles = css`
  .verdict-panel {
    border-inline-start: 6px solid var(--_accent);
    padding-inline-start: 16px;
    margin-block-end: 1.5em;
  }
  .verdict-panel > .heading {
    font-size: 1.4em;
  }
  /* The file picker keeps its own size: the radio sizing would squash it to a square. */
  input[type='file'] {
    inline-size: auto;
    max-inline-size: 100%;
    block-size: auto;
    margin-block: 0.5em 1em;
  }
  .history > summary > .heading {
    display: inline;
    font-size: 1.1em;
  }
  .agenda > legend {
    font-weight: bold;
    font-size: 1.1em;
    margin-block-end: 0.5em;
  }
  .agenda,
  .history {
    margin-block: 1.5em;
  }
  /* A picked thing's "What we agreed" sits under its tick box, as GOV.UK's conditional reveal. */
  .agreed {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: 16px;
    margin-inline-start: 0.7em;
  }
  .past-checks span,
  .import label {
    font-weight: bold;
  }
  .import label {
    display: block;
  }

  .past-checks li {
    margin-inline-start: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 8px;
  }
  .past-checks span {
    flex: 1 1 12em;
  }
  .past-check {
    border: 3px solid var(--_border);
    padding: 0 16px;
    margin-block-end: 1em;
  }
  .summary-list {
    margin: 0 0 1.5em;
  }
  .summary-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    padding-block: 0.5em;
    border-block-end: 1px solid var(--_border);
  }
  .summary-row dt {
    flex: 1 1 100%;
    font-weight: bold;
  }
  .summary-row dd {
    margin: 0;
  }
  .summary-row .answer {
    flex: 1 1 auto;
  }
  .traits > li {
    list-style: none;
    margin: 0;
    padding-block: 0.75em;
    border-block-start: 1px solid var(--_border);
  }
  /* A shape as well as the word: never colour alone. */
  .mark::before {
    content: '?';
    margin: 0 6px;
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
  /* Big enough to tap: the most important links for someone in distress. */
  .crisis a {
    padding-block: 12px;
  }
  .crisis {
    border-inline-start: 6px solid var(--_accent);
    padding: 12px 16px;
    margin-block: 1.5em;
  }
`;
