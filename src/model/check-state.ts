// The check's state as one immutable value, and the only ways it changes: pure transitions, each a
// function of the state before and what happened. The element holds the value in one reactive
// property; controllers do side effects only. A transition may name where focus should go next (a
// place, not an element): the element's focus controller moves it once the change is on screen.
import {addCheck, agreeOn, pastCheck, pickTrait, type PastCheck, type PickOutcome} from './history.js';
import {scoreAnswers, unansweredIds} from './scoring.js';
import type {Answer, Answers, CheckResult, Notes, Raised, Trait} from './types.js';

/** Where the person is, what they gave, and the result it came to. */
export interface CheckState {
  readonly answers: Answers;
  /** The person's own examples, by trait. */
  readonly notes: Notes;
  /** "Have you raised it?", asked only when something fell short. */
  readonly raised: Raised | undefined;
  readonly view: 'form' | 'result';
  /** In the step-by-step layout: the trait shown (0-based), or the number of traits for "Check your answers". */
  readonly step: number;
  /** Unanswered statements are flagged (after Continue or submit found gaps). */
  readonly showErrors: boolean;
  /** Set by a "Change" link: Continue goes back to "Check your answers". */
  readonly returnToCheck: boolean;
  /** "Start again" is waiting for the person to confirm it may clear their saved answers. */
  readonly confirming: boolean;
  /** The result of the last complete submit. */
  readonly result: CheckResult | undefined;
  /** That result as the device keeps it: with what the person picked to raise first, and what was agreed. */
  readonly current: PastCheck | undefined;
  /** What the last tick on the agenda did, to say it. */
  readonly lastPick: PickOutcome | undefined;
  /** The person's own edit of the draft message; undefined while it still follows the result. */
  readonly draft: string | undefined;
  /** Whether the draft message carries the person's examples: only if they tick the box. */
  readonly includeNotes: boolean;
  /** The first screen's "not sure who yours is?" disclosure is open. */
  readonly findOutOpen: boolean;
}

/** Where focus goes after a transition: the widget's heading, a step, "Check your answers", the error summary... */
export type FocusPlace = 'heading' | 'step' | 'check' | 'errors' | 'result' | 'confirm' | 'startAgain';

/** A transition's outcome: the new state, and where focus should go, if anywhere. */
export interface Transition {
  readonly state: CheckState;
  readonly focus?: FocusPlace;
}

/** What a transition needs to know about the check being shown. */
export interface Flow {
  readonly traits: readonly Trait[];
  /** True in the step-by-step layout; false when every question is on one page. */
  readonly steps: boolean;
}

export const initialState: CheckState = {
  answers: {},
  notes: {},
  raised: undefined,
  view: 'form',
  step: 0,
  showErrors: false,
  returnToCheck: false,
  confirming: false,
  result: undefined,
  current: undefined,
  lastPick: undefined,
  draft: undefined,
  includeNotes: false,
  findOutOpen: false,
};

const to = (state: CheckState, focus?: FocusPlace): Transition => (focus ? {state, focus} : {state});

/** The step shown, when the host took traits away since: past the end is "Check your answers". */
export const shownStep = (state: CheckState, flow: Flow): number => Math.min(state.step, flow.traits.length);

/** On "Check your answers" (the step after the last trait). */
export const onCheckPage = (state: CheckState, flow: Flow): boolean => shownStep(state, flow) >= flow.traits.length;

/** An answer to one statement. */
export const answer = (state: CheckState, id: string, value: Answer): CheckState => ({...state, answers: {...state.answers, [id]: value}});

/** The person's example for one trait. */
export const note = (state: CheckState, traitId: string, text: string): CheckState => ({...state, notes: {...state.notes, [traitId]: text}});

/** The answer to "have you raised it?". */
export const raise = (state: CheckState, raised: Raised | undefined): CheckState => ({...state, raised});

/** Gaps flagged, with focus on the error summary; or undefined when there are none. */
const flagGaps = (state: CheckState, unanswered: readonly string[]): Transition | undefined =>
  unanswered.length ? to({...state, showErrors: true}, 'errors') : undefined;

/**
 * Moves to a step (a trait, or "Check your answers" after the last) and focuses its heading.
 * `returnToCheck`: a "Change" link, so Continue leads straight back to "Check your answers".
 */
