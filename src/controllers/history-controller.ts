import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {HostAttributes} from '../config/host-attributes.js';
import type {HistoryCopy} from '../i18n/strings.js';
import {addCheck, agreeOn, IMPORT_LIMIT, importHistory, mergeChecks, previousCheck, type PastCheck} from '../model/history.js';

/** What the controller needs from its element. */
/** History is kept only when the host opted in to saving (`remember`). */
export type HistoryHost = ReactiveControllerHost & Pick<HostAttributes, 'remember'>;

/** What the last action on the list said, kept as what happened, so it is worded in the language on screen. */
export type HistoryMessage =
  | {readonly kind: 'cleared' | 'importedNone' | 'importedOlder' | 'importFailed' | 'importCancelled'}
  | {readonly kind: 'removed'; readonly at: string}
  | {readonly kind: 'imported'; readonly count: number};

/**
 * With `remember` only, the past checks on this device: newest first, at most twelve. Every change
 * replaces `checks`, so the saved-answers controller sees it by identity and writes it. The check on
 * screen, with its picks, is the check's state: this keeps a copy of it among the past checks.
 */
export class HistoryController implements ReactiveController {
  private _checks: readonly PastCheck[] = [];
  private _dropped = 0;
  private _opened: string | undefined;
  private _confirming: string | undefined;
  private _message: HistoryMessage | undefined;
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
    if (this._opened !== undefined && !this._checks.some((c) => c.at === this._opened)) this._opened = undefined;
  }

  /** Past checks, newest first, as stored; none is kept without `remember`. Replaced on every change, so storage sees it by identity. */
  get checks(): readonly PastCheck[] {
    return this._checks;
  }

  /** How many kept checks the last submit or import pushed out (shown as a line). */
  get dropped(): number {
    return this._dropped;
  }

  /** The past check opened from the list, by its `at`. */
  get opened(): string | undefined {
    return this._opened;
  }

  /** A delete waiting to be confirmed: one check (its `at`), or `all`; or `import`, a file that would push out kept checks. */
  get confirming(): string | undefined {
    return this._confirming;
  }

  /** What the last action on the list said (deleted, imported...), in the words of the copy on screen now. */
  message(words: HistoryCopy, date: (at: string) => string): string {
    const said = this._message;
    if (!said) return '';
    if (said.kind === 'removed') return words.removed({date: date(said.at)});
    if (said.kind === 'imported') return words.imported({count: said.count});
    return words[said.kind];
  }

  /** The check before one at `at` (an earlier day), to compare with; only with `remember`. */
  previous(at: string): PastCheck | undefined {
    return this._host.remember ? previousCheck(this._checks, at) : undefined;
  }

  /**
   * A new result, as a check: kept (with `remember`), and returned as kept. A second check on the
   * same day replaces the first, keeping the picks that still fit and its agreed notes.
   */
  record(check: PastCheck): PastCheck {
    this._dropped = 0;
    this._message = undefined;
    this._host.requestUpdate();
    if (!this._host.remember) return check;
    const {history, dropped} = addCheck(this._checks, check);
    this._checks = history;
    this._dropped = dropped;
    return history.find((c) => c.at === check.at) ?? check;
  }

  /** The check on screen changed (a pick, a note): its kept copy follows. */
  keep(check: PastCheck): void {
    const i = this._checks.findIndex((c) => c.at === check.at);
    // Replaced only when it changed: identity is what tells storage to write.
    if (i >= 0 && this._checks[i] !== check) this._checks = this._checks.map((c, j) => (j === i ? check : c));
  }

  /** "What we agreed" for a picked trait of a past check. */
  agree(at: string, traitId: string, text: string): void {
    const i = this._checks.findIndex((check) => check.at === at);
    if (i >= 0) this.keep(agreeOn(this._checks[i], traitId, text));
    this._host.requestUpdate();
  }

  open(at: string | undefined): void {
    this._opened = at;
    this._host.requestUpdate();
  }

  /** Asks before deleting one check (its `at`) or `all`; a file waiting for a yes is not added. */
  ask(what: string): void {
    if (this._importing) this._message = {kind: 'importCancelled'};
    this._confirming = what;
    this._importing = undefined;
    this._host.requestUpdate();
  }

  /** The kept checks that adding the file waiting for a yes would delete, as its question names them. */
  get importGoing(): readonly PastCheck[] {
    return this._importing?.going ?? [];
  }

  cancel(): void {
    if (this._importing) this._message = {kind: 'importCancelled'};
    this._confirming = this._importing = undefined;
    this._host.requestUpdate();
  }

  /** Does what the person confirmed: deletes one check or every past check, or adds the file. */
  confirm(): void {
    const what = this._confirming;
    const file = this._importing;
    this._confirming = this._importing = undefined;
    this._dropped = 0;
    if (what === 'import' && file) {
      // Asked again if a check would go now that the question did not name (another window added checks).
      this._add(file.checks, new Set(file.going.map((check) => check.at)));
    } else if (what === 'all') {
      this._checks = [];
      this._message = {kind: 'cleared'};
    } else if (what !== undefined) {
      this._checks = this._checks.filter((check) => check.at !== what);
      this._message = {kind: 'removed', at: what};
    }
    this._host.requestUpdate();
  }

  /** Adds the checks in a history file; a file that cannot be used changes nothing, and says why in the console. */
  async import(file: Blob): Promise<void> {
    let checks: PastCheck[] | string;
    try {
      // Checked before reading: a huge file is refused without loading it.
      checks = file.size > IMPORT_LIMIT * 4 ? `the file is over ${IMPORT_LIMIT} characters` : importHistory(await file.text());
    } catch (error) {
      checks = `the file could not be read (${String(error)})`;
    }
    this._confirming = this._importing = undefined;
    if (typeof checks == 'string') {
      this._warn(`history file not used: ${checks}. Nothing was changed.`);
      this._message = {kind: 'importFailed'};
    } else {
      this._add(checks);
    }
    this._host.requestUpdate();
  }

  /**
   * Adds a file's checks, unless that would push out a kept check not in `agreed` (the `at`s the
   * person said yes to losing): then nothing changes, and the person is asked.
   */
  private _add(checks: readonly PastCheck[], agreed?: ReadonlySet<string>): void {
    const merged = mergeChecks(this._checks, checks);
    const going = this._checks.filter((check) => !merged.history.includes(check));
    if (going.some((check) => !agreed?.has(check.at))) {
      this._message = undefined;
      this._confirming = 'import';
      this._importing = {checks, going};
      return;
    }
    this._checks = merged.history;
    this._dropped = merged.removed;
    this._message = merged.added ? {kind: 'imported', count: merged.added} : {kind: merged.ignored ? 'importedOlder' : 'importedNone'};
  }

  /** Takes past checks read from storage; any the person made before they were read are kept too. */
  restore(stored: readonly PastCheck[]): void {
    this._checks = this._checks.length ? mergeChecks(stored, this._checks).history : [...stored];
  }

  /**
   * Takes the stored past checks as they now are: deletions there are honoured. `keepMine`: another
   * window changed them, and the check on screen (`mine`), made here and not written there yet, is kept. A new
   * storage key takes its own checks only, and nothing open or asked stays.
   */
  adopt(stored: readonly PastCheck[], keepMine: boolean, mine?: PastCheck): void {
    const unsaved = keepMine && mine && this._checks.some((c) => c.at === mine.at) && !stored.some((c) => c.at === mine.at);
    // The same array when nothing is added here, so storage sees nothing new to write.
    this._checks = unsaved ? addCheck(stored, mine).history : stored;
    if (!keepMine) this.reset();
    this._host.requestUpdate();
  }

  /** Forgets every past check held here (the whole record was cleared). */
  forgetAll(): void {
    this._checks = [];
    this._host.requestUpdate();
  }

  /** The person started again: nothing stays open or asked; the past checks stay. */
  reset(): void {
    this._opened = this._confirming = this._importing = undefined;
    this._message = undefined;
    this._dropped = 0;
  }
}
