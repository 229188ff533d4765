import {html, nothing, type TemplateResult} from 'lit';
import {HISTORY_LIMIT, type PastCheck} from '../../model/history.js';
import type {HistoryCopy} from '../../i18n/strings.js';
import type {Trait} from '../../model/types.js';
import {agreedField} from '../result/agenda-view.js';
import {confirmView, domId, heading, type ViewContext} from '../view-context.js';

/** The past checks on this device, and what the person can do with them. */
export interface HistoryState {
  readonly checks: readonly PastCheck[];
  /** The traits shown now: a past check is shown in their words (a trait no longer asked is left out). */
  readonly traits: readonly Trait[];
  /** The check on screen, marked in the list. */
  readonly current: string | undefined;
  readonly opened: string | undefined;
  /** A delete waiting to be confirmed: one check's `at`, or `all`; or `import`, a file that would push out kept checks. */
  readonly confirming: string | undefined;
  /** The kept checks the file waiting to be confirmed would delete, newest first. */
  readonly importGoing: readonly PastCheck[];
  readonly message: string;
  readonly dropped: number;
  /** A check's date in the copy's language. */
  readonly date: (at: string) => string;
}

export interface HistoryActions {
  readonly onOpen: (at: string | undefined) => void;
  /** Asks before deleting one check (its `at`) or `all`. */
  readonly onAsk: (what: string) => void;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  readonly onAgree: (at: string, traitId: string, text: string) => void;
  readonly onExport: () => void;
  readonly onImport: (file: File) => void;
}

/** The ids the history panel moves focus to. Ids of checks use their time, which no trait id can look like. */
export const historyIds = (ctx: ViewContext) =>
  ({
    heading: domId(ctx, 'history'),
    opened: domId(ctx, 'history:open'),
    confirm: domId(ctx, 'history:confirm'),
    clear: domId(ctx, 'history:clear'),
    file: domId(ctx, 'history:file'),
    openButton: (at: string) => domId(ctx, `history:open:${at}`),
  }) as const;

/** "Your past checks": a list to open or delete, one open check with its agreed notes, and moving them in a file. */
export function historyView(ctx: ViewContext, state: HistoryState, actions: HistoryActions): TemplateResult {
  const s = ctx.strings.history;
  const ids = historyIds(ctx);
  const fileId = ids.file;
  const opened = state.checks.find((check) => check.at === state.opened);
  const asked = state.confirming;
  const onFile = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared, so choosing the same file again is read again.
    input.value = '';
    if (file) actions.onImport(file);
  };
  const confirm = (question: string, yes: string, no: string) =>
    confirmView(ids.confirm, question, yes, no, actions.onConfirm, actions.onCancel);
  // Closed until the person opens it: most visits are about today's check.
  return html`<details class="history">
    <summary id=${ids.heading}>${heading(ctx, 1, html`${s.heading}${state.checks.length ? ` (${state.checks.length})` : ''}`)}</summary>
    <p>${state.checks.length ? s.intro({limit: HISTORY_LIMIT}) : s.none}</p>
    ${state.dropped ? html`<p>${s.dropped({limit: HISTORY_LIMIT, count: state.dropped})}</p>` : nothing}
    <ul class="past-checks" ?hidden=${!state.checks.length}>
      ${state.checks.map((check) => {
        const date = state.date(check.at);
        // The space is in the value: the template minifier trims it from the start of a template.
        const which = html`<span class="visually-hidden">${` ${s.which({date})}`}</span>`;
        return html`<li>
          <span>${s.item({date})}${check.at === state.current ? ` ${s.thisCheck}` : ''}</span>
          <button type="button" part="button" class="secondary" id=${ids.openButton(check.at)} @click=${() => actions.onOpen(check.at)}>
            ${s.open}${which}
          </button>
          <button type="button" part="button" class="secondary" @click=${() => actions.onAsk(check.at)}>${s.remove}${which}</button>
        </li>`;
      })}
    </ul>
    ${asked && asked !== 'all' && asked !== 'import' ? confirm(s.removeConfirm({date: state.date(asked)}), s.removeYes, s.removeNo) : nothing}
    ${opened ? openedView(ctx, opened, state, actions) : nothing}
    <p class="message" role="status">${state.message}</p>
    ${
      state.checks.length
        ? html`<p class="hint">${s.exportHint}</p>
            <div class="actions">
              <button type="button" part="button" class="secondary" @click=${actions.onExport}>${s.exportFile}</button>
            </div>`
        : nothing
    }
    <div class="import">
      <label for=${fileId}>${s.importLabel}</label>
      <p class="hint" id="${fileId}:hint">${s.importHint}</p>
      <input type="file" id=${fileId} accept=".json,application/json" aria-describedby="${fileId}:hint" @change=${onFile} />
    </div>
    ${asked === 'import' ? importQuestion(state, s, confirm) : nothing}
    ${
      state.checks.length
        ? html`<div class="actions">
            <button type="button" part="button" class="secondary" id=${ids.clear} @click=${() => actions.onAsk('all')}>${s.clear}</button>
          </div>`
        : nothing
    }
    ${asked === 'all' ? confirm(s.clearConfirm, s.clearYes, s.clearNo) : nothing}
  </details>`;
}

/** "Adding this file will delete your check on 3 March 2026...": the dates of the checks that would go. */
function importQuestion(
  state: HistoryState,
  s: HistoryCopy,
  confirm: (question: string, yes: string, no: string) => TemplateResult,
): TemplateResult {
  const going = state.importGoing;
  const count = going.length;
  const [to, from] = [going[0], going[count - 1]].map((check) => (check ? state.date(check.at) : ''));
  return confirm(s.importConfirm({limit: HISTORY_LIMIT, count, from, to}), s.importYes({count}), s.importNo);
}

/** One past check, open: its verdict, each trait's status, and what was agreed about the picked ones. */
function openedView(ctx: ViewContext, check: PastCheck, state: HistoryState, actions: HistoryActions): TemplateResult {
  const s = ctx.strings;
  const date = state.date(check.at);
  const traits = state.traits.filter((t) => Object.hasOwn(check.traits, t.id));
  const picked = traits.filter((t) => check.agenda.includes(t.id));
  return html`<div class="past-check">
    ${heading(ctx, 2, s.history.item({date}), historyIds(ctx).opened)}
    <p>${s.verdict[check.verdict](ctx.words)}</p>
    <ul class="traits">
      ${traits.map((t) => html`<li>${t.title}: ${s.status[check.traits[t.id]]}</li>`)}
    </ul>
    ${
      picked.length
        ? html`${heading(ctx, 3, s.agenda.pastHeading)}
          ${picked.map((t) =>
            agreedField(ctx, domId(ctx, `past:${t.id}`), t, check.agreed[t.id] ?? '', s.agenda.agreedHint, (id, text) =>
              actions.onAgree(check.at, id, text),
            ),
          )}`
        : nothing
    }
    <button type="button" part="button" class="secondary" @click=${() => actions.onOpen(undefined)}>
      ${s.history.close}<span class="visually-hidden"> ${s.history.which({date})}</span>
    </button>
  </div>`;
}