export function goTo(state: CheckState, flow: Flow, step: number, returnToCheck = false): Transition {
  const next = {...state, showErrors: false, returnToCheck, step, view: 'form' as const};
  return to(next, onCheckPage(next, flow) ? 'check' : 'step');
}

/** Continue on a step: on to the next (or back to "Check your answers" after a Change link), or flag the gaps. */
export function continueStep(state: CheckState, flow: Flow): Transition {
  const step = shownStep(state, flow);
  // On "Check your answers" there is no trait shown, so no gap.
  const shown = flow.traits.slice(step, step + 1);
  const gaps = flagGaps(state, unansweredIds(shown, state.answers));
  return gaps ?? goTo(state, flow, state.returnToCheck ? flow.traits.length : step + 1);
}

/**
 * Submit: with every statement answered, the result (scored at `now`, with the raised answer), and
 * focus on it. Otherwise the gaps are flagged; step by step, it goes back to the first step with one.
 */
export function submit(state: CheckState, flow: Flow, now: Date): Transition {
  const unanswered = unansweredIds(flow.traits, state.answers);
  const step =
    unanswered.length && flow.steps ? flow.traits.findIndex((t) => t.statements.some((st) => unanswered.includes(st.id))) : state.step;
  const gaps = flagGaps({...state, step}, unanswered);
  if (gaps) return gaps;
  const result = scoreAnswers(flow.traits, state.answers, now, state.raised);
  // A second submit on the same day keeps the picks that still fit, and every agreed note.
  const current = addCheck(state.current ? [state.current] : [], pastCheck(result)).history[0];
  const fresh = {result, current, lastPick: undefined, draft: undefined, includeNotes: false};
  return to({...state, ...fresh, view: 'result', confirming: false, showErrors: false}, 'result');
}

/** From the result back to the answers: "Check your answers", or the one-page form. */
export function changeAnswers(state: CheckState, flow: Flow): Transition {
  return flow.steps ? goTo(state, flow, flow.traits.length) : to({...state, view: 'form'}, 'heading');
}

/** Asks before "Start again" clears what is saved. */
export const askToConfirm = (state: CheckState): Transition => to({...state, confirming: true}, 'confirm');

/** The person said no: the question goes, and focus returns to "Start again". */
export const cancelConfirm = (state: CheckState): Transition => to({...state, confirming: false}, 'startAgain');

/** Every answer, note and result cleared, back to the first question; focus there when the person pressed "Start again". */
export const startAgain = (flow: Flow, byPerson: boolean): Transition =>
  to(initialState, byPerson ? (flow.steps ? 'step' : 'heading') : undefined);

/** Answers and notes from elsewhere (saved on this device) under the person's own: theirs win. */
export const restore = (state: CheckState, saved: {answers: Answers; notes: Notes; raised?: Raised}): CheckState => ({
  ...state,
  answers: {...saved.answers, ...state.answers},
  notes: {...saved.notes, ...state.notes},
  raised: state.raised ?? saved.raised,
});

/** Answers and notes from another window, taking the place of these. */
export const replace = (state: CheckState, saved: {answers: Answers; notes: Notes; raised?: Raised}): CheckState => ({
  ...state,
  answers: {...saved.answers},
  notes: {...saved.notes},
  raised: saved.raised,
});

/** The result as the device kept it: a check kept earlier today brings its picks and notes back. */
export const kept = (state: CheckState, check: PastCheck | undefined): CheckState =>
  check && check.at === state.current?.at ? {...state, current: check} : state;

/** Ticks (or unticks) a trait of the result to raise first, and says what the tick did. */
export function pick(state: CheckState, traitId: string, on: boolean): CheckState {
  if (!state.current) return state;
  const {check, outcome} = pickTrait(state.current, traitId, on);
  return outcome ? {...state, current: check, lastPick: outcome} : state;
}

/** "What we agreed" for a picked trait of the result. */
export const agree = (state: CheckState, traitId: string, text: string): CheckState =>
  state.current ? {...state, current: agreeOn(state.current, traitId, text)} : state;

/** The person's edit of the draft message. */
export const editDraft = (state: CheckState, draft: string): CheckState => ({...state, draft});

/** Whether the draft message carries the person's examples. */
export const includeNotes = (state: CheckState, on: boolean): CheckState => ({...state, includeNotes: on});

/** The person opened or closed "not sure who yours is?". */
export const findOut = (state: CheckState, open: boolean): CheckState => (state.findOutOpen === open ? state : {...state, findOutOpen: open});
