import {html, nothing, type TemplateResult} from 'lit';
import type {Notes} from '../../i18n/result-view.js';
import type {Answers, Trait} from '../../model/types.js';
import {traitFields} from './questions-view.js';
import {focusIds, heading, type ViewContext} from '../view-context.js';

/** One step of the step-by-step flow: a single trait, with Back and Continue. */
export interface StepState {
  readonly trait: Trait;
  /** 1-based, and the number of steps in all (the traits, then "Check your answers"). */
  readonly step: number;
  readonly total: number;
  readonly answers: Answers;
  readonly notes: Notes;
  /** This step's statements flagged as unanswered after Continue. */
  readonly missing: ReadonlySet<string>;
  /** The error summary for this step, when it has one. */
  readonly errors: TemplateResult | typeof nothing;
  readonly onChange: (event: Event) => void;
  /** Continue: the submit button's click, or a submit event (see QuestionsState.onSubmit). */
  readonly onContinue: (event: Event) => void;
  readonly onBack: (() => void) | undefined;
  readonly onNote: (traitId: string, value: string) => void;
}

/** A trait as one step: "Step 2 of 6", its statements, an optional example, then Back and Continue. */
export function stepView(ctx: ViewContext, state: StepState): TemplateResult {
  const s = ctx.strings;
  const {trait} = state;
  return html`${state.errors}
    <form part="form" class="step" novalidate @change=${state.onChange} @submit=${state.onContinue}>
      <fieldset class="trait" part="trait">
        <legend>
          <span class="caption">${s.stepOf({n: state.step, total: state.total})}</span>
          ${heading(ctx, 1, trait.title, focusIds(ctx.uid).step)}
        </legend>
        ${traitFields(ctx, trait, state)}
      </fieldset>
      <div class="actions">
        <button type="submit" part="button" @click=${state.onContinue}>${s.continue}</button>
        ${state.onBack ? html`<button type="button" part="button" class="secondary" @click=${state.onBack}>${s.back}</button>` : nothing}
      </div>
    </form>`;
}
