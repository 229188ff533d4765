import {nothing, type TemplateResult} from 'lit';
import type {HistoryController} from '../controllers/history-controller.js';
import type {HostSettingsController} from '../controllers/host-settings-controller.js';
import type {TakeAwayController} from '../controllers/take-away-controller.js';
import {FACTS_CHECKED} from '../model/facts.js';
import {canPick} from '../model/history.js';
import {describeResult, draftText, summaryText, type ResultDocument} from '../i18n/result-view.js';
import type {CheckState} from '../model/check-state.js';
import {agendaView} from '../views/result/agenda-view.js';
import {draftPanelView} from '../views/result/draft-panel-view.js';
import {resultPageView} from '../views/result/result-page-view.js';
import type {ViewContext} from '../views/view-context.js';

/** The parts of the widget the result page reads and acts through. */
export interface ResultScreenParts {
  readonly remember: boolean;
  readonly settings: HostSettingsController;
  readonly history: HistoryController;
  readonly takeAway: TakeAwayController;
}

/** What the person can do on the result page that changes the check's state. */
export interface ResultActions {
  /** "Start again", asked first when saved answers would go; `confirmed` once the person said yes. */
  readonly onStartAgain: (confirmed?: boolean) => void;
  readonly onChangeAnswers: () => void;
  readonly onCancelStartAgain: () => void;
  readonly onPick: (traitId: string, on: boolean) => void;
  readonly onAgree: (traitId: string, text: string) => void;
  readonly onDraft: (text: string) => void;
  readonly onIncludeNotes: (on: boolean) => void;
}

/**
 * The result page as the widget shows it, from the check's state: the result in words (with the
 * agenda and the comparison with the last check), wired to print, copy, download and the draft.
 */
export function resultScreen(ctx: ViewContext, state: CheckState, parts: ResultScreenParts, actions: ResultActions): TemplateResult {
  const {settings, takeAway, history, remember} = parts;
  const s = settings.strings;
  const doc = resultDocument(state, parts);
  const date = settings.date(state.result?.completedAt ?? new Date());
  const summary = () => summaryText(doc, s, s.heading(settings.words), settings.date(new Date()));
  const draft = draftPanelView(ctx, {
    includeNotes: state.includeNotes,
    edited: state.draft !== undefined,
    onIncludeNotes: actions.onIncludeNotes,
    text: state.draft ?? draftText(doc, s, {includeNotes: state.includeNotes}),
    email: settings.contact?.email,
    onInput: actions.onDraft,
    onCopy: (value) => void takeAway.copy(value, 'draft-text'),
  });
  const check = state.current;
  const agenda = check
    ? agendaView(ctx, {
        check,
        // The traits not fully met, in the order they were asked: never reordered by a pick, so no
        // box moves under the person's finger or screen reader.
        traits: settings.traits.filter((_, i) => canPick(doc.result.traits[i]?.status)),
        lastPick: state.lastPick,
        kept: remember,
        onPick: actions.onPick,
        onAgree: actions.onAgree,
      })
    : nothing;
  return resultPageView(
    ctx,
    {
      doc,
      date,
      message: takeAway.message(s),
      fallback: takeAway.fallback,
      confirming: state.confirming,
      // "Start again" says past checks stay, when there are some.
      keepsHistory: remember && history.checks.length > 0,
      // Midday, so the day is the same wherever the page is read.
      factsDate: settings.config.factsChecked === false ? undefined : settings.date(`${FACTS_CHECKED}T12:00`),
      draft,
      agenda,
    },
    {
      onPrint: () => takeAway.print({doc, strings: s, title: s.heading(settings.words), date, lang: settings.lang}),
      onCopy: () => void takeAway.copy(summary(), 'summary'),
      onDownload: () => takeAway.download(summary()),
      onChangeAnswers: actions.onChangeAnswers,
      onStartAgain: () => actions.onStartAgain(),
      onConfirmStartAgain: () => actions.onStartAgain(true),
      onCancelStartAgain: actions.onCancelStartAgain,
    },
  );
}

function resultDocument(state: CheckState, {settings, history}: ResultScreenParts): ResultDocument {
  const {current} = state;
  const previous = current && history.previous(current.at);
  return describeResult({
    strings: settings.strings,
    words: settings.words,
    traits: settings.traits,
    answers: state.answers,
    notes: state.notes,
    raised: state.raised,
    ...settings.help,
    agenda: current?.agenda,
    agreed: current?.agreed,
    previous: previous && {check: previous, date: settings.date(previous.at)},
  });
}
