import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {HostAttributes} from '../config/host-attributes.js';
import type {Notes} from '../i18n/result-view.js';
import type {Answers} from '../model/types.js';
import {clearSaved, parseSaved, readSaved, savedChange, storageName, writeSaved, type SavedCheck} from '../platform/storage.js';

/** What the controller needs from its element: the switch and the key. */
export type SavedAnswersHost = ReactiveControllerHost & Pick<HostAttributes, 'remember' | 'storageKey'>;

/** How the controller reads and changes the element's answers and notes. */
export interface SavedAnswersAccess {
  /** The answers, notes, past checks and raised answer now; replaced, never changed in place, so identity tells a change. */
  read(): SavedCheck;
  /** Takes restored answers, notes, past checks and raised answer; what the person has already given wins. */
  restore(saved: SavedCheck): void;
  /** Replaces the answers, notes and past checks with these: the person chose to load another window's. */
  replace(saved: SavedCheck): void;
  /**
   * Takes the stored past checks as they now are. `keepMine`: another window changed them (the check
   * made here stays); false: a new storage key, whose checks replace the old key's.
   */
  adoptHistory(history: SavedCheck['history'], keepMine: boolean): void;
  /** The statement and trait ids shown now: only their answers and notes are written. */
  ids(): {statements: readonly string[]; traits: readonly string[]};
}

/** What a write is judged by: the answers, notes, past checks (by identity) and raised answer. */
const heldParts = (data: SavedCheck): [Answers, Notes, SavedCheck['history'], SavedCheck['raised']] => [
  data.answers,
  data.notes,
  data.history,
  data.raised,
];

const keep = <T>(record: Readonly<Record<string, T>>, ids: readonly string[]): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter(([id]) => ids.includes(id)));

/**
 * Opt-in saving (`remember`) that never loses an answer it did not mean to remove: it reads before
 * the first render and whenever the key changes (the old record stays), writes after each change
 * only over the record it last read or wrote, leaves a record it cannot read alone (saving pauses
 * until the person clears it), and offers answers changed in another window instead of writing
 * over them. Storage that throws leaves the widget working, unsaved.
 */
export class SavedAnswersController implements ReactiveController {
  /** Whether storage works here: undefined until tried. */
  private _stored: boolean | undefined;
  /** A record is there that this version cannot read: kept, and not written over until cleared. */
  private _paused: boolean = false;
  /** Something is saved under this key (also without `remember`, so the person can clear it). */
  private _hasRecord: boolean = false;
  /** What is saved holds past checks (as last read): clearing it without `remember` deletes them too. */
  private _hasChecks: boolean = false;
  /** Answers another window saved, waiting for the person to load them or keep their own. */
  private _offered: SavedCheck | undefined;

  private readonly _host: SavedAnswersHost;
  private readonly _access: SavedAnswersAccess;
  private readonly _warn: (message: string) => void;
  private _name: string | undefined;
  /** The record's text as last read or written: a write goes ahead only over this. */
  private _expected: string | null = null;
  /** The answers, notes, past checks (by identity) and raised answer last read or written. */
  private _saved: [Answers?, Notes?, SavedCheck['history']?, SavedCheck['raised']?] = [];
  private _read = false;
  /** Whether the last update had `remember` on: turned on, the record is read before anything is written. */
  private _remembering = false;
  /** A storage key was read before: a new one swaps the past checks instead of merging them. */
  private _switched = false;
  private _warnedDropped = '';
  private readonly _onStorage = (event: StorageEvent) => this._otherWindow(event);

  constructor(host: SavedAnswersHost, access: SavedAnswersAccess, warn: (message: string) => void) {
    this._host = host;
    this._access = access;
    this._warn = warn;
    host.addController(this);
  }

  get stored(): boolean | undefined {
    return this._stored;
  }

  get paused(): boolean {
    return this._paused;
  }

  hostConnected(): void {
    addEventListener('storage', this._onStorage);
  }

  hostDisconnected(): void {
    removeEventListener('storage', this._onStorage);
  }

  hostUpdate(): void {
    const name = storageName(this._host.storageKey);
    // A new key is read afresh; the record under the old key is left as it is.
    if (name !== this._name) {
      this._switched = this._name !== undefined;
      this._name = name;
      this._read = false;
      this._offered = undefined;
    }
    // Turned on after a quiet look (or off and on again): read first, so nothing stored is written over.
    if (this._host.remember && !this._remembering) this._read = false;
    this._remembering = this._host.remember;
    if (!this._read) this._load();
  }

  hostUpdated(): void {
    if (!this._host.remember || this._paused || this._offered) return;
    const held = this._access.read();
    // Compared by identity: answers, notes and history are replaced, never changed in place.
    if (heldParts(held).some((part, i) => part !== this._saved[i])) this._write(held);
  }

