import {describe, it} from 'node:test';
import {expect} from 'chai';
import type {ContactConfig, CrisisLineConfig} from '../../src/config/parse-config.js';
import {en} from '../../src/i18n/en.js';
import {REGION_FACTS, type Region} from '../../src/model/regions.js';
import {resolveTraits, roleWords} from '../../src/i18n/resolve.js';
import {contactFields, describeResult, draftText, summaryText, type Notes} from '../../src/i18n/result-view.js';
import {BUILT_IN_STATEMENT_KINDS, BUILT_IN_TRAIT_IDS, builtInStatementId} from '../../src/model/traits.js';
import type {Answer, Raised, TraitStatus} from '../../src/model/types.js';

const words = roleWords('care co-ordinator');
const traits = resolveTraits(en, words);
const TITLE = en.heading(words);
const DATE = '27 November 2026';

/** Every statement of each trait answered the same way, trait by trait ("Sometimes" is "No" for a fact). */
function answersFor(...perTrait: Answer[]): Record<string, Answer> {
  return Object.fromEntries(
    BUILT_IN_TRAIT_IDS.flatMap((id, i) =>
      BUILT_IN_STATEMENT_KINDS[id].map((kind, n) => [
        builtInStatementId(id, n),
        kind === 'fact' && perTrait[i] === 'sometimes' ? 'no' : perTrait[i],
      ]),
    ),
  );
}

interface Case {
  readonly name: string;
  readonly answers: Record<string, Answer>;
  readonly raised?: Raised;
  readonly notes?: Notes;
  readonly region?: Region;
  readonly contact?: ContactConfig;
  readonly crisis?: readonly CrisisLineConfig[] | false;
}

const summaryOf = (c: Case, date = DATE) => {
  const doc = describeResult({
    strings: en,
    words,
    traits,
    answers: c.answers,
    notes: c.notes ?? {},
    region: c.region ?? 'england',
    raised: c.raised,
    contact: c.contact,
    crisis: c.crisis,
  });
  return {doc, text: summaryText(doc, en, TITLE, date), lines: summaryText(doc, en, TITLE, date).split('\n')};
};

// Yes/Yes = met, Sometimes/Sometimes = partly met, No/No = not met, Not sure/Not sure = unsure.
const MIXED = answersFor('yes', 'sometimes', 'no', 'not-sure', 'yes');
const STATUS_OF_MIXED: Record<string, TraitStatus> = {
  communication: 'met',
  organisation: 'partly-met',
  listening: 'not-met',
  approachable: 'unsure',
  accessible: 'met',
};

