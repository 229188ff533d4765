import {html, nothing, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import type {Notes} from '../../i18n/result-view.js';
import type {Answer, Answers, Statement, Trait} from '../../model/types.js';
import {domId, heading, type ViewContext} from '../view-context.js';

/** What the questions show, and where the person's input goes. */
export interface QuestionsState {
  readonly traits: readonly Trait[];
  readonly answers: Answers;
  readonly notes: Notes;
  /** Statements flagged as unanswered after an incomplete submit. */
  readonly missing: ReadonlySet<string>;
  readonly answered: number;
  readonly total: number;
  readonly onChange: (event: Event) => void;
  /**
   * Called on the submit button's click (Enter in a radio group clicks it too) and on a submit event.
   * The click is handled itself and cancelled: a sandboxed frame without allow-forms never fires submit.
   */
  readonly onSubmit: (event: Event) => void;
  readonly onNote: (traitId: string, value: string) => void;
  /** Shown after the traits, before the progress line: the "have you raised it?" question. */
  readonly extra: TemplateResult | typeof nothing;
}

/** The form: every trait as a fieldset of statements, each a radio group, then the submit button. */
export function questionsView(ctx: ViewContext, state: QuestionsState): TemplateResult {
  const s = ctx.strings;
  return html`<form part="form" novalidate @change=${state.onChange} @submit=${state.onSubmit}>
    <p>${s.notSureHint}</p>
    ${state.traits.map(
      (trait, i) => html`<fieldset class="trait" part="trait">
        <legend>${heading(ctx, 1, `${i + 1}. ${trait.title}`)}</legend>
        ${traitFields(ctx, trait, state)}
      </fieldset>`,
    )}
    ${state.extra}
    <p class="progress" role="status">${s.progress({answered: state.answered, total: state.total})}</p>
    <button type="submit" part="button" @click=${state.onSubmit}>${s.submit}</button>
  </form>`;
}

/** What a trait's fieldset holds under its legend, in either layout: its hint, statements and optional example. */
export function traitFields(
  ctx: ViewContext,
  trait: Trait,
  state: Pick<QuestionsState, 'answers' | 'notes' | 'missing' | 'onNote'>,
): TemplateResult {
  return html`${trait.hint ? html`<p class="hint">${trait.hint}</p>` : nothing}
  ${trait.statements.map((st) => statementView(ctx, st, state.answers, state.missing.has(st.id)))}
  ${noteView(ctx, trait, Object.hasOwn(state.notes, trait.id) ? state.notes[trait.id] : undefined, state.onNote)}`;
}

/** One statement: a fieldset whose legend is the statement, with a radio for each answer. */
function statementView(ctx: ViewContext, {id, text, kind}: Statement, answers: Answers, missing: boolean): TemplateResult {
  const groupId = domId(ctx, id);
  const radios = (kind === 'fact' ? factScale : frequencyScale)(groupId, id, answers[id], ctx.strings.answers);
  const error = missing ? html`<p class="error-message" id="${groupId}-error">${ctx.strings.errorInline}</p>` : nothing;
  return html`<fieldset class="statement ${missing ? 'invalid' : ''}" id=${groupId} aria-describedby=${missing ? `${groupId}-error` : nothing}>
    <legend>${text}</legend>
    ${error}${radios}
  </fieldset>`;
}

type Scale = (name: string, id: string, chosen: Answer | undefined, words: Record<Answer, string>) => TemplateResult;

// One template for each scale's radios, not one for each radio: a statement's answers are cloned in
// one go, which makes fifty widgets on a page load faster. The order is the scale's (`answersFor`).
const frequencyScale: Scale = (name, id, chosen, words) => html`<div class="options"
  ><label class="option"
    ><input type="radio" name=${name} value="yes" data-statement=${id} .checked=${live(chosen === 'yes')} /><span class="answer-text"
      >${words.yes}</span
    ></label
  ><label class="option"
    ><input type="radio" name=${name} value="sometimes" data-statement=${id} .checked=${live(chosen === 'sometimes')} /><span class="answer-text"
      >${words.sometimes}</span
    ></label
  ><label class="option"
    ><input type="radio" name=${name} value="no" data-statement=${id} .checked=${live(chosen === 'no')} /><span class="answer-text"
      >${words.no}</span
    ></label
  ><label class="option"
    ><input type="radio" name=${name} value="not-sure" data-statement=${id} .checked=${live(chosen === 'not-sure')} /><span class="answer-text"
      >${words['not-sure']}</span
    ></label
></div>`;

const factScale: Scale = (name, id, chosen, words) => html`<div class="options"
  ><label class="option"
    ><input type="radio" name=${name} value="yes" data-statement=${id} .checked=${live(chosen === 'yes')} /><span class="answer-text"
      >${words.yes}</span
    ></label
  ><label class="option"
    ><input type="radio" name=${name} value="no" data-statement=${id} .checked=${live(chosen === 'no')} /><span class="answer-text"
      >${words.no}</span
    ></label
  ><label class="option"
    ><input type="radio" name=${name} value="not-sure" data-statement=${id} .checked=${live(chosen === 'not-sure')} /><span class="answer-text"
      >${words['not-sure']}</span
    ></label
></div>`;

/** An optional example for a trait, in a closed panel; its text box is made only when first opened. */
function noteView(ctx: ViewContext, trait: Trait, note: string | undefined, onNote: QuestionsState['onNote']): TemplateResult {
  const s = ctx.strings;
  const id = domId(ctx, `${trait.id}-note`);
  // Most people never open it: an empty note is made on first opening, and the text box with it.
  const onToggle = (e: Event) => (e.target as HTMLDetailsElement).open && note === undefined && onNote(trait.id, '');
  return html`<details class="note" data-trait=${trait.id} ?open=${live(note !== undefined)} @toggle=${onToggle}>
    <summary>${s.noteToggle({trait: trait.title})}</summary>
    ${
      note === undefined
        ? nothing
        : html`<label for=${id}>${s.noteLabel({trait: trait.title})}</label>
          <p class="hint" id="${id}-hint">${s.noteHint}</p>
          <textarea
            id=${id}
            rows="3"
            maxlength="2000"
            aria-describedby="${id}-hint"
            .value=${live(note)}
            @input=${(e: Event) => onNote(trait.id, (e.target as HTMLTextAreaElement).value)}
          ></textarea>`
    }
  </details>`;
}
