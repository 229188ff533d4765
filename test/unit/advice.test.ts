import {describe, it} from 'node:test';
import {expect} from 'chai';
import {parseConfig} from '../../src/config/parse-config.js';
import {en} from '../../src/i18n/en.js';
import type {Phrase} from '../../src/i18n/strings.js';
import {planSteps, type StepId} from '../../src/model/advice.js';
import {REGION_FACTS, REGIONS, type Region} from '../../src/model/regions.js';
import {resolveTraits, roleWords} from '../../src/i18n/resolve.js';
import {crisisLines, describeResult, summaryText} from '../../src/i18n/result-view.js';
import {needsRaisedQuestion, statementIds} from '../../src/model/scoring.js';
import {RAISED, VERDICTS, type Answer, type Raised, type Verdict} from '../../src/model/types.js';

const words = roleWords('care co-ordinator');
const traits = resolveTraits(en, words);
const ids = statementIds(traits);
const title = (id: string) => traits.find((t) => t.id === id)!.title;

/** Every statement answered `all`, except those named. */
function answers(all: Answer, except: Record<string, Answer> = {}): Record<string, Answer> {
  return Object.fromEntries(ids.map((id) => [id, except[id] ?? all]));
}
/** Every statement of a trait answered the same way. */
const trait = (id: string, answer: Answer) => Object.fromEntries(ids.filter((s) => s.startsWith(`${id}-`)).map((s) => [s, answer]));

const describe_ = (given: Record<string, Answer>, raised?: Raised, region: Region = 'england') =>
  describeResult({strings: en, words, traits, answers: given, notes: {}, region, raised});

