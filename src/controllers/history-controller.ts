import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {HistoryCopy} from '../i18n/strings.js';
import {
  addCheck,
  AGENDA_LIMIT,
  AGREED_LIMIT,
  canPick,
  IMPORT_LIMIT,
  importHistory,
  mergeChecks,
  pastCheck,
  previousCheck,
  type PastCheck,
  type PickOutcome,
} from '../model/history.js';
import type {CheckResult} from '../model/types.js';
import {ownCopy} from '../internal/own-copy.js';

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
  /** Past checks, newest first, as stored; none is kept without `remember`. */
  checks: readonly PastCheck[] = [];
  /** The result on screen, as a check: its agenda and agreed notes. */
  current: PastCheck | undefined;
  /** How many kept checks the last submit or import pushed out (shown as a line). */
  dropped = 0;
  /** The past check opened from the list, by its `at`. */
  opened: string | undefined;
  /** A delete waiting to be confirmed: one check (its `at`), or `all`; or `import`, a file that would push out kept checks. */
  confirming: string | undefined;
  /** What the last action on the list said (deleted, imported...), announced politely. */
  message = '';
  /** What the last tick on the agenda did. */
  lastPick: PickOutcome | undefined;
  /**
   * A file waiting for the person's yes (`confirming` is `import`): its checks, and the kept checks
   * the question named as going, oldest last.
   */
  private _importing: {readonly checks: readonly PastCheck[]; readonly going: readonly PastCheck[]} | undefined;

  private readonly _host: HistoryHost;
  private readonly _warn: (message: string) => void;

  constructor(host: HistoryHost, warn: (message: string) => void) {
    this._host = host;
    this._warn = warn;
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.opened !== undefined && !this.checks.some((c) => c.at === this.opened)) this.opened = undefined;
  }

  /** The check before the one shown (an earlier day), to compare with; only with `remember`. */
  get previous(): PastCheck | undefined {
    return this.current && this._host.remember ? previousCheck(this.checks, this.current.at) : undefined;
  }

  /** A new result: kept (with `remember`) and shown. A second check on the same day replaces the first. */
  record(result: CheckResult): void {
    const added = addCheck(this.current ? [this.current] : [], pastCheck(result)).history[0];
    this.current = added;
    this.dropped = 0;
    if (this._host.remember) {
      const {history, dropped} = addCheck(this.checks, added);
      this.checks = history;
      this.dropped = dropped;
      this.current = history.find((c) => c.at === added.at);
    }
    this.message = '';
    this.lastPick = undefined;
    this._host.requestUpdate();
  }

  /** Picks (or unpicks) a trait of a check to raise first; at most AGENDA_LIMIT, in the order picked. */
  pick(at: string, traitId: string, on: boolean): void {
    this._change(at, (check) => {
      const rest = check.agenda.filter((id) => id !== traitId);
      if (on && !canPick(check.traits[traitId])) return check;
      if (on && rest.length >= AGENDA_LIMIT) return ((this.lastPick = {traitId, outcome: 'full'}), check);
      this.lastPick = {traitId, outcome: on ? 'added' : 'removed'};
      // What was agreed stays with the check, so unticking by mistake and ticking again loses nothing.
      return {...check, agenda: on ? [...rest, traitId] : rest};
    });
  }

  /** "What we agreed" for a picked trait of a check. */
  agree(at: string, traitId: string, text: string): void {
    this._change(at, (check) =>
      check.agenda.includes(traitId) ? {...check, agreed: ownCopy({...check.agreed, [traitId]: text.slice(0, AGREED_LIMIT)})} : check,
    );
  }

  open(at: string | undefined): void {
    this.opened = at;
    this._host.requestUpdate();
  }

  /** Asks before deleting one check (its `at`) or `all`; a file waiting for a yes is not added. */
  ask(what: string, words: HistoryCopy): void {
    if (this._importing) this.message = words.importCancelled;
    this.confirming = what;
    this._importing = undefined;
    this._host.requestUpdate();
  }

  /** The kept checks that adding the file waiting for a yes would delete, as its question names them. */
  get importGoing(): readonly PastCheck[] {
    return this._importing?.going ?? [];
  }

  cancel(words: HistoryCopy): void {
    if (this._importing) this.message = words.importCancelled;
    this.confirming = this._importing = undefined;
    this._host.requestUpdate();
  }

  /** Does what the person confirmed: deletes one check or every past check, or adds the file. */
  confirm(words: HistoryCopy, date: (at: string) => string): void {
    const what = this.confirming;
    const file = this._importing;
    this.confirming = this._importing = undefined;
    this.dropped = 0;
    if (what === 'import' && file) {
      // Asked again if a check would go now that the question did not name (another window added checks).
      this._add(file.checks, words, new Set(file.going.map((check) => check.at)));
    } else if (what === 'all') {
      this.checks = [];
      this.message = words.cleared;
    } else if (what !== undefined) {
      this.checks = this.checks.filter((check) => check.at !== what);
      this.message = words.removed({date: date(what)});
    }
    this._host.requestUpdate();
  }

  /** Adds the checks in a history file; a file that cannot be used changes nothing, and says why in the console. */
  async import(file: Blob, words: HistoryCopy): Promise<void> {
    let checks: PastCheck[] | string;
    try {
      // Checked before reading: a huge file is refused without loading it.
      checks = file.size > IMPORT_LIMIT * 4 ? `the file is over ${IMPORT_LIMIT} characters` : importHistory(await file.text());
    } catch (error) {
      checks = `the file could not be read (${String(error)})`;
    }
    this.confirming = this._importing = undefined;
    if (typeof checks == 'string') {
      this._warn(`history file not used: ${checks}. Nothing was changed.`);
      this.message = words.importFailed;
    } else {
      this._add(checks, words);
    }
    this._host.requestUpdate();
  }

  /**
   * Adds a file's checks, unless that would push out a kept check not in `agreed` (the `at`s the
   * person said yes to losing): then nothing changes, and the person is asked.
   */
  private _add(checks: readonly PastCheck[], words: HistoryCopy, agreed?: ReadonlySet<string>): void {
    const merged = mergeChecks(this.checks, checks);
    const going = this.checks.filter((check) => !merged.history.includes(check));
    if (going.some((check) => !agreed?.has(check.at))) {
      this.message = '';
      this.confirming = 'import';
      this._importing = {checks, going};
      return;
    }
    this.checks = merged.history;
    this.dropped = merged.removed;
    this.message = merged.added ? words.imported({count: merged.added}) : merged.ignored ? words.importedOlder : words.importedNone;
  }

  /** Takes past checks read from storage; any the person made before they were read are kept too. */
  restore(stored: readonly PastCheck[]): void {
    this.checks = this.checks.length ? mergeChecks(stored, this.checks).history : [...stored];
  }

  /**
   * Takes the stored past checks as they now are: deletions there are honoured. `keepMine`: another
   * window changed them, and the check on screen, made here and not written there yet, is kept. A new
   * storage key takes its own checks only, and nothing open or asked stays.
   */
  adopt(stored: readonly PastCheck[], keepMine: boolean): void {
    const mine = this.current;
    const unsaved = keepMine && mine && this.checks.some((c) => c.at === mine.at) && !stored.some((c) => c.at === mine.at);
    // The same array when nothing is added here, so storage sees nothing new to write.
    this.checks = unsaved ? addCheck(stored, mine).history : stored;
    if (!keepMine) {
      this.opened = this.confirming = this._importing = undefined;
      this.message = '';
      this.dropped = 0;
    }
    this._host.requestUpdate();
  }

  /** Forgets the check on screen (the person started again); the past checks stay. */
  reset(): void {
    this.current = this.opened = this.confirming = this.lastPick = this._importing = undefined;
    this.message = '';
    this.dropped = 0;
  }

  private _change(at: string, change: (check: PastCheck) => PastCheck): void {
    if (this.current?.at === at) this.current = change(this.current);
    const i = this.checks.findIndex((check) => check.at === at);
    const next = i < 0 ? undefined : this.current?.at === at ? this.current : change(this.checks[i]);
    // Replaced only when a kept check changed: identity is what tells storage to write.
    if (next && next !== this.checks[i]) this.checks = this.checks.map((check, j) => (j === i ? next : check));
    this._host.requestUpdate();
  }
}
