import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {unansweredIds} from '../model/scoring.js';
import type {Answers, Trait} from '../model/types.js';
import {focusIds} from '../internal/focus-ids.js';
import type {FocusController} from './focus-controller.js';

/** What the flow needs to know about the widget it moves through. */
export interface FlowSource {
  readonly traits: () => readonly Trait[];
  /** True in the step-by-step layout; false when every question is on one page. */
  readonly steps: () => boolean;
  readonly answers: () => Answers;
  /** Every id the flow focuses starts with it. */
  readonly uid: string;
}

/**
 * Where the person is, and where focus goes when they move: the questions (one trait per step, then
 * "Check your answers", or one page) or the result, which gaps are flagged, and whether "Start again"
 * is waiting to be confirmed. It never holds answers: it reads them to find gaps.
 */
export class FlowController implements ReactiveController {
  view: 'form' | 'result' = 'form';
  /** In the step-by-step layout: the trait shown (0-based), or the number of traits for "Check your answers". */
  step = 0;
  /** Unanswered statements are flagged (after Continue or submit found gaps). */
  showErrors = false;
  /** "Start again" is waiting for the person to confirm it may clear their saved answers. */
  confirming = false;

  /** Set by a "Change" link: Continue goes back to "Check your answers". */
  private _returnToCheck = false;
  private readonly _host: ReactiveControllerHost;
  private readonly _focus: FocusController;
  private readonly _source: FlowSource;
  private readonly _ids: ReturnType<typeof focusIds>;

  constructor(host: ReactiveControllerHost, focus: FocusController, source: FlowSource) {
    this._host = host;
    this._focus = focus;
    this._source = source;
    this._ids = focusIds(source.uid);
    host.addController(this);
  }

  /** On "Check your answers" (the step after the last trait). */
  get onCheckPage(): boolean {
    return this.step >= this._source.traits().length;
  }

  /** Continue on a step: on to the next (or back to "Check your answers" after a Change link), or flag the gaps. */
  continue(): void {
    if (this._flagGaps(unansweredIds([this._source.traits()[this.step]], this._source.answers()))) return;
    this.goTo(this._returnToCheck ? this._source.traits().length : this.step + 1);
  }

  /**
   * Submit: true when every statement is answered, and the flow is now on the result. Otherwise the
   * gaps are flagged; step by step, it goes back to the first step with a gap.
   */
  submit(): boolean {
    const traits = this._source.traits();
    const unanswered = unansweredIds(traits, this._source.answers());
    if (unanswered.length && this._source.steps()) {
      this.step = traits.findIndex((t) => t.statements.some((st) => unanswered.includes(st.id)));
    }
    if (this._flagGaps(unanswered)) return false;
    this.view = 'result';
    this.confirming = false;
    this._focus.focusAfterUpdate(this._ids.result);
    return true;
  }

  /**
   * Moves to a step (a trait, or "Check your answers" after the last) and focuses its heading.
   * `returnToCheck`: a "Change" link, so Continue leads straight back to "Check your answers".
   */
  goTo(step: number, returnToCheck = false): void {
    this.showErrors = false;
    this._returnToCheck = returnToCheck;
    this.step = step;
    this.view = 'form';
    this._focus.focusAfterUpdate(this.onCheckPage ? this._ids.check : this._ids.step);
  }

  /** From the result back to the answers: "Check your answers", or the one-page form. */
  changeAnswers(): void {
    if (this._source.steps()) return this.goTo(this._source.traits().length);
    this.view = 'form';
    this._focus.focusAfterUpdate(this._ids.heading);
  }

  /** Asks before "Start again" clears what is saved. */
  askToConfirm(): void {
    this.confirming = true;
    this._focus.focusAfterUpdate(this._ids.confirm);
  }

  cancelConfirm(): void {
    this.confirming = false;
    this._focus.focusAfterUpdate(this._ids.startAgain);
  }

  /** Back to the first question. */
  reset(): void {
    this.view = 'form';
    this.step = 0;
    this.showErrors = this._returnToCheck = this.confirming = false;
    this._host.requestUpdate();
  }

  /** Moves focus to the first question's heading (the person pressed "Start again"). */
  focusStart(): void {
    this._focus.focusAfterUpdate(this._source.steps() ? this._ids.step : this._ids.heading);
  }

  hostUpdate(): void {
    // The host took traits away (a new config): a step past the end becomes "Check your answers".
    this.step = Math.min(this.step, this._source.traits().length);
  }

  /** Flags the gaps and focuses the error summary; false when there are none. */
  private _flagGaps(unanswered: readonly string[]): boolean {
    this.showErrors = unanswered.length > 0;
    if (this.showErrors) this._focus.focusAfterUpdate(this._ids.errors);
    return this.showErrors;
  }
}