describe('the advice: worked cases from ADVICE.md', () => {
  interface Case {
    readonly name: string;
    readonly answers: Record<string, Answer>;
    readonly raised?: Raised;
    readonly verdict: Verdict;
    readonly steps: StepId[];
  }
  const oneNotMet = answers('yes', trait('listening', 'no'));
  const severalNotMet = answers('yes', {...trait('listening', 'no'), ...trait('organisation', 'no')});
  const mostlyUnsure = answers('not-sure', {'communication-1': 'no'});
  const cases: Case[] = [
    {name: 'every answer Yes', answers: answers('yes'), verdict: 'excellent', steps: ['keep']},
    {
      name: 'all Yes but one Sometimes, not raised yet',
      answers: answers('yes', {'listening-1': 'sometimes'}),
      raised: 'not-yet',
      verdict: 'good',
      steps: ['keep', 'talk'],
    },
    {
      name: 'all Yes but one Sometimes, raised question unanswered',
      answers: answers('yes', {'organisation-2': 'sometimes'}),
      verdict: 'good',
      steps: ['keep', 'talk'],
    },
    {
      name: 'one trait clearly not met, others met, not raised yet',
      answers: oneNotMet,
      raised: 'not-yet',
      verdict: 'mixed',
      steps: ['keep', 'talk', 'someone-with-you', 'manager', 'advice'],
    },
    {
      name: 'one trait not met, raised, nothing changed',
      answers: oneNotMet,
      raised: 'no-change',
      verdict: 'mixed',
      // ADVICE.md: 2 and 3 lead; what is going well is still worth saying, after them.
      steps: ['manager', 'advice', 'keep'],
    },
    {
      name: 'one trait not met, raised, it got better',
      answers: oneNotMet,
      raised: 'better',
      verdict: 'mixed',
      steps: ['keep', 'manager', 'advice'],
    },
    {
      name: 'one trait not met, does not feel able to',
      answers: oneNotMet,
      raised: 'not-able',
      verdict: 'mixed',
      steps: ['manager', 'advice', 'someone-with-you'],
    },
    {
      name: 'several traits not met, not raised yet',
      answers: severalNotMet,
      raised: 'not-yet',
      verdict: 'falls-short',
      steps: ['keep', 'talk', 'someone-with-you', 'manager', 'advice'],
    },
    {
      name: 'several traits not met, raised, nothing changed',
      answers: severalNotMet,
      raised: 'no-change',
      verdict: 'falls-short',
      // ADVICE.md: 2 and 3 lead; what is going well is still worth saying, after them.
      steps: ['manager', 'advice', 'keep'],
    },
    {
      name: 'several traits not met, does not feel able to',
      answers: severalNotMet,
      raised: 'not-able',
      verdict: 'falls-short',
      steps: ['manager', 'advice', 'someone-with-you'],
    },
    {
      name: 'every answer No, not raised yet',
      answers: answers('no'),
      raised: 'not-yet',
      verdict: 'falls-short',
      steps: ['talk', 'someone-with-you', 'manager', 'advice'],
    },
    {
      name: 'all Yes but one Sometimes, does not feel able to',
      answers: answers('yes', {'listening-1': 'sometimes'}),
      raised: 'not-able',
      verdict: 'good',
      steps: ['manager', 'advice', 'someone-with-you'],
    },
    {
      name: 'all Yes but one Sometimes, it got better',
      answers: answers('yes', {'listening-1': 'sometimes'}),
      raised: 'better',
      verdict: 'good',
      steps: ['keep'],
    },
    {name: 'every answer Not sure', answers: answers('not-sure'), verdict: 'unsure', steps: ['questions']},
    {
      name: 'mostly Not sure, one No, not raised yet',
      answers: mostlyUnsure,
      raised: 'not-yet',
      verdict: 'little-to-go-on',
      steps: ['talk', 'questions'],
    },
    {
      name: 'mostly Not sure, one No, nothing changed',
      answers: mostlyUnsure,
      raised: 'no-change',
      verdict: 'little-to-go-on',
      steps: ['manager', 'advice', 'questions'],
    },
    {
      name: 'mostly Yes, two traits Not sure',
      answers: answers('yes', {...trait('listening', 'not-sure'), ...trait('accessible', 'not-sure')}),
      verdict: 'good',
      steps: ['keep', 'questions'],
    },
    {
      name: 'friendly and approachable partly met, all else Yes',
      answers: answers('yes', {'approachable-2': 'sometimes'}),
      raised: 'not-yet',
      verdict: 'good',
      steps: ['keep', 'talk', 'someone-with-you'],
    },
  ];
  for (const c of cases) {
    it(`${c.name}: "${c.verdict}", then ${c.steps.join(', ')}`, () => {
      const doc = describe_(c.answers, c.raised);
      expect(doc.result.verdict).to.equal(c.verdict);
      expect(doc.steps.map((s) => s.id)).to.deep.equal(c.steps);
    });
  }

  for (const id of ids.filter((id) => traits.flatMap((t) => t.statements).find((s) => s.id === id)!.kind === 'frequency')) {
    it(`all Yes but "Sometimes" for ${id}: good overall, a word about that one thing, and no talk of a different co-ordinator`, () => {
      const doc = describe_(answers('yes', {[id]: 'sometimes'}), 'not-yet');
      const text = summaryText(doc, en, 'Title', 'today');
      expect(doc.result.verdict).to.equal('good');
      expect(doc.steps.slice(0, 2).map((s) => s.id)).to.deep.equal(['keep', 'talk']);
      const short = traits.find((t) => t.statements.some((s) => s.id === id))!;
      expect(doc.steps[1].text).to.equal(en.steps.talkOne({...words, trait: short.title}));
      expect(doc.steps.map((s) => s.id)).not.to.include.members(['manager', 'advice']);
      for (const never of ['different', 'manager', 'PALS', 'complaint']) expect(text).not.to.contain(never);
    });
  }

  it('words the excellent result warmly, and offers only to say what works', () => {
    const doc = describe_(answers('yes'));
    expect(doc.verdict).to.equal(en.verdict.excellent(words));
    expect(doc.verdictDetail).to.equal(en.verdictDetail.excellent(words));
    expect(doc.steps).to.deep.equal([{id: 'keep', text: en.steps.keep(words)}]);
    expect(doc.contact).to.equal(undefined);
  });

  it('when one trait is not met and not yet raised, offers the manager only in case talking does not help', () => {
    const doc = describe_(oneNotMet, 'not-yet');
    expect(doc.steps[1].text).to.equal(en.steps.talkOne({...words, trait: title('listening')}));
    expect(doc.steps.find((s) => s.id === 'manager')!.text).to.equal(en.steps.managerIfNeeded(words));
  });

  it('when it was raised and nothing changed, says so, and leads with the manager and the advice service', () => {
    const doc = describe_(oneNotMet, 'no-change');
    expect(doc.raisedNote).to.equal(en.raisedNote['no-change'](words));
    expect(doc.steps.find((s) => s.id === 'manager')!.text).to.equal(en.steps.manager(words));
    const advice = doc.steps.find((s) => s.id === 'advice')!;
    expect(advice.text).to.contain(en.advice.england.reach);
    expect(summaryText(doc, en, 'T', 'd')).to.contain(en.raisedNote['no-change'](words));
  });

  it('when the person does not feel able to, offers nothing that needs them to talk to the co-ordinator', () => {
    for (const given of [oneNotMet, severalNotMet, answers('no')]) {
      const doc = describe_(given, 'not-able');
      expect(doc.steps.map((s) => s.id)).not.to.include.members(['talk', 'keep']);
      expect(doc.steps.map((s) => s.id)).to.include('someone-with-you');
      expect(doc.steps.map((s) => s.text).join(' ')).not.to.contain(`talk to your ${words.role}`);
      expect(doc.raisedNote).to.equal(en.raisedNote['not-able'](words));
    }
  });

  it('when it got better, says that is good news, and keeps telling them what works', () => {
    const doc = describe_(oneNotMet, 'better');
    expect(doc.raisedNote).to.equal(en.raisedNote.better(words));
    expect(doc.steps[0]).to.deep.equal({id: 'keep', text: en.steps.keepBetter(words)});
    expect(doc.steps.find((s) => s.id === 'manager')!.text).to.equal(en.steps.managerIfNeeded(words));
  });

  it('when every answer is Not sure, gives questions to ask and no verdict about the co-ordinator', () => {
    const doc = describe_(answers('not-sure'));
    expect(needsRaisedQuestion(doc.result)).to.equal(false);
    for (const claim of ['excellent', 'going well', 'could be better', 'not going', 'fault']) {
      expect(`${doc.verdict} ${doc.verdictDetail}`).not.to.contain(claim);
    }
    expect(doc.groups.map((g) => g.id)).to.deep.equal(['not-sure']);
    for (const line of doc.groups[0].lines) {
      expect(line.prompts).to.deep.equal({intro: en.questionsIntro, lines: line.trait.questions});
      expect(line.trait.questions.length).to.be.greaterThan(0);
    }
  });

  it('when mostly Not sure with one No, talks about the No and gives questions for the rest', () => {
    const doc = describe_(mostlyUnsure, 'not-yet');
    expect(doc.verdict).to.equal(en.verdict['little-to-go-on'](words));
    expect(doc.steps[0].text).to.equal(en.steps.talkOne({...words, trait: title('communication')}));
    const [short, unsure] = doc.groups;
    expect(short.lines[0].prompts).to.deep.equal({intro: en.suggestionsIntro, lines: en.traits.communication.suggestions});
    expect(unsure.lines.every((l) => l.prompts?.intro === en.questionsIntro)).to.equal(true);
  });

  it('asks "have you raised it?" only when some trait is partly met or not met', () => {
    expect(needsRaisedQuestion(describe_(answers('yes')).result)).to.equal(false);
    expect(needsRaisedQuestion(describe_(answers('yes', trait('listening', 'not-sure'))).result)).to.equal(false);
    expect(needsRaisedQuestion(describe_(answers('yes', {'listening-1': 'sometimes'})).result)).to.equal(true);
  });

  it('ignores a raised answer where the question was not asked', () => {
    const doc = describe_(answers('yes'), 'no-change');
    expect(doc.raisedNote).to.equal(undefined);
    expect(Object.keys(doc.result)).not.to.include('raised');
    expect(planSteps(doc.result)).to.deep.equal([{id: 'keep'}]);
  });
});

