import {nothing, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {HistoryController} from '../controllers/history-controller.js';
import type {HostSettingsController} from '../controllers/host-settings-controller.js';
import type {TakeAwayController} from '../controllers/take-away-controller.js';
import {canPick} from '../model/history.js';
import {describeResult, draftText, summaryText, type Notes, type ResultDocument} from '../i18n/result-view.js';
import type {Answers, CheckResult, Raised} from '../model/types.js';
import {agendaView} from '../views/result/agenda-view.js';
import {draftPanelView} from '../views/result/draft-panel-view.js';
import {resultPageView} from '../views/result/result-page-view.js';
import type {ViewContext} from '../views/view-context.js';

/** The parts of the widget the result page reads and acts through. */
export interface ResultScreenParts {
  readonly host: ReactiveControllerHost & {readonly remember: boolean};
  readonly settings: HostSettingsController;
  readonly history: HistoryController;
  readonly takeAway: TakeAwayController;
}

/** What the person gave, and the result it came to. */
export interface ResultInput {
  readonly result: CheckResult | undefined;
  readonly answers: Answers;
  readonly notes: Notes;
  readonly raised: Raised | undefined;
  /** "Start again" is waiting for the person to confirm it may clear their saved answers. */
  readonly confirming: boolean;
  /** "Start again", asked first when saved answers would go; `confirmed` once the person said yes. */
  readonly onStartAgain: (confirmed?: boolean) => void;
  readonly onChangeAnswers: () => void;
  readonly onCancelStartAgain: () => void;
}

/**
 * The result page as the widget shows it: the result in words (with the agenda and the comparison
 * with the last check), wired to print, copy, download and the draft message. It holds the one
 * piece of state that is the result page's own: the person's edit of the draft.
 */
export class ResultScreen {
  /** The person's own edit of the draft; undefined while it still follows the result. */
  private _draft: string | undefined;
  /** Whether the draft message carries the person's examples: only if they tick the box. */
  private _includeNotes = false;
  private readonly _parts: ResultScreenParts;

  constructor(parts: ResultScreenParts) {
    this._parts = parts;
  }

  /** A new result, or none: the draft follows the result again, without the examples. */
  reset(): void {
    this._draft = undefined;
    this._includeNotes = false;
  }

  render(ctx: ViewContext, input: ResultInput): TemplateResult {
    const {settings, takeAway, history, host} = this._parts;
    const s = settings.strings;
    const doc = this._document(input);
    const date = settings.date(input.result?.completedAt ?? new Date());
    const summary = () => summaryText(doc, s, s.heading(settings.words), settings.date(new Date()));
    const update = (change: () => void) => (change(), host.requestUpdate());
    const draft = draftPanelView(ctx, {
      includeNotes: this._includeNotes,
      edited: this._draft !== undefined,
      onIncludeNotes: (value) => update(() => (this._includeNotes = value)),
      text: this._draft ?? draftText(doc, s, {includeNotes: this._includeNotes}),
      email: settings.contact?.email,
      onInput: (value) => update(() => (this._draft = value)),
      onCopy: (value) => void takeAway.copy(value, s, 'draft-text'),
    });
    const check = history.current;
    const agenda = check
      ? agendaView(ctx, {
          check,
          // The traits not fully met, in the order they were asked: never reordered by a pick, so no
          // box moves under the person's finger or screen reader.
          traits: settings.traits.filter((_, i) => canPick(doc.result.traits[i]?.status)),
          lastPick: history.lastPick,
          kept: host.remember,
          onPick: (id, on) => history.pick(check.at, id, on),
          onAgree: (id, text) => history.agree(check.at, id, text),
        })
      : nothing;
    return resultPageView(
      ctx,
      {
        doc,
        date,
        message: takeAway.message,
        fallback: takeAway.fallback,
        confirming: input.confirming,
        // "Start again" says past checks stay, when there are some.
        keepsHistory: host.remember && history.checks.length > 0,
        draft,
        agenda,
      },
      {
        onPrint: () => takeAway.print({doc, strings: s, title: s.heading(settings.words), date, lang: settings.lang}),
        onCopy: () => void takeAway.copy(summary(), s, 'summary'),
        onDownload: () => takeAway.download(summary(), s),
        onChangeAnswers: input.onChangeAnswers,
        onStartAgain: () => input.onStartAgain(),
        onConfirmStartAgain: () => input.onStartAgain(true),
        onCancelStartAgain: input.onCancelStartAgain,
      },
    );
  }

  private _document(input: ResultInput): ResultDocument {
    const {settings, history} = this._parts;
    const {current, previous} = history;
    return describeResult({
      strings: settings.strings,
      words: settings.words,
      traits: settings.traits,
      answers: input.answers,
      notes: input.notes,
      raised: input.raised,
      region: settings.region,
      contact: settings.contact,
      crisis: settings.config.crisis,
      teamCrisis: settings.config.teamCrisis,
      agenda: current?.agenda,
      agreed: current?.agreed,
      previous: previous && {check: previous, date: settings.date(previous.at)},
    });
  }
}
