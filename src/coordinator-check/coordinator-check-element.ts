import {html, nothing, type TemplateResult} from 'lit';
import {HostAttributes} from '../config/host-attributes.js';
import {FocusController} from '../controllers/focus-controller.js';
import {HistoryController} from '../controllers/history-controller.js';
import {HostSettingsController} from '../controllers/host-settings-controller.js';
import {SavedAnswersController} from '../controllers/saved-answers-controller.js';
import {ScriptConfigController} from '../controllers/script-config-controller.js';
import {TakeAwayController} from '../controllers/take-away-controller.js';
import {createWarner} from '../internal/warnings.js';
import {defineElement} from './define.js';
import {CoordinatorCheckResultEvent} from './events.js';
import {needsRaisedQuestion, scoreAnswers, statementIds} from '../model/scoring.js';
import type {Answer, CheckResult} from '../model/types.js';
// The check's state and the only ways it changes.
import * as check from '../model/check-state.js';
import type {CheckState, Flow, Transition} from '../model/check-state.js';
import {styles} from './styles.js';
import {formView} from '../views/form/form-view.js';
import {describeFindOut} from '../i18n/find-out.js';
import {historyPanel} from './history-panel.js';
import {resultScreen} from './result-screen.js';
import {savedView} from '../views/history/saved-view.js';
import {focusIds, heading, type ViewContext} from '../views/view-context.js';

let instances = 0;

/**
 * `<coordinator-check>`: a short check of how well a person's care co-ordinator is doing on the five
 * things that matter most, with a clear result and next steps. Answers never leave the device.
 *
 * @summary Check how well your care co-ordinator is doing, and what to do next.
 * @tag coordinator-check
 *
 * @fires {CoordinatorCheckResultEvent} coordinator-check-result - The person submitted a complete check. `detail` is a `CheckResult`.
 *
 *
 * @csspart base - The wrapper around everything the widget shows.
 * @csspart form - The questions.
 * @csspart find-out - "Not sure who your care co-ordinator is?", on the first screen.
 * @csspart trait - A group of statements about one trait, and that trait in the result.
 * @csspart error-summary - The list of unanswered statements after an incomplete submit.
 * @csspart result - The result view.
 * @csspart verdict - The verdict: the words that head the result.
 * @csspart crisis - The "if you need help now" box.
 * @csspart draft - The "Draft a message" panel.
 * @csspart button - Every button.
 *
 * @cssprop --coordinator-check-accent - Buttons, links and selected answers. Default NHS blue `#005eb8`.
 * @cssprop --coordinator-check-text - Text colour. Default `#212b32`.
 * @cssprop --coordinator-check-background - Background. Default `#ffffff`.
 * @cssprop --coordinator-check-border - Borders and dividers. Default `#4c6272`.
 * @cssprop --coordinator-check-radius - Corner radius of boxes and buttons. Default `8px`.
 * @cssprop --coordinator-check-font - Font family. Default: inherited from the page.
 */
export class CoordinatorCheck extends HostAttributes {
  static override styles = styles;

  static override properties = {
    _state: {state: true},
  };

  /** Registers the element under `tag`; calling it again, or after another copy did, is harmless. */
  static define(tag = 'coordinator-check', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  private readonly _uid = `coordinator-check-${++instances}`;
  /** Each element's own warnings, capped so a flood of bad input cannot flood the console. */
  private readonly _warn = createWarner();
  private readonly _scriptConfig = new ScriptConfigController(this, this._warn);
  private readonly _focus = new FocusController(this);
  private readonly _takeAway = new TakeAwayController(this);
  private readonly _history = new HistoryController(this, this._warn);
  private readonly _settings = new HostSettingsController(this, () => this._scriptConfig.value, this._warn);
  private readonly _saved = new SavedAnswersController(
    this,
    {
      // "Have you raised it?" is kept only while it is asked: a stale answer must not come back ticked.
      read: () => ({
        answers: this._state.answers,
        notes: this._state.notes,
        history: this._history.checks,
        raised: this._asksRaised ? this._state.raised : undefined,
      }),
      restore: (saved) => ((this._state = check.restore(this._state, saved)), this._history.restore(saved.history)),
      replace: (saved) => ((this._state = check.replace(this._state, saved)), this._history.adopt(saved.history, true, this._state.current)),
      adoptHistory: (history, keepMine) => this._history.adopt(history, keepMine, this._state.current),
      ids: () => ({statements: statementIds(this._settings.traits), traits: this._settings.traits.map((t) => t.id)}),
    },
    this._warn,
  );

  /**
   * The check's one state: answers, notes, "have you raised it?", where the person is, the result,
   * its picks and the draft. Changed only by the model's transitions.
   */
  private _state: CheckState = check.initialState;
  /** The result of the last complete submit, or undefined. Read-only; cleared by `reset()` and "Start again". */
  get result(): CheckResult | undefined {
    return this._state.result;
  }

  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved to another part of the page: the nearest `lang` may differ.
    this.requestUpdate();
  }

  /** Whether "have you raised it?" is asked: something fell short. */
  private get _asksRaised(): boolean {
    return needsRaisedQuestion(scoreAnswers(this._settings.traits, this._state.answers));
  }

  private get _viewContext(): ViewContext {
    return {strings: this._settings.strings, words: this._settings.words, uid: this._uid, level: this._settings.level};
  }