describe('summaryText', () => {
  it('starts with the title and the date it was checked on, then the verdict and what it means', () => {
    const {doc, lines} = summaryOf({name: '', answers: MIXED});
    expect(lines.slice(0, 6)).to.deep.equal([TITLE, en.checkedOn({date: DATE}), '', doc.verdict, doc.verdictDetail, '']);
    expect(lines[1]).to.equal(`Checked on ${DATE}`);
  });

  for (const raised of ['better', 'no-change', 'not-yet', 'not-able'] as const) {
    it(`says what "have you raised it?" answered "${raised}" means, under the verdict`, () => {
      const {doc, lines} = summaryOf({name: '', answers: MIXED, raised});
      expect(lines.slice(3, 6)).to.deep.equal([doc.verdict, doc.verdictDetail, en.raisedNote[raised](words)]);
    });
  }

  it('ends with exactly one newline, so it pastes and saves cleanly', () => {
    const {text} = summaryOf({name: '', answers: MIXED});
    expect(text.endsWith('\n')).to.equal(true);
    expect(text.endsWith('\n\n')).to.equal(false);
  });

  it('names every trait with its status in words, under the heading of its group', () => {
    const {lines} = summaryOf({name: '', answers: MIXED});
    for (const trait of traits) {
      expect(lines, trait.id).to.include(`- ${trait.title}: ${en.status[STATUS_OF_MIXED[trait.id]]}`);
    }
    const at = (line: string) => lines.indexOf(line);
    const line = (id: string) => `- ${traits.find((t) => t.id === id)!.title}: ${en.status[STATUS_OF_MIXED[id]]}`;
    // What is going well comes first, then what could be better, then what the person is not sure about.
    expect(at(`${en.goingWell}:`)).to.be.greaterThan(-1);
    expect(at(`${en.goingWell}:`)).to.be.lessThan(at(line('communication')));
    expect(at(line('accessible'))).to.be.lessThan(at(`${en.couldBeBetter}:`));
    expect(at(`${en.couldBeBetter}:`)).to.be.lessThan(at(line('listening')));
    expect(at(`${en.couldBeBetter}:`)).to.be.lessThan(at(line('organisation')));
    expect(at(line('organisation'))).to.be.lessThan(at(`${en.notSureHeading}:`));
    expect(at(`${en.notSureHeading}:`)).to.be.lessThan(at(line('approachable')));
  });

  const suggestionCases: [string, Answer, boolean, boolean][] = [
    ['met', 'yes', false, false],
    ['partly met', 'sometimes', true, false],
    ['not met', 'no', true, false],
    ['not sure', 'not-sure', false, true],
  ];
  for (const [status, given, suggested, asked] of suggestionCases) {
    it(`${suggested ? 'gives' : 'does not give'} words to say, and ${asked ? 'gives' : 'does not give'} questions to ask, for a trait that is ${status}`, () => {
      const {text} = summaryOf({name: '', answers: answersFor(given, 'yes', 'yes', 'yes', 'yes')});
      for (const line of en.traits.communication.suggestions) expect(text.includes(`“${line}”`)).to.equal(suggested);
      for (const line of en.traits.communication.questions) expect(text.includes(`“${line}”`)).to.equal(asked);
      expect(text.includes(en.suggestionsIntro)).to.equal(suggested);
      expect(text.includes(en.questionsIntro)).to.equal(asked);
    });
  }

  const noteCases: [string, Answer, string, string | undefined][] = [
    ['on a trait going well', 'yes', 'She rang back the same day.', 'She rang back the same day.'],
    ['on a trait to raise', 'no', 'Nobody told my GP about my new tablets.', 'Nobody told my GP about my new tablets.'],
    ['with spaces around it, trimmed', 'sometimes', '   Late twice in May.  \n', 'Late twice in May.'],
    ['that is only spaces, left out', 'no', '   \n ', undefined],
  ];
  for (const [name, given, note, shown] of noteCases) {
    it(`shows the person's note ${name}, under its trait`, () => {
      const {lines} = summaryOf({name: '', answers: answersFor(given, 'yes', 'yes', 'yes', 'yes'), notes: {communication: note}});
      const traitLine = lines.findIndex((l) => l.startsWith(`- ${en.traits.communication.title}:`));
      if (shown === undefined) {
        expect(lines.some((l) => l.includes(en.yourExample))).to.equal(false);
      } else {
        expect(lines[traitLine + 1]).to.equal(`  ${en.yourExample} ${shown}`);
      }
    });
  }

  it('gives the next steps in order, numbered, for a mixed result', () => {
    const {doc, lines} = summaryOf({name: '', answers: MIXED});
    const start = lines.indexOf(`${en.nextStepsHeading}:`);
    expect(start).to.be.greaterThan(-1);
    expect(doc.steps.map((s) => s.id)).to.deep.equal(['keep', 'talk', 'someone-with-you', 'manager', 'advice', 'questions']);
    const numbered = lines.slice(start + 1).filter((l) => /^\d+\. /.test(l));
    expect(numbered).to.deep.equal(doc.steps.map((step, i) => `${i + 1}. ${step.text}`));
    expect(numbered[0]).to.equal(`1. ${en.steps.keep(words)}`);
    expect(numbered[1]).to.equal(`2. ${en.steps.talk(words)}`);
    expect(numbered[3]).to.equal(`4. ${en.steps.managerIfNeeded(words)}`);
    expect(numbered[4]).to.contain('PALS');
  });

  it('gives one step, and no contact, for an excellent result', () => {
    const {lines} = summaryOf({
      name: '',
      answers: answersFor('yes', 'yes', 'yes', 'yes', 'yes'),
      contact: {name: 'Our PALS', phone: '0113 000 0000'},
    });
    const start = lines.indexOf(`${en.nextStepsHeading}:`);
    expect(lines[start + 1]).to.equal(`1. ${en.steps.keep(words)}`);
    expect(lines[start + 2]).to.equal('');
    expect(lines.join('\n')).not.to.contain('0113 000 0000');
  });

  const contactCases: [string, Partial<Case>, string[], string[]][] = [
    ['England, with no host contact: PALS, no number', {region: 'england'}, ['PALS'], [`${en.contactPhone}:`]],
    [
      'Scotland, with no host contact: PASS and its freephone number',
      {region: 'scotland'},
      ['PASS', `   ${en.contactPhone}: ${REGION_FACTS.scotland.advicePhone}`],
      [],
    ],
    ['Wales: Llais and Putting Things Right', {region: 'wales'}, ['Llais', 'Putting Things Right'], [`${en.contactPhone}:`]],
    [
      'Northern Ireland: the Patient and Client Council and its freephone number',
      {region: 'northern-ireland'},
      ['Patient and Client Council', `   ${en.contactPhone}: ${REGION_FACTS['northern-ireland'].advicePhone}`],
      [],
    ],
    [
      "the host's own contact, every detail, instead of the nation's",
      {
        region: 'scotland',
        contact: {name: 'Leeds PALS', phone: '0113 206 6261', email: 'pals@example.nhs.uk', url: 'https://example.nhs.uk/pals'},
      },
      [
        en.steps.advice({...words, service: 'Leeds PALS'}),
        `   ${en.contactPhone}: 0113 206 6261`,
        `   ${en.contactEmail}: pals@example.nhs.uk`,
        `   ${en.contactWeb}: https://example.nhs.uk/pals`,
      ],
      ['PASS', REGION_FACTS.scotland.advicePhone!],
    ],
    [
      "the host's email only",
      {contact: {email: 'pals@example.nhs.uk'}},
      [`   ${en.contactEmail}: pals@example.nhs.uk`, 'PALS'],
      [`${en.contactPhone}:`, `${en.contactWeb}:`],
    ],
  ];
  for (const [name, options, present, absent] of contactCases) {
    it(`gives the contact details in force with the advice step: ${name}`, () => {
      const {text, lines} = summaryOf({name, answers: MIXED, ...options});
      const advice = lines.findIndex((l) => /^\d+\. /.test(l) && l.includes(' can help you with any of these steps'));
      expect(advice).to.be.greaterThan(lines.indexOf(`${en.nextStepsHeading}:`));
      for (const line of present) {
        const at = lines.findIndex((l) => l.includes(line));
        expect(at, line).to.be.at.least(advice);
      }
      for (const line of absent) expect(text, line).not.to.contain(line);
    });
  }

  const crisisCases: [string, Partial<Case>, string[]][] = [
    [
      'England',
      {region: 'england'},
      [`- ${en.crisis.emergency} 999`, `- ${en.crisis['nhs-111-england']} 111`, `- ${en.crisis.samaritans} 116 123`],
    ],
    ['Scotland', {region: 'scotland'}, [`- ${en.crisis.emergency} 999`, `- ${en.crisis['nhs-24']} 111`, `- ${en.crisis.samaritans} 116 123`]],
    ['Wales', {region: 'wales'}, [`- ${en.crisis.emergency} 999`, `- ${en.crisis['nhs-111-wales']} 111`, `- ${en.crisis.samaritans} 116 123`]],
    [
      'Northern Ireland',
      {region: 'northern-ireland'},
      [`- ${en.crisis.emergency} 999`, `- ${en.crisis.lifeline} 0808 808 8000`, `- ${en.crisis.samaritans} 116 123`],
    ],
    [
      "the host's own lines, with a phone or a web page",
      {
        crisis: [
          {label: 'Our crisis team:', phone: '0800 000 0000'},
          {label: 'Chat online:', url: 'https://example.org/chat'},
        ],
      },
      ['- Our crisis team: 0800 000 0000', '- Chat online: https://example.org/chat'],
    ],
  ];
  for (const [name, options, expected] of crisisCases) {
    it(`ends with the crisis lines: ${name}`, () => {
      const {lines} = summaryOf({name, answers: MIXED, ...options});
      const start = lines.indexOf(`${en.crisisHeading}:`);
      expect(start).to.be.greaterThan(lines.indexOf(`${en.nextStepsHeading}:`));
      expect(lines.slice(start + 1, -1)).to.deep.equal(expected);
    });
  }

  it('leaves the crisis lines out when the host turned them off', () => {
    const {text} = summaryOf({name: '', answers: MIXED, crisis: false});
    expect(text).not.to.contain(en.crisisHeading);
    expect(text).not.to.contain('116 123');
  });

  it('puts in whatever title and date it is given', () => {
    const doc = describeResult({strings: en, words, traits, answers: MIXED, notes: {}, region: 'england'});
    const lines = summaryText(doc, en, 'Checking my key worker', '1 April 2027').split('\n');
    expect(lines.slice(0, 2)).to.deep.equal(['Checking my key worker', 'Checked on 1 April 2027']);
  });
});

