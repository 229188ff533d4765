import {isObject} from '../internal/is-object.js';
import {ownCopy} from '../internal/own-copy.js';
import {localDay} from './dates.js';
import {RAISED, VERDICTS, type CheckResult, type Raised, type TraitStatus, type Verdict} from './types.js';

/** How many past checks are kept on the device; the oldest drop off. */
export const HISTORY_LIMIT = 12;
/** How many things a person may pick to raise first. */
export const AGENDA_LIMIT = 3;
/** The longest "What we agreed" note, as its text box allows. */
export const AGREED_LIMIT = 500;
/** The largest history file read, in characters: twelve full checks are far smaller. */
export const IMPORT_LIMIT = 200_000;

/** One submitted check as the device keeps it: never the answers' wording, only how each trait came out. */
export interface PastCheck {
  /** When it was submitted (ISO 8601): also what tells two checks apart. */
  readonly at: string;
  readonly verdict: Verdict;
  /** Each trait's status, by trait id. */
  readonly traits: Readonly<Record<string, TraitStatus>>;
  readonly raised?: Raised;
  /** The traits the person picked to raise first, in the order they picked them. */
  readonly agenda: readonly string[];
  /** "What we agreed" for picked traits, by trait id. */
  readonly agreed: Readonly<Record<string, string>>;
}

/** How a trait changed between two checks; `unsure` when either check was not sure about it. */
export type Change = 'better' | 'same' | 'worse' | 'unsure';

const RANK: Readonly<Record<TraitStatus, number>> = {met: 2, 'partly-met': 1, 'not-met': 0, unsure: -1};
const STATUSES = Object.keys(RANK) as TraitStatus[];

/** A trait that was in both checks: better, the same or worse; unsure when either was not sure. */
export function changeFor(then: TraitStatus | undefined, now: TraitStatus): Change | undefined {
  if (then === undefined) return undefined;
  if (then === 'unsure' || now === 'unsure') return 'unsure';
  const diff = RANK[now] - RANK[then];
  return diff > 0 ? 'better' : diff < 0 ? 'worse' : 'same';
}

/** A check to keep, from a result and what the person picked and agreed. */
export function pastCheck(
  result: CheckResult,
  agenda: readonly string[] = [],
  agreed: Readonly<Record<string, string>> = ownCopy({}),
): PastCheck {
  return {
    at: result.completedAt,
    verdict: result.verdict,
    // No prototype: a lookup by trait id never finds an inherited value.
    traits: ownCopy(Object.fromEntries(result.traits.map((t) => [t.id, t.status]))),
    ...(result.raised && {raised: result.raised}),
    agenda,
    agreed,
  };
}

/** Whether a trait may be picked to raise first: anything not fully met, "not sure" included. */
export const canPick = (status: TraitStatus | undefined): boolean => status !== undefined && status !== 'met';

/** The local calendar day of a check: two checks on one day are one check. */
const day = (at: string): string => localDay(new Date(at));

const newestFirst = (a: PastCheck, b: PastCheck): number => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0);

/**
 * Adds a check, newest first. A check on the same day as one already kept replaces it (the person
 * changed their answers), keeping the picks that still fit and every agreed note. At most
 * HISTORY_LIMIT are kept: `dropped` says how many old ones went.
 */
export function addCheck(history: readonly PastCheck[], check: PastCheck): {history: PastCheck[]; dropped: number} {
  const sameDay = history.find((c) => day(c.at) === day(check.at));
  let added = check;
  if (sameDay) {
    const agenda = sameDay.agenda.filter((id) => canPick(check.traits[id]));
    added = {...check, agenda, agreed: sameDay.agreed};
  }
  const all = [added, ...history.filter((c) => c !== sameDay)].sort(newestFirst);
  return {history: all.slice(0, HISTORY_LIMIT), dropped: Math.max(0, all.length - HISTORY_LIMIT)};
}

/** The check to compare with: the newest from an earlier day. */
export const previousCheck = (history: readonly PastCheck[], at: string): PastCheck | undefined =>
  history.find((check) => check.at < at && day(check.at) !== day(at));

/** What an import did: checks added; kept checks pushed out by newer ones; file checks too old to keep. */
export interface Merged {
  readonly history: PastCheck[];
  readonly added: number;
  readonly removed: number;
  readonly ignored: number;
}

/**
 * Puts checks from a file among these: ones already here (by time, or by day) are left as they
 * are; new ones are added by date, and the newest HISTORY_LIMIT kept.
 */
export function mergeChecks(history: readonly PastCheck[], incoming: readonly PastCheck[]): Merged {
  const days = new Set(history.map((c) => day(c.at)));
  const fresh = incoming.filter((c) => !days.has(day(c.at)) && (days.add(day(c.at)), true));
  const kept = [...history, ...fresh].sort(newestFirst).slice(0, HISTORY_LIMIT);
  const added = fresh.filter((c) => kept.includes(c)).length;
  return {history: kept, added, removed: history.filter((c) => !kept.includes(c)).length, ignored: fresh.length - added};
}

const ID = /^[\w.-]{1,81}$/;

/**
 * Reads a list of past checks, all or nothing: the checks, or why they cannot be used (a path and
 * what is wrong). Used for the stored record and for an imported file alike.
 */
