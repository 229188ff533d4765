import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {HistoryCopy} from '../locales/strings.js';
import {
  addCheck,
  AGENDA_LIMIT,
  AGREED_LIMIT,
  canPick,
  importHistory,
  mergeChecks,
  pastCheck,
  previousCheck,
  type PastCheck,
} from '../model/history.js';
import type {CheckResult} from '../model/types.js';

/** What the controller needs from its element. */
export interface HistoryHost extends ReactiveControllerHost {
  /** History is kept only when the host opted in to saving. */
  readonly remember: boolean;
}

/**
 * The check being shown (with what the person picked to raise first and what was agreed) and, with
 * `remember` only, the past checks on this device: newest first, at most twelve. Every change
 * replaces `checks`, so the saved-answers controller sees it by identity and writes it.
 */
export class HistoryController implements ReactiveController {
  /** Past checks, newest first; empty without `remember`. */
  checks: readonly PastCheck[] = [];
  /** The result on screen, as a check: its agenda and agreed notes. */
  current: PastCheck | undefined;
  /** How many old checks the last submit pushed out (shown as a line). */
  dropped = 0;
  /** The past check opened from the list, by its `at`. */
  opened: string | undefined;
  /** "Delete all past checks" is waiting to be confirmed. */
  confirming = false;
  /** What the last action on the list said (deleted, imported...), announced politely. */
  message = '';

  private readonly _host: HistoryHost;
  private readonly _warn: (message: string) => void;

  constructor(host: HistoryHost, warn: (message: string) => void) {
    this._host = host;
    this._warn = warn;
    host.addController(this);
  }

  hostUpdate(): void {
    // Switched off: nothing more is kept (what is stored stays until the person clears it).
    if (!this._host.remember && this.checks.length) this.checks = [];
  }

  /** The check before the one shown, to compare with; only with `remember`. */
  get previous(): PastCheck | undefined {
    return this.current && previousCheck(this.checks, this.current.at);
  }

  /** A new result: kept (with `remember`) and shown. A second check on the same day replaces the first. */
  record(result: CheckResult): void {
    const added = addCheck(this.current ? [this.current] : [], pastCheck(result)).history[0];
    if (this._host.remember) {
      const {history, dropped} = addCheck(this.checks, added);
      this.checks = history;
      this.dropped = dropped;
      this.current = history[0];
    } else this.current = added;
    this.message = '';
    this._host.requestUpdate();
  }

  /** Picks (or unpicks) a trait of a check to raise first; at most AGENDA_LIMIT, in the order picked. */
  pick(at: string, traitId: string, on: boolean): void {
    this._change(at, (check) => {
      const rest = check.agenda.filter((id) => id !== traitId);
      if (on && (!canPick(check.traits[traitId]) || rest.length >= AGENDA_LIMIT)) return check;
      const agenda = on ? [...rest, traitId] : rest;
      // An unpicked trait's agreed note goes with it.
      const agreed = Object.fromEntries(Object.entries(check.agreed).filter(([id]) => agenda.includes(id)));
      return {...check, agenda, agreed};
    });
  }

  /** "What we agreed" for a picked trait of a check. */
  agree(at: string, traitId: string, text: string): void {
    this._change(at, (check) =>
      check.agenda.includes(traitId) ? {...check, agreed: {...check.agreed, [traitId]: text.slice(0, AGREED_LIMIT)}} : check,
    );
  }

  open(at: string | undefined): void {
    this.opened = at;
    this._host.requestUpdate();
  }

  remove(at: string, words: HistoryCopy, date: string): void {
    this.checks = this.checks.filter((check) => check.at !== at);
    if (this.opened === at) this.opened = undefined;
    this.message = words.removed({date});
    this._host.requestUpdate();
  }

  /** Asks first; `confirmed` deletes every past check. */
  clear(words: HistoryCopy, confirmed: boolean): void {
    this.confirming = !confirmed;
    if (confirmed) {
      this.checks = [];
      this.opened = undefined;
      this.dropped = 0;
      this.message = words.cleared;
    }
    this._host.requestUpdate();
  }

  cancelClear(): void {
    this.confirming = false;
    this._host.requestUpdate();
  }

  /** Adds the checks in a history file; a file that cannot be used changes nothing, and says why in the console. */
  async import(file: Blob, words: HistoryCopy): Promise<void> {
    let checks: PastCheck[] | string;
    try {
      checks = importHistory(await file.text());
    } catch (error) {
      checks = `the file could not be read (${String(error)})`;
    }
    if (typeof checks == 'string') {
      this._warn(`history file not used: ${checks}. Nothing was changed.`);
      this.message = words.importFailed;
    } else {
      const merged = mergeChecks(this.checks, checks);
      this.checks = merged.history;
      this.dropped = merged.dropped;
      this.message = merged.added ? words.imported({count: merged.added}) : words.importedNone;
    }
    this._host.requestUpdate();
  }

  /** Takes past checks read from storage; any the person made before they were read are kept too. */
  restore(stored: readonly PastCheck[]): void {
    this.checks = this.checks.length ? mergeChecks(stored, this.checks).history : [...stored];
  }

  /** Forgets the check on screen (the person started again); the past checks stay. */
  reset(): void {
    this.current = undefined;
    this.opened = undefined;
    this.message = '';
    this.confirming = false;
  }

  private _change(at: string, change: (check: PastCheck) => PastCheck): void {
    if (this.current?.at === at) this.current = change(this.current);
    this.checks = this.checks.map((check) => (check.at === at ? change(check) : check));
    this._host.requestUpdate();
  }
}