describe('draftText', () => {
  const draftOf = (answers: Record<string, Answer>, notes: Notes = {}, includeNotes?: boolean) =>
    draftText(
      describeResult({strings: en, words, traits, answers, notes, region: 'england'}),
      en,
      includeNotes === undefined ? undefined : {includeNotes},
    );
  const title = (id: (typeof BUILT_IN_TRAIT_IDS)[number]) => en.traits[id].title;

  it('greets, says what is going well, then what to talk about, then what to ask about, then closes', () => {
    expect(draftOf(MIXED).split('\n')).to.deep.equal([
      en.draftGreeting,
      '',
      en.draftIntro,
      '',
      en.draftWell,
      `- ${title('communication')}`,
      `- ${title('accessible')}`,
      '',
      en.draftRaise,
      `- ${title('organisation')}`,
      `- ${title('listening')}`,
      '',
      en.draftAsk,
      `- ${title('approachable')}`,
      '',
      en.draftClose,
    ]);
  });

  it('never lists something that went well under the things to talk about', () => {
    for (const answers of [MIXED, answersFor('yes', 'yes', 'yes', 'yes', 'yes'), answersFor('yes', 'no', 'yes', 'not-sure', 'yes')]) {
      const lines = draftOf(answers).split('\n');
      const raise = lines.indexOf(en.draftRaise);
      const after = raise < 0 ? [] : lines.slice(raise + 1, lines.indexOf('', raise));
      for (const well of ['communication', 'accessible'] as const) {
        if (answers[`${well}-1`] === 'yes') expect(after).not.to.include(`- ${title(well)}`);
      }
    }
  });

  const sectionCases: [string, Record<string, Answer>, boolean, boolean][] = [
    ['everything is met', answersFor('yes', 'yes', 'yes', 'yes', 'yes'), true, false],
    ['nothing is met', answersFor('no', 'sometimes', 'no', 'no', 'no'), false, true],
    ['some things are met', MIXED, true, true],
  ];
  for (const [name, answers, well, raise] of sectionCases) {
    it(`${well ? 'has' : 'has no'} "going well" and ${raise ? 'has' : 'has no'} "talk about" section when ${name}`, () => {
      const text = draftOf(answers);
      expect(text.includes(en.draftWell)).to.equal(well);
      expect(text.includes(en.draftRaise)).to.equal(raise);
      expect(text.startsWith(`${en.draftGreeting}\n`)).to.equal(true);
      expect(text.endsWith(en.draftClose)).to.equal(true);
    });
  }

  it("leaves the person's notes out unless they ask for them", () => {
    const notes = {listening: 'He looked at his phone the whole time.', communication: 'My GP always knows what changed.'};
    for (const text of [draftOf(MIXED, notes), draftOf(MIXED, notes, false)]) {
      expect(text).not.to.contain('phone the whole time');
      expect(text).not.to.contain('My GP always knows');
      expect(text.split('\n')).to.include(`- ${title('listening')}`);
    }
  });

  it('puts the note beside a thing to talk about, when asked to', () => {
    const text = draftOf(MIXED, {listening: '  He looked at his phone the whole time. '}, true);
    expect(text.split('\n')).to.include(`- ${title('listening')}: He looked at his phone the whole time.`);
  });

  it('puts the note beside a thing that is going well too, when asked to', () => {
    const text = draftOf(MIXED, {communication: 'My GP always knows what changed.'}, true);
    expect(text.split('\n')).to.include(`- ${title('communication')}: My GP always knows what changed.`);
  });

  it('says nothing about notes that are only spaces', () => {
    const text = draftOf(MIXED, {listening: '   '}, true);
    expect(text.split('\n')).to.include(`- ${title('listening')}`);
  });
});