export function parseChecks(value: unknown, path: string, {max = HISTORY_LIMIT, notAfter = Infinity} = {}): PastCheck[] | string {
  if (!Array.isArray(value)) return `${path} should be a list`;
  if (value.length > max) return `${path} has more than ${max} checks`;
  const checks: PastCheck[] = [];
  for (const [i, item] of value.entries()) {
    const at = `${path}[${i}]`;
    const check = parseCheck(item);
    if (typeof check == 'string') return `${at}${check}`;
    if (Date.parse(check.at) > notAfter) return `${at}.at is in the future`;
    if (checks.some((c) => c.at === check.at)) return `${at}.at is used twice`;
    checks.push(check);
  }
  return checks.sort(newestFirst);
}

function parseCheck(value: unknown): PastCheck | string {
  if (!isObject(value)) return ' should be an object';
  const {at, verdict, traits, raised, agenda, agreed} = value;
  if (typeof at != 'string' || Number.isNaN(Date.parse(at)) || new Date(at).toISOString() !== at) return '.at should be a date and time';
  if (!VERDICTS.includes(verdict as Verdict)) return '.verdict is not a verdict';
  if (!isObject(traits) || !Object.keys(traits).length) return '.traits should be an object of statuses';
  for (const [id, status] of Object.entries(traits)) {
    if (!ID.test(id) || !STATUSES.includes(status as TraitStatus)) return `.traits[${JSON.stringify(id)}] is not a status`;
  }
  if (raised !== undefined && !RAISED.includes(raised as Raised)) return '.raised is not an answer to "have you raised it?"';
  if (
    !Array.isArray(agenda) ||
    agenda.length > AGENDA_LIMIT ||
    new Set(agenda).size < agenda.length ||
    !agenda.every((id) => typeof id == 'string' && canPick(traits[id] as TraitStatus))
  ) {
    return `.agenda should list up to ${AGENDA_LIMIT} different traits of this check that were not met`;
  }
  if (!isObject(agreed)) return '.agreed should be an object';
  // A note may outlive its pick (unticked, then ticked again), but belongs to a trait of the check.
  for (const [id, text] of Object.entries(agreed)) {
    if (!Object.hasOwn(traits, id) || typeof text != 'string' || text.length > AGREED_LIMIT) {
      return `.agreed[${JSON.stringify(id)}] does not fit`;
    }
  }
  return {
    at,
    verdict: verdict as Verdict,
    traits: ownCopy(traits as Record<string, TraitStatus>),
    ...(raised !== undefined && {raised: raised as Raised}),
    agenda: [...(agenda as string[])],
    agreed: ownCopy(agreed as Record<string, string>),
  };
}

/** The file a person saves to move their history: plain JSON, readable by people too. */
export const HISTORY_FILE_TYPE = 'coordinator-check-history';

export function exportHistory(history: readonly PastCheck[], exported: Date = new Date()): string {
  return JSON.stringify({type: HISTORY_FILE_TYPE, v: 1, exported: exported.toISOString(), checks: history}, null, 2) + '\n';
}

/** Reads a history file: its checks, or why it cannot be used. Never throws. */
export function importHistory(text: string): PastCheck[] | string {
  if (text.length > IMPORT_LIMIT) return `the file is over ${IMPORT_LIMIT} characters`;
  let data: unknown;
  try {
    data = ownCopy(JSON.parse(text));
  } catch {
    return 'the file is not valid JSON';
  }
  if (!isObject(data) || data.type !== HISTORY_FILE_TYPE) return 'the file is not a coordinator-check history file';
  if (data.v !== 1) return `the file is from another version (v: ${JSON.stringify(data.v) ?? 'none'})`;
  // A file may hold more than this device keeps (the newest are kept), but no check from the future.
  return parseChecks(data.checks, 'checks', {max: 100, notAfter: Date.now() + 86_400_000});
}

/** What the last tick on the agenda did, so it can be said: added to the top, taken off, or refused (three already). */
export type PickOutcome = {readonly traitId: string; readonly outcome: 'added' | 'removed' | 'full'};

/**
 * Picks (or unpicks) a trait of a check to raise first: at most AGENDA_LIMIT, in the order picked.
 * The same check back (and no outcome) when the trait cannot be picked.
 */
export function pickTrait(check: PastCheck, traitId: string, on: boolean): {check: PastCheck; outcome?: PickOutcome} {
  const rest = check.agenda.filter((id) => id !== traitId);
  if (on && !canPick(check.traits[traitId])) return {check};
  if (on && rest.length >= AGENDA_LIMIT) return {check, outcome: {traitId, outcome: 'full'}};
  // What was agreed stays with the check, so unticking by mistake and ticking again loses nothing.
  return {check: {...check, agenda: on ? [...rest, traitId] : rest}, outcome: {traitId, outcome: on ? 'added' : 'removed'}};
}

/** "What we agreed" for a picked trait of a check; the same check back for a trait not picked. */
export const agreeOn = (check: PastCheck, traitId: string, text: string): PastCheck =>
  check.agenda.includes(traitId) ? {...check, agreed: ownCopy({...check.agreed, [traitId]: text.slice(0, AGREED_LIMIT)})} : check;
