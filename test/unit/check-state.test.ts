// The check's one state and its transitions, as a table: what each does to the state, and where it
// sends focus. The browser tests show the same flow as a person sees it.
import {describe, it} from 'node:test';
import {expect} from 'chai';
import {en} from '../../src/i18n/en.js';
import {resolveTraits, roleWords} from '../../src/i18n/resolve.js';
import {
  answer,
  askToConfirm,
  cancelConfirm,
  changeAnswers,
  continueStep,
  goTo,
  initialState,
  note,
  onCheckPage,
  raise,
  replace,
  restore,
  shownStep,
  startAgain,
  submit,
  type CheckState,
  type Flow,
} from '../../src/model/check-state.js';
import type {Answers} from '../../src/model/types.js';

const traits = resolveTraits(en, roleWords('care co-ordinator'));
const steps: Flow = {traits, steps: true};
const single: Flow = {traits, steps: false};
const NOW = new Date(2026, 11, 3, 10, 0);

/** Every statement of the traits at these indexes answered Yes. */
const yesTo = (...indexes: number[]): Answers =>
  Object.fromEntries(indexes.flatMap((i) => traits[i].statements.map((st) => [st.id, 'yes'] as const)));
const all = traits.map((_, i) => i);
const at = (state: Partial<CheckState>): CheckState => ({...initialState, ...state});

describe('the check’s state (model/check-state.ts)', () => {
  it('starts on the first step of the form, with nothing answered', () => {
    expect(initialState).to.deep.equal({
      answers: {},
      notes: {},
      raised: undefined,
      view: 'form',
      step: 0,
      showErrors: false,
      returnToCheck: false,
      confirming: false,
      result: undefined,
    });
  });

  it('keeps each answer, note and raised answer in a new value, and never changes the old one', () => {
    const before = at({});
    const after = raise(note(answer(before, 'communication-1', 'no'), 'communication', 'They forgot.'), 'not-yet');
    expect(after.answers).to.deep.equal({'communication-1': 'no'});
    expect(after.notes).to.deep.equal({communication: 'They forgot.'});
    expect(after.raised).to.equal('not-yet');
    expect(before).to.deep.equal(initialState);
  });

  // [what, state before, transition, the state's changes, focus]
  const table: [string, CheckState, (s: CheckState) => ReturnType<typeof goTo>, Partial<CheckState>, string | undefined][] = [
    ['Continue with the step answered goes on', at({answers: yesTo(0)}), (s) => continueStep(s, steps), {step: 1}, 'step'],
    ['Continue with a gap flags it and stays', at({}), (s) => continueStep(s, steps), {showErrors: true}, 'errors'],
    [
      'Continue on the last trait goes to "Check your answers"',
      at({step: 4, answers: yesTo(4)}),
      (s) => continueStep(s, steps),
      {step: 5},
      'check',
    ],
    [
      'Continue after a Change link goes back to "Check your answers"',
      at({step: 1, returnToCheck: true, answers: yesTo(1)}),
      (s) => continueStep(s, steps),
      {step: 5, returnToCheck: false},
      'check',
    ],
    [
      'A Change link opens the step, and marks the way back',
      at({step: 5}),
      (s) => goTo(s, steps, 2, true),
      {step: 2, returnToCheck: true},
      'step',
    ],
    ['Going to a step clears flagged gaps', at({step: 1, showErrors: true}), (s) => goTo(s, steps, 0), {step: 0, showErrors: false}, 'step'],
    [
      'Submit with a gap, step by step, goes back to the first step with one',
      at({step: 5, answers: yesTo(0, 1, 3, 4)}),
      (s) => submit(s, steps, NOW),
      {step: 2, showErrors: true},
      'errors',
    ],
    ['Submit with a gap on one page flags it where it is', at({answers: yesTo(0)}), (s) => submit(s, single, NOW), {showErrors: true}, 'errors'],
    [
      'Change my answers, step by step, opens "Check your answers"',
      at({view: 'result', step: 5}),
      (s) => changeAnswers(s, steps),
      {view: 'form', step: 5},
      'check',
    ],
    [
      'Change my answers on one page opens the form at its heading',
      at({view: 'result'}),
      (s) => changeAnswers(s, single),
      {view: 'form'},
      'heading',
    ],
    ['Start again asks first', at({view: 'result'}), askToConfirm, {view: 'result', confirming: true}, 'confirm'],
    [
      'No, keep my answers: the question goes',
      at({view: 'result', confirming: true}),
      cancelConfirm,
      {view: 'result', confirming: false},
      'startAgain',
    ],
  ];
  for (const [what, before, transition, changes, focus] of table) {
    it(what, () => {
      const {state, focus: focused} = transition(before);
      expect(state).to.deep.equal({...before, ...changes});
      expect(focused).to.equal(focus);
    });
  }

  it('submits a complete check: the result, scored at that time with the raised answer, and focus on it', () => {
    const answers = {...yesTo(...all), 'listening-1': 'no' as const};
    const before = at({answers, raised: 'no-change', confirming: true, showErrors: true});
    const {state, focus} = submit(before, steps, NOW);
    expect(focus).to.equal('result');
    expect(state.view).to.equal('result');
    expect([state.confirming, state.showErrors]).to.deep.equal([false, false]);
    expect(state.result?.verdict).to.equal('good');
    expect(state.result?.completedAt).to.equal(NOW.toISOString());
    expect(state.result?.raised).to.equal('no-change');
    expect(submit(at({answers: yesTo(...all), raised: 'better'}), steps, NOW).state.result?.raised, 'not asked: nothing fell short').to.equal(
      undefined,
    );
  });

  it('starts again from nothing, and focuses the first question only when the person pressed it', () => {
    expect(startAgain(steps, true)).to.deep.equal({state: initialState, focus: 'step'});
    expect(startAgain(single, true)).to.deep.equal({state: initialState, focus: 'heading'});
    expect(startAgain(steps, false)).to.deep.equal({state: initialState});
  });

  it('shows "Check your answers" for a step past the end, when the host took traits away', () => {
    const fewer: Flow = {traits: traits.slice(0, 2), steps: true};
    const state = at({step: 4});
    expect(shownStep(state, fewer)).to.equal(2);
    expect(onCheckPage(state, fewer)).to.equal(true);
    // The step itself is kept: given the traits back, the person is where they were.
    expect(onCheckPage(state, steps)).to.equal(false);
    expect(shownStep(state, steps)).to.equal(4);
  });

  it('lays saved answers under the person’s own, and replaces them with another window’s', () => {
    const mine = at({answers: {'communication-1': 'no'}, notes: {communication: 'mine'}, raised: 'not-able'});
    const saved = {
      answers: {'communication-1': 'yes', 'communication-2': 'yes'} as Answers,
      notes: {communication: 'saved', listening: 'saved'},
      raised: 'better' as const,
    };
    expect(restore(mine, saved)).to.deep.include({
      answers: {'communication-1': 'no', 'communication-2': 'yes'},
      notes: {communication: 'mine', listening: 'saved'},
      raised: 'not-able',
    });
    expect(replace(mine, saved)).to.deep.include({answers: saved.answers, notes: saved.notes, raised: 'better'});
  });
});
