import {describe, it} from 'node:test';
import {expect} from 'chai';
import {answerTo, needsRaisedQuestion, scoreAnswers, scoreTrait, unansweredIds, verdictFor} from '../../src/model/scoring.js';
import {answersFor, VERDICTS, type Answer, type StatementKind, type TraitStatus, type Verdict} from '../../src/model/types.js';

const trait = (...ids: string[]) => ({id: 't', statements: ids.map((id) => ({id, text: id}))});
const answered = (...answers: Answer[]) => Object.fromEntries(answers.map((a, i) => [`s${i}`, a]));

describe('scoreTrait', () => {
  const cases: [Answer[], TraitStatus, number, number][] = [
    [['yes', 'yes'], 'met', 4, 4],
    [['yes', 'not-sure'], 'met', 2, 2],
    [['yes', 'sometimes'], 'partly-met', 3, 4],
    [['sometimes', 'sometimes'], 'partly-met', 2, 4],
    [['yes', 'no'], 'partly-met', 2, 4],
    [['sometimes', 'no'], 'not-met', 1, 4],
    [['no', 'no'], 'not-met', 0, 4],
    [['sometimes', 'not-sure'], 'partly-met', 1, 2],
    [['no', 'not-sure'], 'not-met', 0, 2],
    [['not-sure', 'not-sure'], 'unsure', 0, 0],
    [['yes', 'yes', 'yes', 'no'], 'partly-met', 6, 8],
    [['no', 'no', 'yes', 'sometimes'], 'not-met', 3, 8],
    [['no', 'no', 'yes', 'yes'], 'partly-met', 4, 8],
  ];
  for (const [answers, status, score, max] of cases) {
    it(`gives ${answers.join(' + ')} the status ${status} (${score} of ${max})`, () => {
      const ids = answers.map((_, i) => `s${i}`);
      expect(scoreTrait(trait(...ids), answered(...answers))).to.deep.equal({id: 't', status, score, max});
    });
  }

  it('treats an unanswered statement like "Not sure"', () => {
    expect(scoreTrait(trait('s0', 's1'), {s0: 'yes'})).to.deep.equal({id: 't', status: 'met', score: 2, max: 2});
  });
});

describe('answersFor', () => {
  it('offers Yes, Sometimes, No and Not sure for how often something happens', () => {
    expect(answersFor('frequency')).to.deep.equal(['yes', 'sometimes', 'no', 'not-sure']);
    expect(answersFor()).to.deep.equal(answersFor('frequency'));
  });

  it('offers Yes, No and Not sure for a fact, where "Sometimes" makes no sense', () => {
    expect(answersFor('fact')).to.deep.equal(['yes', 'no', 'not-sure']);
  });
});

describe('answerTo', () => {
  const cases: [StatementKind | undefined, Answer, Answer | undefined][] = [
    ['frequency', 'sometimes', 'sometimes'],
    [undefined, 'sometimes', 'sometimes'],
    ['fact', 'yes', 'yes'],
    ['fact', 'no', 'no'],
    ['fact', 'not-sure', 'not-sure'],
    // Saved before the statement became a fact: the person is asked again.
    ['fact', 'sometimes', undefined],
  ];
  for (const [kind, given, kept] of cases) {
    it(`takes "${given}" for a ${kind ?? 'default'} statement as ${kept ?? 'no answer'}`, () => {
      expect(answerTo({id: 's', ...(kind && {kind})}, {s: given})).to.equal(kept);
    });
  }

  it('leaves a fact answered "Sometimes" unanswered, and out of the score', () => {
    const fact = {id: 't', statements: [{id: 'a', kind: 'fact' as const}, {id: 'b'}]};
    expect(unansweredIds([fact], {a: 'sometimes', b: 'yes'})).to.deep.equal(['a']);
    expect(scoreTrait(fact, {a: 'sometimes', b: 'yes'})).to.deep.equal({id: 't', status: 'met', score: 2, max: 2});
    expect(scoreAnswers([fact], {a: 'sometimes', b: 'yes'}).answers).to.deep.equal({b: 'yes'});
  });
});