  /** Removes what is saved under this key, whatever it holds: the person asked. */
  clear(): void {
    this._attempt((name) => clearSaved(localStorage, name));
    this._expected = null;
    this._hasRecord = this._hasChecks = this._paused = false;
    this._offered = undefined;
    this._host.requestUpdate();
  }

  /** What is saved, as the saved line shows it. */
  get status(): {hasRecord: boolean; hasChecks: boolean; offered: boolean; stored: boolean | undefined; paused: boolean} {
    return {
      hasRecord: this._hasRecord,
      hasChecks: this._hasChecks,
      offered: this._offered !== undefined,
      stored: this._stored,
      paused: this._paused,
    };
  }

  /** Loads the answers another window saved, in place of these. */
  loadOffered(): void {
    if (!this._offered) return;
    this._access.replace(this._offered);
    // From here on, as with keepMine: what is stored now is the record to write over.
    this.keepMine();
  }

  /** Keeps this window's answers: they are written over the other window's. */
  keepMine(): void {
    this._expected = this._attempt((name) => localStorage.getItem(name)) ?? null;
    this._saved = [];
    this._offered = undefined;
    this._host.requestUpdate();
  }

  /** One step with storage; a failure is said once and the widget carries on. */
  private _attempt<T>(step: (name: string) => T): T | undefined {
    try {
      const value = step(this._name!);
      this._stored ??= true;
      return value;
    } catch (error) {
      if (this._stored !== false) this._warn(`answers cannot be saved here (${String(error)}); carrying on without saving.`);
      this._stored = false;
      this._host.requestUpdate();
      return undefined;
    }
  }

  private _load(): void {
    const remember = this._host.remember;
    // Without `remember` only a quiet look: is there something the person may want to clear?
    const look = (name: string) => readSaved(localStorage, name, remember ? this._warn : () => {});
    let record;
    try {
      record = remember ? this._attempt(look) : look(this._name!);
    } catch {
      return void (this._read = true);
    }
    if (!record) return;
    this._read = true;
    this._expected = record.raw;
    this._hasRecord = record.status !== 'empty';
    this._hasChecks = record.status === 'saved' && record.saved.history.length > 0;
    this._paused = record.status === 'unreadable' && remember;
    if (remember && this._switched) this._access.adoptHistory(record.status === 'saved' ? record.saved.history : [], false);
    this._switched = false;
    if (record.status === 'saved' && remember) this._access.restore(record.saved);
    // Nothing to write back yet: a configuration with the questions these answer may still be on its way.
    this._saved = heldParts(this._access.read());
  }

  /** Writes the answers and notes for what is shown now; the rest stay in memory but are not written. */
  private _write(data: SavedCheck): void {
    this._saved = heldParts(data);
    const ids = this._access.ids();
    const kept = {...data, answers: keep(data.answers, ids.statements), notes: keep(data.notes, ids.traits)};
    const dropped = [...Object.keys(data.answers), ...Object.keys(data.notes)].filter((id) => !(id in kept.answers || id in kept.notes));
    const out = this._attempt((name) => {
      if (dropped.length && dropped.join() !== this._warnedDropped) {
        this._warnedDropped = dropped.join();
        this._warn(`some answers saved in "${name}" no longer match a question; those were not saved again.`);
      }
      return writeSaved(localStorage, name, kept, this._expected);
    });
    if (!out) return;
    if (out.outcome === 'written' || out.outcome === 'removed') {
      this._expected = out.raw;
      this._hasRecord = out.outcome === 'written';
    } else if (out.outcome === 'unreadable-kept') {
      this._paused = this._hasRecord = true;
    } else {
      const other = parseSaved(out.raw, this._name!, this._warn);
      if (other.status === 'saved') this._offered = other.saved;
      else this._expected = out.raw;
    }
    this._host.requestUpdate();
  }

  private _otherWindow(event: StorageEvent): void {
    if (!this._host.remember || !this._name) return;
    const change = this._attempt((name) => savedChange(event, localStorage, name, this._access.read(), this._warn));
    if (!change) return;
    const {record} = change;
    // Past checks follow the other window at once (a deletion there is a deletion here); only
    // answers and notes are offered, since those the person may still be changing here.
    if (record.status !== 'unreadable') {
      const stored = record.status === 'saved' ? record.saved.history : [];
      this._access.adoptHistory(stored, true);
      // Written back only if a check made here was added to them.
      this._saved[2] = stored;
    }
    if (record.status === 'saved' && change.differs) this._offered = record.saved;
    else if (record.status === 'unreadable') this._paused = true;
    else this._expected = record.raw;
    this._hasRecord = record.status !== 'empty';
    this._host.requestUpdate();
  }
}