describe('the copy of the verdicts and steps', () => {
  it('hedges every verdict: each starts "From your answers"', () => {
    for (const verdict of VERDICTS) expect(en.verdict[verdict](words), verdict).to.match(/^From your answers, /);
  });

  it('never says the person must do anything', () => {
    const all = JSON.stringify(en, (_, v: unknown) =>
      typeof v === 'function' ? (v as Phrase<object>)({...words, trait: 'x', service: 'x'}) : v,
    );
    expect(all).not.to.match(/\bmust\b|\bshould have\b|\byour fault\b(?<!not your fault)/i);
  });

  it('has words for every raised answer, and a note for what each means', () => {
    for (const raised of RAISED) {
      expect(en.raisedAnswers[raised]).to.be.a('string').and.not.equal('');
      expect(en.raisedNote[raised](words)).to.be.a('string').and.not.equal('');
    }
  });

  it('says the manager can arrange a different co-ordinator, and the advice service helps the person ask', () => {
    expect(en.steps.manager(words)).to.contain(`a different ${words.role}`);
    expect(en.steps.advice({...words, service: 'PALS'})).to.match(/help you/);
  });
});

describe('the advice service, per nation', () => {
  const severalNotMet = answers('no');
  const cases: [Region, string[], string | undefined][] = [
    ['england', ['PALS', 'NHS website', 'GP surgery', 'NHS 111', 'complaints advocacy', 'council'], undefined],
    ['scotland', ['PASS', 'Citizens Advice'], '0800 917 2127'],
    ['wales', ['Llais', 'Putting Things Right', 'local teams'], undefined],
    ['northern-ireland', ['Patient and Client Council', 'health and social care'], '0800 917 0222'],
  ];
  for (const [region, facts, phone] of cases) {
    it(`${region}: names the service, says what it does and how to reach it${phone ? `, on ${phone}` : ''}`, () => {
      const doc = describe_(severalNotMet, 'not-yet', region);
      const advice = doc.steps.find((s) => s.id === 'advice')!;
      for (const fact of facts) expect(advice.text, fact).to.contain(fact);
      expect(advice.text).to.contain(en.advice[region].reach);
      expect(advice.contact).to.deep.equal({name: en.advice[region].name, ...(phone && {phone})});
      expect(REGION_FACTS[region].advicePhone).to.equal(phone);
    });
  }

  it("replaces the nation's service with the host's own, name and details", () => {
    const contact = {name: 'Anytown PALS', phone: '0113 496 0000'};
    const doc = describeResult({strings: en, words, traits, answers: severalNotMet, notes: {}, region: 'scotland', contact});
    const advice = doc.steps.find((s) => s.id === 'advice')!;
    expect(advice.text).to.equal(en.steps.advice({...words, service: 'Anytown PALS'}));
    expect(advice.contact).to.deep.equal(contact);
    expect(advice.text).not.to.contain('PASS');
  });

  it("keeps the nation's name for a host contact with no name", () => {
    const doc = describeResult({
      strings: en,
      words,
      traits,
      answers: severalNotMet,
      notes: {},
      region: 'england',
      contact: {phone: '0113 496 0000'},
    });
    expect(doc.steps.find((s) => s.id === 'advice')!.contact).to.deep.equal({name: en.advice.england.name, phone: '0113 496 0000'});
  });
});

