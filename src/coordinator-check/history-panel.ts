import type {TemplateResult} from 'lit';
import type {FocusController} from '../controllers/focus-controller.js';
import type {HistoryController} from '../controllers/history-controller.js';
import type {HostSettingsController} from '../controllers/host-settings-controller.js';
import type {TakeAwayController} from '../controllers/take-away-controller.js';
import {exportHistory} from '../model/history.js';
import {historyIds, historyView, type HistoryState} from '../views/history/history-view.js';
import type {ViewContext} from '../views/view-context.js';

/** What the panel needs besides the history: the check on screen, and how a note on it is agreed. */
export interface HistoryPanelParts {
  readonly settings: HostSettingsController;
  readonly focus: FocusController;
  readonly takeAway: TakeAwayController;
  /** When the check on screen was made: the list marks it. */
  readonly current: string | undefined;
  /** "What we agreed" on a past check; the check on screen's goes through its state. */
  readonly onAgree: (at: string, traitId: string, text: string) => void;
}

/** The history panel, wired to the history controller: focus follows each action, export downloads a file. */
export function historyPanel(ctx: ViewContext, history: HistoryController, parts: HistoryPanelParts): TemplateResult {
  const {settings, focus, takeAway} = parts;
  const s = settings.strings.history;
  const ids = historyIds(ctx);
  const state: HistoryState = {
    checks: history.checks,
    traits: settings.traits,
    current: parts.current,
    opened: history.opened,
    confirming: history.confirming,
    importGoing: history.importGoing,
    message: history.message(s, (at) => settings.date(at)),
    dropped: history.dropped,
    date: (at) => settings.date(at),
  };
  return historyView(ctx, state, {
    onOpen: (at) => {
      const was = history.opened;
      history.open(at);
      // Closing returns to that check's Open button.
      focus.focusAfterUpdate(at ? ids.opened : was ? ids.openButton(was) : ids.heading);
    },
    onAsk: (what) => {
      history.ask(what);
      focus.focusAfterUpdate(ids.confirm);
    },
    onConfirm: () => {
      history.confirm();
      // Asked again when a check would go now that the question did not name.
      focus.focusAfterUpdate(history.confirming === 'import' ? ids.confirm : ids.heading);
    },
    onCancel: () => {
      const what = history.confirming;
      history.cancel();
      focus.focusAfterUpdate(what === 'import' ? ids.file : what === 'all' || !what ? ids.clear : ids.openButton(what));
    },
    onAgree: parts.onAgree,
    onExport: () => takeAway.download(exportHistory(history.checks), 'history'),
    onImport: (file) =>
      void history.import(file).then(() => {
        if (history.confirming === 'import') focus.focusAfterUpdate(ids.confirm);
      }),
  });
}
