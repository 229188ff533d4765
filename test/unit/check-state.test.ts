// The check's one state and its transitions, as a table: what each does to the state, and where it
// sends focus. The browser tests show the same flow as a person sees it.
import {describe, it} from 'node:test';
import {expect} from 'chai';
import {en} from '../../src/i18n/en.js';
import {resolveTraits, roleWords} from '../../src/i18n/resolve.js';
import {
  agree,
  answer,
  askToConfirm,
  cancelConfirm,
  changeAnswers,
  continueStep,
  editDraft,
  findOut,
  goTo,
  includeNotes,
  initialState,
  kept,
  note,
  pick,
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
  it('starts on the first step of the form, with nothing answered, picked or drafted', () => {
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
      current: undefined,
      lastPick: undefined,
      draft: undefined,
      includeNotes: false,
      findOutOpen: false,
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

  it('opens and closes "not sure who yours is?", and starts again with it closed', () => {
    const open = findOut(initialState, true);
    expect(open.findOutOpen).to.equal(true);
    expect(initialState.findOutOpen, 'the old value is untouched').to.equal(false);
    expect(findOut(open, true), 'no change, the same value').to.equal(open);
    expect(findOut(open, false).findOutOpen).to.equal(false);
    expect(startAgain(steps, true).state.findOutOpen).to.equal(false);
  });

  describe('the result’s picks, notes and draft', () => {
    // Every statement No: each trait "not met", so each may be picked.
    const noToAll = Object.fromEntries(traits.flatMap((t) => t.statements.map((st) => [st.id, 'no'] as const)));
    const shown = submit(at({answers: noToAll, raised: 'not-yet'}), single, NOW).state;
    const [a, b, c, d] = traits.map((t) => t.id);

    it('starts each result with nothing picked, no draft of the person’s own and no examples in it', () => {
      const edited = includeNotes(editDraft(pick(shown, a, true), 'My own words'), true);
      const again = submit({...edited, view: 'form'}, single, new Date(NOW.getTime() + 60_000)).state;
      expect(again).to.deep.include({draft: undefined, includeNotes: false, lastPick: undefined});
      // The same day: the picks that still fit stay with the check.
      expect(again.current?.agenda).to.deep.equal([a]);
      const tomorrow = submit({...edited, view: 'form'}, single, new Date(NOW.getTime() + 86_400_000)).state;
      expect(tomorrow.current?.agenda).to.deep.equal([]);
    });

    const table: [string, (s: CheckState) => CheckState, string[], string | undefined][] = [
      ['a tick adds the trait at the end', (s) => pick(s, a, true), [a], 'added'],
      ['a second tick adds after it', (s) => pick(pick(s, b, true), a, true), [b, a], 'added'],
      ['an untick takes it off', (s) => pick(pick(s, a, true), a, false), [], 'removed'],
      ['a fourth tick is refused, and says so', (s) => pick(pick(pick(pick(s, a, true), b, true), c, true), d, true), [a, b, c], 'full'],
      ['an unknown trait changes nothing', (s) => pick(s, 'no-such-trait', true), [], undefined],
    ];
    for (const [what, change, agenda, outcome] of table) {
      it(`picks: ${what}`, () => {
        const after = change(shown);
        expect(after.current?.agenda).to.deep.equal(agenda);
        expect(after.lastPick?.outcome).to.equal(outcome);
        expect(shown.current?.agenda, 'the old value is untouched').to.deep.equal([]);
      });
    }

    it('keeps "what we agreed" only for a picked trait, and keeps it through an untick', () => {
      expect(agree(shown, a, 'Weekly calls').current?.agreed).to.deep.equal({});
      const agreed = agree(pick(shown, a, true), a, 'Weekly calls');
      expect(agreed.current?.agreed).to.deep.equal({[a]: 'Weekly calls'});
      expect(pick(agreed, a, false).current?.agreed).to.deep.equal({[a]: 'Weekly calls'});
      expect(agree(pick(shown, a, true), a, 'x'.repeat(600)).current?.agreed[a]).to.have.length(500);
    });

    it('takes the kept copy of the result, and no other check', () => {
      const stored = {...shown.current!, agenda: [b]};
      expect(kept(shown, stored).current).to.equal(stored);
      expect(kept(shown, {...stored, at: '2020-01-01T00:00:00.000Z'})).to.equal(shown);
      expect(kept(shown, undefined)).to.equal(shown);
    });

    it('does nothing to picks before there is a result', () => {
      expect(pick(initialState, a, true)).to.equal(initialState);
      expect(agree(initialState, a, 'x')).to.equal(initialState);
    });

    it('starts again with nothing picked and no draft', () => {
      expect(startAgain(single, true).state).to.deep.include({current: undefined, draft: undefined, includeNotes: false});
    });
  });
});