describe('contactFields', () => {
  const cases: [string, ContactConfig | undefined, [string, string, string | undefined][]][] = [
    ['no contact', undefined, []],
    ['a name only', {name: 'PALS'}, []],
    ['a phone', {phone: '0800 917 2127'}, [[en.contactPhone, '0800 917 2127', 'tel:08009172127']]],
    ['a UK phone written with +44 (0)', {phone: '+44 (0)113 206 6261'}, [[en.contactPhone, '+44 (0)113 206 6261', 'tel:+441132066261']]],
    ['an email', {email: 'pals@example.nhs.uk'}, [[en.contactEmail, 'pals@example.nhs.uk', 'mailto:pals@example.nhs.uk']]],
    ['a web page', {url: 'https://example.nhs.uk/pals'}, [[en.contactWeb, 'https://example.nhs.uk/pals', 'https://example.nhs.uk/pals']]],
    ['a web page with an unsafe scheme, shown as text only', {url: 'javascript:alert(1)'}, [[en.contactWeb, 'javascript:alert(1)', undefined]]],
    ['a phone that cannot be dialled, shown as text only', {phone: 'ask at reception'}, [[en.contactPhone, 'ask at reception', undefined]]],
    [
      'every detail, in the order phone, email, web',
      {url: 'https://example.nhs.uk/', email: 'a@b.uk', phone: '111', name: 'X'},
      [
        [en.contactPhone, '111', 'tel:111'],
        [en.contactEmail, 'a@b.uk', 'mailto:a@b.uk'],
        [en.contactWeb, 'https://example.nhs.uk/', 'https://example.nhs.uk/'],
      ],
    ],
  ];
  for (const [name, contact, expected] of cases) {
    it(`lists ${name}`, () => {
      expect(contactFields(contact, en)).to.deep.equal(expected);
    });
  }

  it('labels each detail in the copy it is given', () => {
    const welsh = {...en, contactPhone: 'Ffôn', contactEmail: 'E-bost', contactWeb: 'Gwefan'};
    expect(contactFields({phone: '111', email: 'a@b.uk', url: 'https://x.uk/'}, welsh).map(([label]) => label)).to.deep.equal([
      'Ffôn',
      'E-bost',
      'Gwefan',
    ]);
  });
});

