import {html, nothing, type TemplateResult} from 'lit';
import type {FocusController} from '../controllers/focus-controller.js';
import type {HistoryController} from '../controllers/history-controller.js';
import type {HostSettingsController} from '../controllers/host-settings-controller.js';
import type {TakeAwayController} from '../controllers/take-away-controller.js';
import {exportHistory} from '../model/history.js';
import {HISTORY_LIMIT, type PastCheck} from '../model/history.js';
import type {Trait} from '../model/types.js';
import {agreedField} from './agenda-view.js';
import {domId, heading, type ViewContext} from './view-context.js';

/** The past checks on this device, and what the person can do with them. */
export interface HistoryState {
  readonly checks: readonly PastCheck[];
  /** The traits shown now: a past check is shown in their words (a trait no longer asked is left out). */
  readonly traits: readonly Trait[];
  readonly opened: string | undefined;
  readonly confirming: boolean;
  readonly message: string;
  readonly dropped: number;
  /** A check's date in the copy's language. */
  readonly date: (at: string) => string;
}

export interface HistoryActions {
  readonly onOpen: (at: string | undefined) => void;
  readonly onRemove: (at: string) => void;
  readonly onAgree: (at: string, traitId: string, text: string) => void;
  readonly onExport: () => void;
  readonly onImport: (file: File) => void;
  readonly onClear: (confirmed: boolean) => void;
  readonly onCancelClear: () => void;
}

/** The ids the history panel moves focus to. */
export const historyIds = (ctx: ViewContext) =>
  ({heading: domId(ctx, 'history'), opened: domId(ctx, 'history-open'), confirm: domId(ctx, 'history-confirm')}) as const;

/** The history panel, wired to the history controller: focus follows each action, export downloads a file. */
export function historyPanel(
  ctx: ViewContext,
  history: HistoryController,
  parts: {readonly settings: HostSettingsController; readonly focus: FocusController; readonly takeAway: TakeAwayController},
): TemplateResult {
  const {settings, focus, takeAway} = parts;
  const s = settings.strings.history;
  const ids = historyIds(ctx);
  return historyView(
    ctx,
    {...history, checks: history.checks, traits: settings.traits, date: (at) => settings.date(at)},
    {
      onOpen: (at) => {
        history.open(at);
        focus.focusAfterUpdate(at ? ids.opened : ids.heading);
      },
      onRemove: (at) => {
        history.remove(at, s, settings.date(at));
        focus.focusAfterUpdate(ids.heading);
      },
      onAgree: (at, id, text) => history.agree(at, id, text),
      onExport: () => takeAway.download(exportHistory(history.checks), settings.strings, 'history'),
      onImport: (file) => void history.import(file, s),
      onClear: (confirmed) => {
        history.clear(s, confirmed);
        focus.focusAfterUpdate(confirmed ? ids.heading : ids.confirm);
      },
      onCancelClear: () => history.cancelClear(),
    },
  );
}

/** "Your past checks": a list to open or delete, one open check with its agreed notes, and moving them in a file. */
export function historyView(ctx: ViewContext, state: HistoryState, actions: HistoryActions): TemplateResult {
  const s = ctx.strings.history;
  const ids = historyIds(ctx);
  const fileId = domId(ctx, 'history-file');
  const opened = state.checks.find((check) => check.at === state.opened);
  const onFile = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared, so choosing the same file again is read again.
    input.value = '';
    if (file) actions.onImport(file);
  };
  // Closed until the person opens it: most visits are about today's check.
  return html`<details class="history">
    <summary id=${ids.heading}>${s.heading}${state.checks.length ? ` (${state.checks.length})` : ''}</summary>
    <p>${state.checks.length ? s.intro({limit: HISTORY_LIMIT}) : s.none}</p>
    ${state.dropped ? html`<p>${s.dropped({limit: HISTORY_LIMIT})}</p>` : nothing}
    <ul class="past-checks" ?hidden=${!state.checks.length}>
      ${state.checks.map((check) => {
        const date = state.date(check.at);
        const which = html`<span class="visually-hidden"> ${s.which({date})}</span>`;
        return html`<li>
          <span>${s.item({date})}</span>
          <button type="button" part="button" class="secondary" @click=${() => actions.onOpen(check.at)}>${s.open}${which}</button>
          <button type="button" part="button" class="secondary" @click=${() => actions.onRemove(check.at)}>${s.remove}${which}</button>
        </li>`;
      })}
    </ul>
    ${opened ? openedView(ctx, opened, state, actions) : nothing}
    <p class="message" role="status">${state.message}</p>
    <div class="actions">
      ${state.checks.length ? html`<button type="button" part="button" class="secondary" @click=${actions.onExport}>${s.exportFile}</button>` : nothing}
    </div>
    <div class="import">
      <label for=${fileId}>${s.importLabel}</label>
      <p class="hint" id="${fileId}-hint">${s.importHint}</p>
      <input type="file" id=${fileId} accept=".json,application/json" aria-describedby="${fileId}-hint" @change=${onFile} />
    </div>
    ${
      state.checks.length
        ? html`<div class="actions">
            <button type="button" part="button" class="secondary" @click=${() => actions.onClear(false)}>${s.clear}</button>
          </div>`
        : nothing
    }
    ${
      state.confirming
        ? html`<div class="confirm" role="group" aria-labelledby=${ids.confirm}>
            <p id=${ids.confirm} tabindex="-1">${s.clearConfirm}</p>
            <div class="actions">
              <button type="button" part="button" @click=${() => actions.onClear(true)}>${s.clearYes}</button>
              <button type="button" part="button" class="secondary" @click=${actions.onCancelClear}>${s.clearNo}</button>
            </div>
          </div>`
        : nothing
    }
  </details>`;
}

/** One past check, open: its verdict, each trait's status, and what was agreed about the picked ones. */
function openedView(ctx: ViewContext, check: PastCheck, state: HistoryState, actions: HistoryActions): TemplateResult {
  const s = ctx.strings;
  const traits = state.traits.filter((t) => check.traits[t.id]);
  const picked = traits.filter((t) => check.agenda.includes(t.id));
  return html`<div class="past-check">
    ${heading(ctx, 2, s.history.item({date: state.date(check.at)}), historyIds(ctx).opened)}
    <p>${s.verdict[check.verdict](ctx.words)}</p>
    <ul class="traits">
      ${traits.map((t) => html`<li>${t.title}: ${s.status[check.traits[t.id]]}</li>`)}
    </ul>
    ${
      picked.length
        ? html`${heading(ctx, 3, s.agenda.heading)}
          ${picked.map((t) =>
            agreedField(ctx, domId(ctx, `past-${t.id}`), t, check.agreed[t.id] ?? '', (id, text) => actions.onAgree(check.at, id, text)),
          )}`
        : nothing
    }
    <button type="button" part="button" class="secondary" @click=${() => actions.onOpen(undefined)}>${s.history.close}</button>
  </div>`;
}
