import {isObject, type Obj} from '../internal/is-object.js';
import {ownCopy} from '../internal/own-copy.js';
import {ANSWERS, RAISED, type Answer, type Raised} from '../model/types.js';
import type {Notes} from '../i18n/result-view.js';
import {parseChecks, type PastCheck} from '../model/history.js';

// The rules (also in the README's Privacy section):
// - Nothing is ever deleted that the person did not ask to clear (`clearSaved`), or that is not this
//   widget's own record, as it last read or wrote it.
// - A record this version cannot read (corrupt, another version, the wrong shape) is left in place,
//   with a warning, and never written over; a `getItem` or `JSON.parse` that throws deletes nothing.
// - A record changed by another tab or widget since this one read it is not written over: the
//   writer is told, so the person can be offered the other answers.

/**
 * Bumped whenever the stored shape changes. Version 1 (answers and notes) is read and upgraded when
 * next written; records of any other version are kept, never read or written over.
 */
export const STORAGE_VERSION = 2;

/** The longest note kept, as the note's text box allows. */
export const NOTE_LIMIT = 2000;

/** What `remember` keeps on the device. */
export interface SavedCheck {
  readonly answers: Readonly<Record<string, Answer>>;
  readonly notes: Notes;
  /** Past checks, newest first (version 2). */
  readonly history: readonly PastCheck[];
  /** The answer to "have you raised it?", once given (version 2; a release that does not know it drops it). */
  readonly raised?: Raised | undefined;
}

/** The part of the Web Storage API used here, so a test or another store can stand in for localStorage. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A stored record as this version reads it. `raw` is the text in storage, to compare before writing. */
export type SavedRecord =
  | {readonly status: 'empty'; readonly raw: null}
  | {readonly status: 'saved'; readonly raw: string; readonly saved: SavedCheck}
  /** Corrupt, from another version or of the wrong shape: left in place, never written over. */
  | {readonly status: 'unreadable'; readonly raw: string};

/** What `writeSaved` did. Only `written` and `removed` changed storage. */
export type WriteOutcome =
  | {readonly outcome: 'written' | 'removed'; readonly raw: string | null}
  /** Someone else (another tab or widget) wrote `raw` since this widget read or wrote the record. */
  | {readonly outcome: 'changed-elsewhere'; readonly raw: string | null}
  /** The record there cannot be read by this version, so it is kept; only `clearSaved` removes it. */
  | {readonly outcome: 'unreadable-kept'; readonly raw: string};

type Warn = (message: string) => void;

const path = (field: string, key: string) => `${field}[${JSON.stringify(key)}]`;

/** The localStorage key for a widget: `coordinator-check:` and the host's `storage-key`. */
export const storageName = (key = ''): string => `coordinator-check:${key || 'default'}`;

/** Reads a stored record's text. Never throws and never deletes; what is wrong is named in a warning. */
export function parseSaved(raw: string | null, name: string, warn: Warn): SavedRecord {
  if (raw === null) return {status: 'empty', raw};
  const say = (message: string) => warn(`saved answers in "${name}": ${message}`);
  const unreadable = (why: string): SavedRecord => (
    say(`${why}; left in place, and not saved over until cleared.`),
    {status: 'unreadable', raw}
  );
  let data: unknown;
  try {
    data = ownCopy(JSON.parse(raw));
  } catch {
    return unreadable('not valid JSON');
  }
  if (!isObject(data)) return unreadable('not a saved record');
  if (data.v !== STORAGE_VERSION && data.v !== 1) return unreadable(`from another version (v: ${JSON.stringify(data.v) ?? 'none'})`);
  if (!isObject(data.answers)) return unreadable('answers should be an object');
  if (!isObject(data.notes)) return unreadable('notes should be an object');
  const answers = Object.create(null) as Record<string, Answer>;
  for (const [id, value] of Object.entries(data.answers)) {
    if (ANSWERS.includes(value as Answer)) answers[id] = value as Answer;
    else say(`${path('answers', id)} is not an answer (${ANSWERS.join(', ')}); ignored.`);
  }
  const notes = Object.create(null) as Record<string, string>;
  for (const [id, value] of Object.entries(data.notes)) {
    if (typeof value != 'string') say(`${path('notes', id)} should be text; ignored.`);
    else {
      if (value.length > NOTE_LIMIT) say(`${path('notes', id)} is longer than ${NOTE_LIMIT} characters; cut short.`);
      notes[id] = value.slice(0, NOTE_LIMIT);
    }
  }
  // Version 1 had no history: it reads as none, and is written back as version 2 with nothing lost.
  const history = data.v === 1 ? [] : parseChecks(data.history, 'history');
  if (typeof history == 'string') return unreadable(`${history}`);
  const raised = RAISED.includes(data.raised as Raised) ? (data.raised as Raised) : undefined;
  if (data.raised !== undefined && !raised) say(`raised is not an answer (${RAISED.join(', ')}); ignored.`);
  return {status: 'saved', raw, saved: {answers, notes, history, ...(raised && {raised})}};
}

