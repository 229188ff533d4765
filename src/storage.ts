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
 * Reads saved answers and notes, keeping only well-formed ones. Data that is corrupt or from another
 * version is reported and removed. Answers to questions no longer shown are left for the element to
 * clean up when it next saves, since a host's configuration may arrive after this read. Throws if
 * storage is unusable.
 */
export function loadSaved(name: string, warn: (message: string) => void): SavedCheck | undefined {
  const raw = localStorage.getItem(name);
  if (raw === null) return undefined;
  type Stored = {v?: unknown; answers?: object; notes?: object} | null;
  let data: Stored = null;
  try {
    data = JSON.parse(raw) as Stored;
  } catch {
    // Not JSON: reported and removed just below, like any other unreadable data.
  }
  if (data?.v !== STORAGE_VERSION || typeof data.answers != 'object' || typeof data.notes != 'object') {
    warn(`saved answers in "${name}" are unreadable or from another version; removed.`);
    return void localStorage.removeItem(name);
  }
  return {
    answers: Object.fromEntries(Object.entries(data.answers ?? {}).filter((e): e is [string, Answer] => ANSWERS.includes(e[1] as Answer))),
    notes: Object.fromEntries(Object.entries(data.notes ?? {}).filter(([, v]) => typeof v == 'string')),
  };
}

/** Writes answers and notes. Throws if storage is unusable (disabled, private mode, full). */
export function save(name: string, data: SavedCheck): void {
  localStorage.setItem(name, JSON.stringify({v: STORAGE_VERSION, ...data}));
}
