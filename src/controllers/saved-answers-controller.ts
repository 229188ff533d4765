import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Notes} from '../model/result-view.js';
import type {Answers} from '../model/types.js';
import {loadSaved, save, storageName} from '../storage.js';

/** What the controller needs from its element: the switch, the key, and the answers it keeps. */
export interface SavedAnswersHost extends ReactiveControllerHost {
  readonly remember: boolean;
  readonly storageKey: string | undefined;
}

/** How the controller reads and changes the element's answers and notes. */
export interface SavedAnswersAccess {
  /** The answers and notes now; replaced, never changed in place, so identity tells a change. */
  read(): {answers: Answers; notes: Notes};
  /** Takes restored answers and notes; what the person has already given wins. */
  restore(answers: Answers, notes: Notes): void;
  /** The statement and trait ids shown now: only their answers and notes are written. */
  ids(): {statements: readonly string[]; traits: readonly string[]};
}

/** The entries of `record` whose keys are in `ids`. */
const keep = <T>(record: Readonly<Record<string, T>>, ids: readonly string[]): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter(([id]) => ids.includes(id)));

/**
 * Opt-in saving (`remember`): restores answers and notes from localStorage before the first render,
 * and writes them after each render that changed them. Storage that throws leaves the widget
 * working, unsaved, and the controller says so.
 */
export class SavedAnswersController implements ReactiveController {
  /** Whether saving works here: undefined until tried. */
  stored: boolean | undefined;

  private readonly _host: SavedAnswersHost;
  private readonly _access: SavedAnswersAccess;
  private readonly _warn: (message: string) => void;
  /** The answers and notes last written or read, by identity. */
  private _saved: [Answers?, Notes?] = [];
  private _key: string | undefined;
  private _warnedDropped = '';

  constructor(host: SavedAnswersHost, access: SavedAnswersAccess, warn: (message: string) => void) {
    this._host = host;
    this._access = access;
    this._warn = warn;
    host.addController(this);
  }

  hostUpdate(): void {
    const key = this._host.storageKey;
    // Answers saved under the old key are not left behind when the key changes.
    if (key !== this._key && this.stored) {
      const old = this._key;
      this._attempt(() => localStorage.removeItem(storageName(old)));
      this._saved = [];
    }
    this._key = key;
    if (this._host.remember && this.stored === undefined) this._restore();
  }

  hostUpdated(): void {
    const {answers, notes} = this._access.read();
    // Compared by identity: answers and notes are replaced, never changed in place.
    if (this._host.remember && (answers !== this._saved[0] || notes !== this._saved[1])) this._write(answers, notes);
  }

  /** Removes what is saved under this widget's key. */
  clear(): void {
    this._attempt((name) => localStorage.removeItem(name));
  }

  /** One step with storage; a failure is said once and the widget carries on. */
  private _attempt(step: (name: string) => void): void {
    try {
      step(storageName(this._host.storageKey));
      // Once storage has failed, it keeps saying so: a later write may be a lone success.
      this.stored ??= true;
    } catch (error) {
      if (this.stored !== false) this._warn(`answers cannot be saved here (${error}); carrying on without saving.`);
      this.stored = false;
      this._host.requestUpdate();
    }
  }

  private _restore(): void {
    this._attempt((name) => {
      const saved = loadSaved(name, this._warn);
      if (saved) this._access.restore(saved.answers, saved.notes);
      // Nothing to write back yet: a configuration with the questions these answer may still be on its way.
      const {answers, notes} = this._access.read();
      this._saved = [answers, notes];
    });
  }

  /** Writes the answers and notes for what is shown now; the rest stay in memory but are not written. */
  private _write(answers: Answers, notes: Notes): void {
    this._saved = [answers, notes];
    const ids = this._access.ids();
    const kept = {answers: keep(answers, ids.statements), notes: keep(notes, ids.traits)};
    const dropped = [...Object.keys(answers), ...Object.keys(notes)].filter((id) => !(id in kept.answers || id in kept.notes));
    this._attempt((name) => {
      if (dropped.length && dropped.join() !== this._warnedDropped) {
        this._warnedDropped = dropped.join();
        this._warn(`some answers saved in "${name}" no longer match a question; those were removed.`);
      }
      if (Object.keys(kept.answers).length || Object.values(kept.notes).some(Boolean)) save(name, kept);
      else localStorage.removeItem(name);
    });
  }
}
