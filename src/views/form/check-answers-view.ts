import {html, type nothing, type TemplateResult} from 'lit';
import type {Answers, Trait} from '../../model/types.js';
import {focusIds, heading, type ViewContext} from '../view-context.js';

/** The "Check your answers" step: every answer, each with a way back to change it. */
export interface CheckAnswersState {
  readonly traits: readonly Trait[];
  readonly answers: Answers;
  readonly step: number;
  readonly total: number;
  /** Opens the step for this trait, to change an answer there. */
  readonly onChange: (traitIndex: number) => void;
  readonly onSubmit: (event: Event) => void;
  readonly onBack: () => void;
  /** Shown after the answers, before the submit button: the "have you raised it?" question. */
  readonly extra: TemplateResult | typeof nothing;
}

/** The GOV.UK summary-list pattern: a row per statement, its answer, and a "Change" link. */
export function checkAnswersView(ctx: ViewContext, state: CheckAnswersState): TemplateResult {
  const s = ctx.strings;
  const change = (event: Event, index: number) => {
    event.preventDefault();
    state.onChange(index);
  };
  return html`<form part="form" class="check" novalidate @submit=${state.onSubmit}>
    <span class="caption">${s.stepOf({n: state.step, total: state.total})}</span>
    ${heading(ctx, 1, s.checkAnswers, focusIds(ctx.uid).check)}
    <p>${s.checkAnswersIntro}</p>
    ${state.traits.map(
      (trait, index) => html`<section class="check-trait">
        ${heading(ctx, 2, trait.title)}
        <dl class="summary-list">
          ${trait.statements.map(
            (st) => html`<div class="summary-row">
              <dt>${st.text}</dt>
              <dd class="answer">${state.answers[st.id] ? s.answers[state.answers[st.id]] : s.notAnswered}</dd>
              <dd>
                <a href="#" class="change" @click=${(e: Event) => change(e, index)}
                  >${s.change}<span class="visually-hidden"> ${s.changeContext({question: st.text})}</span></a
                >
              </dd>
            </div>`,
          )}
        </dl>
      </section>`,
    )}
    ${state.extra}
    <div class="actions">
      <button type="submit" part="button" @click=${state.onSubmit}>${s.submit}</button>
      <button type="button" part="button" class="secondary" @click=${state.onBack}>${s.back}</button>
    </div>
  </form>`;
}