describe('describeResult next steps', () => {
  const stepsFor = (answers: Record<string, Answer>) => describeResult({strings: en, words, traits, answers, notes: {}, region: 'scotland'});
  const cases: [string, Record<string, Answer>, string[], boolean][] = [
    ['every trait met', answersFor('yes', 'yes', 'yes', 'yes', 'yes'), ['keep'], false],
    ['one trait falls short', answersFor('yes', 'no', 'yes', 'yes', 'yes'), ['keep', 'talk', 'someone-with-you', 'manager', 'advice'], true],
    ['one partly met', answersFor('yes', 'sometimes', 'yes', 'yes', 'yes'), ['keep', 'talk'], false],
    ['met and not sure, nothing falling short', answersFor('yes', 'not-sure', 'yes', 'yes', 'yes'), ['keep', 'questions'], false],
    ['nothing but not sure', answersFor('not-sure', 'not-sure', 'not-sure', 'not-sure', 'not-sure'), ['questions'], false],
  ];
  for (const [name, answers, steps, advice] of cases) {
    it(`${advice ? 'offers' : 'does not offer'} a change of co-ordinator when ${name}`, () => {
      const doc = stepsFor(answers);
      expect(doc.steps.map((s) => s.id)).to.deep.equal(steps);
      expect(Boolean(doc.contact), 'the advice service contact').to.equal(advice);
      expect(doc.steps.some((s) => s.text.includes('different'))).to.equal(advice);
    });
  }
});