describe('verdictFor', () => {
  const met = 'met' as const;
  const partly = 'partly-met' as const;
  const notMet = 'not-met' as const;
  const unsure = 'unsure' as const;
  // Each row: the statuses of five traits, and the verdict (the README's table, row by row).
  const cases: [TraitStatus[], Verdict][] = [
    [[met, met, met, met, met], 'excellent'],
    [[met, met, met, met, partly], 'good'],
    [[met, met, met, met, unsure], 'good'],
    [[met, met, met, unsure, unsure], 'good'],
    [[met, met, met, partly, unsure], 'good'],
    [[met, met, met, met, notMet], 'mixed'],
    [[met, met, met, partly, partly], 'mixed'],
    [[met, met, met, notMet, partly], 'mixed'],
    [[met, partly, notMet, unsure, unsure], 'mixed'],
    [[met, partly, partly, unsure, unsure], 'mixed'],
    [[met, met, met, notMet, notMet], 'falls-short'],
    [[notMet, notMet, unsure, unsure, unsure], 'falls-short'],
    [[partly, partly, partly, partly, partly], 'falls-short'],
    [[partly, partly, partly, unsure, unsure], 'falls-short'],
    [[notMet, partly, notMet, notMet, notMet], 'falls-short'],
    [[notMet, unsure, unsure, unsure, unsure], 'little-to-go-on'],
    [[partly, unsure, unsure, unsure, unsure], 'little-to-go-on'],
    [[met, unsure, unsure, unsure, unsure], 'little-to-go-on'],
    [[met, met, unsure, unsure, unsure], 'little-to-go-on'],
    [[met, partly, unsure, unsure, unsure], 'little-to-go-on'],
    [[partly, partly, unsure, unsure, unsure], 'little-to-go-on'],
    [[unsure, unsure, unsure, unsure, unsure], 'unsure'],
  ];
  for (const [statuses, verdict] of cases) {
    it(`calls ${statuses.join(', ')} "${verdict}"`, () => {
      expect(verdictFor(statuses)).to.equal(verdict);
    });
  }

  it('reaches every verdict in the table above', () => {
    expect([...new Set(cases.map(([, verdict]) => verdict))].sort()).to.deep.equal([...VERDICTS].sort());
  });
});

describe('needsRaisedQuestion', () => {
  const cases: [TraitStatus[], boolean][] = [
    [['met', 'met'], false],
    [['met', 'unsure'], false],
    [['unsure', 'unsure'], false],
    [['met', 'partly-met'], true],
    [['not-met', 'unsure'], true],
  ];
  for (const [statuses, asked] of cases) {
    it(`${asked ? 'asks' : 'does not ask'} "have you raised it?" for ${statuses.join(', ')}`, () => {
      expect(needsRaisedQuestion({traits: statuses.map((status, i) => ({id: `t${i}`, status, score: 0, max: 0}))})).to.equal(asked);
    });
  }
});

describe('scoreAnswers', () => {
  const traits = [
    {
      id: 'a',
      statements: [
        {id: 'a-1', text: ''},
        {id: 'a-2', text: ''},
      ],
    },
    {id: 'b', statements: [{id: 'b-1', text: ''}]},
  ];

  it('scores every trait, keeps only known answers and stamps the time', () => {
    const at = new Date('2026-01-02T03:04:05.000Z');
    const result = scoreAnswers(traits, {'a-1': 'yes', 'a-2': 'no', 'b-1': 'not-sure', stale: 'yes'}, at);
    expect(result).to.deep.equal({
      verdict: 'little-to-go-on',
      traits: [
        {id: 'a', status: 'partly-met', score: 2, max: 4},
        {id: 'b', status: 'unsure', score: 0, max: 0},
      ],
      answers: {'a-1': 'yes', 'a-2': 'no', 'b-1': 'not-sure'},
      completedAt: '2026-01-02T03:04:05.000Z',
    });
  });

  it('adds the raised answer to the result only where the question was asked', () => {
    const at = new Date('2026-01-02T03:04:05.000Z');
    expect(scoreAnswers(traits, {'a-1': 'yes', 'a-2': 'no', 'b-1': 'yes'}, at, 'no-change').raised).to.equal('no-change');
    const allMet = scoreAnswers(traits, {'a-1': 'yes', 'a-2': 'yes', 'b-1': 'yes'}, at, 'no-change');
    expect(Object.keys(allMet)).not.to.include('raised');
    expect(Object.keys(scoreAnswers(traits, {'a-1': 'no'}, at))).not.to.include('raised');
  });

  it('lists unanswered statements in the order shown', () => {
    expect(unansweredIds(traits, {'a-2': 'yes'})).to.deep.equal(['a-1', 'b-1']);
  });
});
