import {expect} from '@open-wc/testing';
import {scoreAnswers, scoreTrait, unansweredIds, verdictFor} from '../src/model/scoring.js';
import type {Answer, TraitStatus, Verdict} from '../src/model/types.js';

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

describe('verdictFor', () => {
  const cases: [TraitStatus[], Verdict][] = [
    [['met', 'met', 'met', 'met', 'met'], 'excellent'],
    [['met', 'met', 'met', 'met', 'partly-met'], 'mixed'],
    [['met', 'not-met', 'unsure', 'unsure', 'unsure'], 'mixed'],
    [['met', 'met', 'met', 'met', 'unsure'], 'mixed'],
    [['not-met', 'partly-met', 'not-met', 'not-met', 'not-met'], 'falls-short'],
    [['partly-met', 'unsure', 'unsure', 'unsure', 'unsure'], 'falls-short'],
    [['unsure', 'unsure', 'unsure', 'unsure', 'unsure'], 'unsure'],
  ];
  for (const [statuses, verdict] of cases) {
    it(`calls ${statuses.join(', ')} "${verdict}"`, () => {
      expect(verdictFor(statuses)).to.equal(verdict);
    });
  }
});

describe('scoreAnswers', () => {
  const traits = [
    {id: 'a', statements: [{id: 'a-1', text: ''}, {id: 'a-2', text: ''}]},
    {id: 'b', statements: [{id: 'b-1', text: ''}]},
  ];

  it('scores every trait, keeps only known answers and stamps the time', () => {
    const at = new Date('2026-01-02T03:04:05.000Z');
    const result = scoreAnswers(traits, {'a-1': 'yes', 'a-2': 'no', 'b-1': 'not-sure', stale: 'yes'}, at);
    expect(result).to.deep.equal({
      verdict: 'falls-short',
      traits: [
        {id: 'a', status: 'partly-met', score: 2, max: 4},
        {id: 'b', status: 'unsure', score: 0, max: 0},
      ],
      answers: {'a-1': 'yes', 'a-2': 'no', 'b-1': 'not-sure'},
      completedAt: '2026-01-02T03:04:05.000Z',
    });
  });

  it('lists unanswered statements in the order shown', () => {
    expect(unansweredIds(traits, {'a-2': 'yes'})).to.deep.equal(['a-1', 'b-1']);
  });
});
