import {html, nothing, type TemplateResult} from 'lit';
import type {ResultDocument} from '../../i18n/result-view.js';
import {contactView, crisisView} from '../help-view.js';
import {confirmView, focusIds, heading, type ViewContext} from '../view-context.js';

/** The person's actions on the result page. */
export interface ResultActions {
  readonly onPrint: () => void;
  readonly onCopy: () => void;
  readonly onDownload: () => void;
  readonly onChangeAnswers: () => void;
  readonly onStartAgain: () => void;
  readonly onConfirmStartAgain: () => void;
  readonly onCancelStartAgain: () => void;
}

/** What the result page shows beside the result itself. */
export interface ResultState {
  readonly doc: ResultDocument;
  /** "Checked on" date, already in the copy's language. */
  readonly date: string;
  /** What the last take-away action said. */
  readonly message: string;
  /** The summary to copy by hand, when the clipboard was refused. */
  readonly fallback: string;
  /** "Start again" is asking before it clears saved answers. */
  readonly confirming: boolean;
  /** The draft message panel. */
  readonly draft: TemplateResult;
  /** "Choose what to talk about first", when something is not fully met. */
  readonly agenda: TemplateResult | typeof nothing;
  /** There are past checks, which "Start again" keeps: its question says so. */
  readonly keepsHistory: boolean;
  /** When the facts were last checked, in the copy's language; undefined when the host hid the line. */
  readonly factsDate: string | undefined;
}

/** The result: the verdict, each trait's status, next steps, crisis lines and take-away actions. */
export function resultPageView(ctx: ViewContext, state: ResultState, actions: ResultActions): TemplateResult {
  const s = ctx.strings;
  const {doc} = state;
  return html`<div class="result" part="result">
    <div class="verdict-panel">
      ${heading(ctx, 1, html`<span class="verdict" part="verdict">${doc.verdict}</span>`, focusIds(ctx.uid).result)}
      <p class="verdict-detail">${doc.verdictDetail}</p>
      ${doc.raisedNote ? html`<p class="raised-note">${doc.raisedNote}</p>` : nothing}
      <p class="date">${s.checkedOn({date: state.date})}</p>
    </div>
    ${
      doc.since
        ? html`<section class="since">
            ${heading(ctx, 2, doc.since.heading)}
            <p>${s.history.sinceIntro}</p>
            <ul class="traits">
              ${doc.since.lines.map(
                ({trait, change}) => html`<li>
                  <strong>${trait.title}:</strong> <span class="trend trend-${change}">${s.history.change[change]}</span>
                </li>`,
              )}
            </ul>
          </section>`
        : nothing
    }
    ${doc.groups.map(
      (group) => html`<section>
        ${heading(ctx, 2, group.heading)}
        <ul class="traits">
          ${group.lines.map(
            ({trait, status, note, prompts, raisedThen, agreedThen}) => html`<li class="trait-result" part="trait">
              <p>
                <strong>${trait.title}</strong>
                <span class="status status-${status}"><span class="mark" aria-hidden="true"></span>${s.status[status]}</span>
              </p>
              ${raisedThen ? html`<p class="raised-then">${raisedThen.yours}</p>` : nothing}
              ${agreedThen ? html`<p class="agreed-then">${s.agenda.agreedThen} ${agreedThen}</p>` : nothing}
              ${note ? html`<p>${s.yourExample} ${note}</p>` : nothing}
              ${
                prompts
                  ? html`<p>${prompts.intro}</p>
                    <ul class="suggestions">
                      ${prompts.lines.map((line) => html`<li>“${line}”</li>`)}
                    </ul>`
                  : nothing
              }
            </li>`,
          )}
        </ul>
      </section>`,
    )}
    ${state.agenda}
    <section>
      ${heading(ctx, 2, s.nextStepsHeading)}
      <p>${s.nextStepsIntro}</p>
      <ol class="steps">
        ${doc.steps.map((step) => html`<li data-step=${step.id}>${step.text} ${contactView(ctx, step.contact)}</li>`)}
      </ol>
    </section>
    ${crisisView(ctx, doc.crisis, 2)}
    ${state.factsDate ? html`<p>${s.factsChecked({date: state.factsDate})}</p>` : nothing}
    <div class="actions">
      <button type="button" part="button" @click=${actions.onPrint}>${s.print}</button>
      <button type="button" part="button" class="secondary" @click=${actions.onCopy}>${s.copySummary}</button>
      <button type="button" part="button" class="secondary" @click=${actions.onDownload}>${s.download}</button>
    </div>
    <p class="message" role="status">${state.message}</p>
    ${
      state.fallback
        ? html`<textarea class="summary" readonly rows="8" aria-label=${s.resultHeading} .value=${state.fallback}></textarea>`
        : nothing
    }
    ${state.draft}
    <div class="actions">
      <button type="button" part="button" class="secondary" @click=${actions.onChangeAnswers}>${s.changeAnswers}</button>
      <button type="button" part="button" class="secondary" id=${focusIds(ctx.uid).startAgain} @click=${actions.onStartAgain}>${s.startAgain}</button>
    </div>
    ${
      state.confirming
        ? confirmView(
            focusIds(ctx.uid).confirm,
            `${s.startAgainConfirm}${state.keepsHistory ? ` ${s.history.startAgainKeeps}` : ''}`,
            s.startAgainYes,
            s.startAgainNo,
            actions.onConfirmStartAgain,
            actions.onCancelStartAgain,
          )
        : nothing
    }
  </div>`;
}
