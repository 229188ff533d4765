import {ANSWERS, type Answer} from './model/types.js';
import type {Notes} from './model/result-view.js';

/** Bumped whenever the stored shape changes; other versions are discarded. */
export const STORAGE_VERSION = 1;

/** What `remember` keeps on the device. */
export interface SavedCheck {
  readonly answers: Readonly<Record<string, Answer>>;
  readonly notes: Notes;
}

/** The localStorage key for a widget: `coordinator-check:` and the host's `storage-key`. */
export const storageName = (key = ''): string => `coordinator-check:${key || 'default'}`;

/**
 * Reads saved answers, keeping only those for statements and traits that still exist. Anything
 * corrupt, from another version or stale is reported and removed. Throws if storage is unusable.
 */
export function loadSaved(
  name: string,
  statementIds: ReadonlySet<string>,
  traitIds: ReadonlySet<string>,
  warn: (message: string) => void,
): SavedCheck | undefined {
  const raw = localStorage.getItem(name);
  if (raw === null) return undefined;
  let data: {v?: unknown; answers?: object; notes?: object} | null = null;
  try {
    data = JSON.parse(raw);
  } catch {}
  if (data?.v !== STORAGE_VERSION || typeof data.answers != 'object' || typeof data.notes != 'object') {
    warn(`saved answers in "${name}" are unreadable or from another version; removed.`);
    return void localStorage.removeItem(name);
  }
  const all = [...Object.entries(data.answers ?? {}), ...Object.entries(data.notes ?? {})];
  const answers = all.filter(([id, v]) => statementIds.has(id) && ANSWERS.includes(v));
  const notes = all.filter(([id, v]) => traitIds.has(id) && typeof v == 'string');
  const saved = {answers: Object.fromEntries(answers), notes: Object.fromEntries(notes)};
  if (answers.length + notes.length < all.length) {
    warn(`some saved answers in "${name}" no longer match a question; those were removed.`);
    save(name, saved);
  }
  return saved;
}

/** Writes answers and notes. Throws if storage is unusable (disabled, private mode, full). */
export function save(name: string, data: SavedCheck): void {
  localStorage.setItem(name, JSON.stringify({v: STORAGE_VERSION, ...data}));
}
