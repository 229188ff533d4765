import {html, nothing, type TemplateResult} from 'lit';
import type {Notes} from '../../i18n/result-view.js';
import {statementIds, unansweredIds} from '../../model/scoring.js';
import type {Answers, Raised, Trait} from '../../model/types.js';
import {checkAnswersView} from './check-answers-view.js';
import {errorSummaryView} from './error-summary-view.js';
import {findOutView, type FindOutState} from './find-out-view.js';
import {questionsView} from './questions-view.js';
import {raisedQuestionView} from './raised-question-view.js';
import {stepView} from './step-view.js';
import {domId, type ViewContext} from '../view-context.js';

/** What the questions show: the answers so far, and where the flow is. */
export interface FormState {
  readonly traits: readonly Trait[];
  readonly answers: Answers;
  readonly notes: Notes;
  readonly raised: Raised | undefined;
  /** Something falls short, so "have you raised it?" is asked. */
  readonly needsRaised: boolean;
  /** Step by step (one trait, then "Check your answers"), or every question on one page. */
  readonly steps: boolean;
  /** The step shown: a trait's index, or the number of traits for "Check your answers". */
  readonly step: number;
  readonly showErrors: boolean;
  /** "Not sure who yours is?", on the first screen. */
  readonly findOut: FindOutState;
}

/** Where the person's input goes. */
export interface FormActions {
  readonly onChange: (event: Event) => void;
  readonly onSubmit: (event: Event) => void;
  readonly onContinue: (event: Event) => void;
  /** To a step; `returnToCheck` for a "Change" link. */
  readonly onGoTo: (step: number, returnToCheck?: boolean) => void;
  readonly onNote: (traitId: string, value: string) => void;
  readonly onRaised: (value: Raised) => void;
}

/** The questions in either layout: a step (or "Check your answers"), or the one-page form. */
export function formView(ctx: ViewContext, state: FormState, actions: FormActions): TemplateResult {
  const {traits, answers, notes} = state;
  const total = statementIds(traits).length;
  // The first screen: the intro, then a way out for the person who does not know who theirs is.
  const intro = html`<p>${ctx.strings.intro({...ctx.words, count: total})}</p>
    ${findOutView(ctx, state.findOut)}`;
  const raised = state.needsRaised ? raisedQuestionView(ctx, state.raised, actions.onRaised) : nothing;
  if (!state.steps) {
    const unanswered = unansweredIds(traits, answers);
    const missing = new Set(state.showErrors ? unanswered : []);
    return html`${intro} ${errors(ctx, traits, missing)}
    ${questionsView(ctx, {extra: raised, traits, answers, notes, missing, answered: total - unanswered.length, total, ...actions})}`;
  }
  const steps = traits.length + 1;
  if (state.step >= traits.length) {
    return checkAnswersView(ctx, {
      extra: raised,
      traits,
      answers,
      step: steps,
      total: steps,
      onChange: (index) => actions.onGoTo(index, true),
      onSubmit: actions.onSubmit,
      onBack: () => actions.onGoTo(traits.length - 1),
    });
  }
  const trait = traits[state.step];
  const missing = new Set(state.showErrors ? unansweredIds([trait], answers) : []);
  return html`${state.step === 0 ? intro : nothing}
  ${stepView(ctx, {
    trait,
    step: state.step + 1,
    total: steps,
    answers,
    notes,
    missing,
    errors: errors(ctx, [trait], missing),
    onChange: actions.onChange,
    onContinue: actions.onContinue,
    onBack: state.step > 0 ? () => actions.onGoTo(state.step - 1) : undefined,
    onNote: actions.onNote,
  })}`;
}

/** The error summary for the flagged statements among these traits, in the order they are asked. */
function errors(ctx: ViewContext, traits: readonly Trait[], missing: ReadonlySet<string>): TemplateResult | typeof nothing {
  const statements = traits.flatMap((t) => t.statements).filter((st) => missing.has(st.id));
  return statements.length ? errorSummaryView(ctx, statements, (e, id) => toStatement(ctx, e, id)) : nothing;
}

/** An error link: to the statement's group, centred, with focus on its chosen radio or its first. */
function toStatement(ctx: ViewContext, event: Event, statementId: string): void {
  event.preventDefault();
  const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
  const group = root.getElementById(domId(ctx, statementId));
  group?.scrollIntoView({block: 'center'});
  group?.querySelector<HTMLInputElement>('input:checked, input')?.focus();
}