/** Reads the record `name`. Throws what `getItem` throws; deletes nothing, whatever it finds. */
export function readSaved(storage: StorageLike, name: string, warn: Warn): SavedRecord {
  return parseSaved(storage.getItem(name), name, warn);
}

const isEmpty = (data: SavedCheck) => !Object.keys(data.answers).length && !Object.values(data.notes).some(Boolean) && !data.history.length;

/**
 * Writes answers and notes (or removes the record when there are none), but only over the record
 * this widget last read or wrote (`expected`, its `raw` text) and only if this version can read it.
 * Throws what storage throws (disabled, private mode, full).
 */
export function writeSaved(storage: StorageLike, name: string, data: SavedCheck, expected: string | null): WriteOutcome {
  const current = storage.getItem(name);
  if (current !== null && parseSaved(current, name, () => {}).status === 'unreadable') return {outcome: 'unreadable-kept', raw: current};
  if (current !== expected) return {outcome: 'changed-elsewhere', raw: current};
  if (isEmpty(data)) {
    storage.removeItem(name);
    return {outcome: 'removed', raw: null};
  }
  const raw = JSON.stringify({v: STORAGE_VERSION, answers: data.answers, notes: data.notes, history: data.history, raised: data.raised});
  storage.setItem(name, raw);
  return {outcome: 'written', raw};
}

/** Removes the record `name`, whatever it holds: only when the person asks. Throws what storage throws. */
export function clearSaved(storage: StorageLike, name: string): void {
  storage.removeItem(name);
}

/** Whether two sets of saved answers, notes and "have you raised it?" say the same thing (past checks aside). */
export function sameSaved(a: SavedCheck, b: SavedCheck): boolean {
  const same = (x: Obj, y: Obj) => {
    const keys = Object.keys(x).filter((k) => x[k] !== '');
    return keys.length === Object.keys(y).filter((k) => y[k] !== '').length && keys.every((k) => Object.hasOwn(y, k) && x[k] === y[k]);
  };
  // Past checks are left out: another window's are taken as they are, never offered.
  return same(a.answers, b.answers) && same(a.notes, b.notes) && a.raised === b.raised;
}

/**
 * Reads a `storage` event (another tab or window changed storage). Undefined when it is not about
 * this record; otherwise the record now stored, and whether it differs from what this widget holds,
 * so the person can be asked "Your answers changed in another window: load them?".
 */
export function savedChange(
  event: Pick<StorageEvent, 'key' | 'newValue' | 'storageArea'>,
  storage: StorageLike,
  name: string,
  held: SavedCheck,
  warn: Warn,
): {readonly record: SavedRecord; readonly differs: boolean} | undefined {
  // A null key is `clear()` in the other window: every record went, this one included.
  if ((event.storageArea && event.storageArea !== storage) || (event.key !== null && event.key !== name)) return undefined;
  const record = parseSaved(event.key === null ? null : event.newValue, name, warn);
  const differs = record.status === 'saved' ? !sameSaved(record.saved, held) : record.status === 'unreadable' || !isEmpty(held);
  return {record, differs};
}