describe('the crisis lines', () => {
  const nation = (region: Region) => REGION_FACTS[region].crisis.map(({id, phone}) => ({label: en.crisis[id], phone}));

  it('gives Northern Ireland Lifeline, free, day or night', () => {
    expect(nation('northern-ireland')).to.deep.include({label: en.crisis.lifeline, phone: '0808 808 8000'});
    expect(en.crisis.lifeline).to.contain('free').and.contain('day or night');
  });

  it("keeps NHS England's own words: call 111 and choose the mental health option", () => {
    expect(en.crisis['nhs-111-england']).to.contain('choose the mental health option');
  });

  for (const region of REGIONS) {
    it(`${region}: 999 first and Samaritans last`, () => {
      const lines = nation(region);
      expect(lines[0].phone).to.equal('999');
      expect(lines[lines.length - 1].phone).to.equal('116 123');
    });
  }

  const warned = (config: unknown) => {
    const messages: string[] = [];
    const parsed = parseConfig(config, (m) => messages.push(m));
    return {
      parsed,
      messages,
      lines: crisisLines({strings: en, region: 'northern-ireland', crisis: parsed.crisis, teamCrisis: parsed.teamCrisis}),
    };
  };

  // Each row: the config, the lines shown, and the paths the warnings name.
  const cases: [string, unknown, 'nation' | {label: string; phone?: string; url?: string}[], string[]][] = [
    ['`crisis: null`', {crisis: null}, 'nation', ['crisis']],
    ['`crisis: {}`', {crisis: {}}, 'nation', ['crisis']],
    ['`crisis: "none"`', {crisis: 'none'}, 'nation', ['crisis']],
    ['`crisis: true`', {crisis: true}, 'nation', ['crisis']],
    ['an empty list', {crisis: []}, 'nation', ['crisis']],
    [
      'a list of only bad lines',
      {crisis: [{phone: '999'}, 'call 999', null]},
      'nation',
      ['crisis[0].label', 'crisis[1]', 'crisis[2]', 'crisis'],
    ],
    [
      'a line whose only link is unsafe',
      {crisis: [{label: 'Chat', url: 'javascript:alert(1)'}]},
      'nation',
      ['crisis[0].url', 'crisis[0]', 'crisis'],
    ],
    ['a line whose phone is a number, not text', {crisis: [{label: 'Call', phone: 999}]}, 'nation', ['crisis[0].phone', 'crisis[0]', 'crisis']],
    [
      'good lines among bad ones',
      {crisis: [{label: 'Our crisis team:', phone: '0800 000 0000'}, {phone: '111'}, {label: 'Samaritans:', phone: '116 123'}]},
      [
        {label: 'Our crisis team:', phone: '0800 000 0000'},
        {label: 'Samaritans:', phone: '116 123'},
      ],
      ['crisis[1].label'],
    ],
    [
      'a phone written with words, kept as text',
      {crisis: [{label: 'NHS 111:', phone: '111, press 2'}]},
      [{label: 'NHS 111:', phone: '111, press 2'}],
      [],
    ],
    ['a line with a label only', {crisis: [{label: 'Go to your nearest A&E.'}]}, [{label: 'Go to your nearest A&E.'}], []],
    ['`crisis: false`, which hides the box', {crisis: false}, [], []],
  ];
  for (const [name, config, expected, paths] of cases) {
    it(`${name}: ${expected === 'nation' ? "the nation's lines" : `${expected.length} line(s)`}${paths.length ? `, warning about ${paths.join(', ')}` : ', quietly'}`, () => {
      const {lines, messages} = warned(config);
      expect(lines).to.deep.equal(expected === 'nation' ? nation('northern-ireland') : expected);
      expect(messages.length, messages.join('\n')).to.equal(paths.length);
      paths.forEach((path, i) => {
        expect(messages[i].startsWith(`${path} `), messages[i]).to.equal(true);
      });
    });
  }

  it("puts the team's own crisis number first, before the nation's lines", () => {
    const {lines, messages} = warned({teamCrisis: {phone: '0113 496 0000'}});
    expect(messages).to.deep.equal([]);
    expect(lines).to.deep.equal([{label: en.crisis.team, phone: '0113 496 0000'}, ...nation('northern-ireland')]);
  });

  it("puts the team's own number, with its own label, before the host's lines", () => {
    const {lines} = warned({
      teamCrisis: {label: 'Duty team, 9 to 5:', phone: 'ask at reception'},
      crisis: [{label: 'Samaritans:', phone: '116 123'}],
    });
    expect(lines).to.deep.equal([
      {label: 'Duty team, 9 to 5:', phone: 'ask at reception'},
      {label: 'Samaritans:', phone: '116 123'},
    ]);
  });

  it("hides the team's number too when the host hides the box", () => {
    expect(warned({teamCrisis: {phone: '0113 496 0000'}, crisis: false}).lines).to.deep.equal([]);
  });

  const badTeams: [string, unknown, string][] = [
    ['a string', '0113 496 0000', 'teamCrisis'],
    ['null', null, 'teamCrisis'],
    ['no phone', {label: 'Duty team'}, 'teamCrisis.phone'],
    ['a phone that is a number', {phone: 1134960000}, 'teamCrisis.phone'],
  ];
  for (const [name, teamCrisis, path] of badTeams) {
    it(`ignores a teamCrisis that is ${name}, with a warning naming ${path}, and keeps the nation's lines`, () => {
      const {lines, messages} = warned({teamCrisis});
      expect(lines).to.deep.equal(nation('northern-ireland'));
      expect(messages[0].startsWith(`${path} `), messages[0]).to.equal(true);
    });
  }
});