  /** What the transitions need to know about the check shown. */
  private get _flow(): Flow {
    return {traits: this._settings.traits, steps: this._settings.layout === 'steps'};
  }

  /** Takes a transition's new state, and moves focus where it says once the change is on screen. */
  private _go({state, focus}: Transition): void {
    this._state = state;
    if (focus) this._focus.focusAfterUpdate(focusIds(this._uid)[focus]);
  }

  // Handlers

  private _onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const id = input.dataset.statement;
    if (id && input.checked) this._state = check.answer(this._state, id, input.value as Answer);
  }

  private _onSubmit(event: Event): void {
    event.preventDefault();
    const submitted = check.submit(this._state, this._flow, new Date());
    this._go(submitted);
    // Scored alone: the result view words it when it renders, once.
    const {view, result, current} = submitted.state;
    if (view !== 'result' || !result || !current) return;
    this._state = check.kept(this._state, this._history.record(current));
    this._takeAway.clear();
    /** @ignore Documented by @fires on the class. */
    this.dispatchEvent(new CoordinatorCheckResultEvent(result));
  }

  /** "Start again" clears saved answers too: with `remember` and something saved, it asks first. */
  private _onStartAgain(confirmed = false): void {
    if (!confirmed && this.remember && this._saved.stored && !this._state.confirming) return this._go(check.askToConfirm(this._state));
    this.reset();
    this._go(check.startAgain(this._flow, true));
  }

  /**
   * "Clear my answers". With `remember`, today's answers and notes go (past checks stay: they have
   * their own delete). Without it, or when the record cannot be read, the whole record goes, and
   * today's answers stay: the record was an earlier visit's.
   */
  private _onClearSaved(): void {
    if (!this.remember || this._saved.paused) {
      this._saved.clear();
      this._history.forgetAll();
    }
    if (this.remember) this._onStartAgain(true);
  }

  /** A change to the result's picks or notes: its kept copy among the past checks follows. */
  private _onPicks(change: (state: CheckState) => CheckState): void {
    this._state = change(this._state);
    if (this._state.current) this._history.keep(this._state.current);
  }

  // Public methods

  /** Clears every answer and note (and, with `remember`, the saved ones; past checks stay) and shows the questions again. Fires no event. */
  reset(): void {
    this._go(check.startAgain(this._flow, false));
    this._history.reset();
    this._takeAway.clear();
  }

  // Rendering

  protected override render(): TemplateResult {
    const ctx = this._viewContext;
    const s = this._settings.strings;
    const state = this._state;
    const flow = this._flow;
    const form = () =>
      formView(
        ctx,
        {
          traits: flow.traits,
          answers: state.answers,
          notes: state.notes,
          raised: state.raised,
          needsRaised: this._asksRaised,
          steps: flow.steps,
          step: check.shownStep(state, flow),
          showErrors: state.showErrors,
          findOut: {
            open: state.findOutOpen,
            doc: state.findOutOpen ? describeFindOut({...this._settings.help, words: ctx.words, strings: s}) : undefined,
            onToggle: (open) => (this._state = check.findOut(this._state, open)),
          },
        },
        {
          onChange: (e) => this._onChange(e),
          onSubmit: (e) => this._onSubmit(e),
          onContinue: (e) => {
            e.preventDefault();
            this._go(check.continueStep(this._state, this._flow));
          },
          onGoTo: (step, returnToCheck) => this._go(check.goTo(this._state, this._flow, step, returnToCheck)),
          onNote: (id, value) => (this._state = check.note(this._state, id, value)),
          onRaised: (value) => (this._state = check.raise(this._state, value)),
        },
      );
    return html`<div part="base" class="base ${this.theme === 'auto' ? 'auto' : ''}" lang=${this._settings.lang}>
      ${heading(ctx, 0, s.heading(this._settings.words), focusIds(this._uid).heading)}
      ${
        state.view === 'form'
          ? form()
          : resultScreen(
              ctx,
              state,
              {remember: this.remember, settings: this._settings, history: this._history, takeAway: this._takeAway},
              {
                onStartAgain: (confirmed) => this._onStartAgain(confirmed),
                onChangeAnswers: () => this._go(check.changeAnswers(this._state, this._flow)),
                onCancelStartAgain: () => this._go(check.cancelConfirm(this._state)),
                onPick: (id, on) => this._onPicks((st) => check.pick(st, id, on)),
                onAgree: (id, text) => this._onPicks((st) => check.agree(st, id, text)),
                onDraft: (text) => (this._state = check.editDraft(this._state, text)),
                onIncludeNotes: (on) => (this._state = check.includeNotes(this._state, on)),
              },
            )
      }
      ${
        this.remember
          ? historyPanel(ctx, this._history, {
              settings: this._settings,
              focus: this._focus,
              takeAway: this._takeAway,
              current: state.current?.at,
              onAgree: (at, id, text) =>
                at === this._state.current?.at ? this._onPicks((st) => check.agree(st, id, text)) : this._history.agree(at, id, text),
            })
          : nothing
      }
      ${savedView(ctx, this.remember, this._saved.status, {
        onClear: () => this._onClearSaved(),
        onLoad: () => this._saved.loadOffered(),
        onKeep: () => this._saved.keepMine(),
      })}
    </div>`;
  }
}
