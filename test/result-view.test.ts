import {expect} from '@open-wc/testing';
import type {ContactConfig, CrisisLineConfig} from '../src/config/parse-config.js';
import {en} from '../src/locales/en.js';
import {REGION_FACTS, type Region} from '../src/model/regions.js';
import {resolveTraits, roleWords} from '../src/model/resolve.js';
import {contactFields, describeResult, draftText, summaryText, type Notes} from '../src/model/result-view.js';
import {BUILT_IN_TRAIT_IDS, builtInStatementId} from '../src/model/traits.js';
import type {Answer, TraitStatus} from '../src/model/types.js';

const words = roleWords('care co-ordinator');
const traits = resolveTraits(en, words);
const TITLE = en.heading(words);
const DATE = '27 November 2026';

/** Both statements of every trait answered the same way, trait by trait. */
function answersFor(...perTrait: Answer[]): Record<string, Answer> {
  return Object.fromEntries(
    BUILT_IN_TRAIT_IDS.flatMap((id, i) => [0, 1].map((n) => [builtInStatementId(id, n), perTrait[i]])),
  );
}

interface Case {
  readonly name: string;
  readonly answers: Record<string, Answer>;
  readonly notes?: Notes;
  readonly region?: Region;
  readonly contact?: ContactConfig;
  readonly crisis?: readonly CrisisLineConfig[] | false;
}

const summaryOf = (c: Case, date = DATE) => {
  const doc = describeResult({strings: en, words, traits, answers: c.answers, notes: c.notes ?? {}, region: c.region ?? 'england', contact: c.contact, crisis: c.crisis});
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
  it('starts with the title and the date it was checked on, then the verdict', () => {
    const {doc, lines} = summaryOf({name: '', answers: MIXED});
    expect(lines.slice(0, 4)).to.deep.equal([TITLE, en.checkedOn({date: DATE}), '', doc.verdict]);
    expect(lines[1]).to.equal(`Checked on ${DATE}`);
  });

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

  const suggestionCases: [string, Answer, boolean][] = [
    ['met', 'yes', false],
    ['partly met', 'sometimes', true],
    ['not met', 'no', true],
    ['not sure', 'not-sure', true],
  ];
  for (const [status, given, suggested] of suggestionCases) {
    it(`${suggested ? 'gives' : 'does not give'} the suggested words for a trait that is ${status}`, () => {
      const {text} = summaryOf({name: '', answers: answersFor(given, 'yes', 'yes', 'yes', 'yes')});
      for (const line of en.traits.communication.suggestions) expect(text.includes(`“${line}”`)).to.equal(suggested);
      expect(text.includes(en.suggestionsIntro)).to.equal(suggested);
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

  it('gives the next steps in order, numbered, for a result that falls short', () => {
    const {doc, lines} = summaryOf({name: '', answers: MIXED});
    const start = lines.indexOf(`${en.nextStepsHeading}:`);
    expect(start).to.be.greaterThan(-1);
    expect(doc.steps).to.have.length(3);
    expect(lines.slice(start + 1, start + 4)).to.deep.equal(doc.steps.map((step, i) => `${i + 1}. ${step}`));
    expect(lines[start + 1]).to.equal(`1. ${en.stepTalk(words)}`);
    expect(lines[start + 2]).to.equal(`2. ${en.stepManager(words)}`);
    expect(lines[start + 3]).to.contain('PALS');
  });

  it('gives one step, and no contact, for an excellent result', () => {
    const {lines} = summaryOf({name: '', answers: answersFor('yes', 'yes', 'yes', 'yes', 'yes'), contact: {name: 'Our PALS', phone: '0113 000 0000'}});
    const start = lines.indexOf(`${en.nextStepsHeading}:`);
    expect(lines[start + 1]).to.equal(`1. ${en.stepKeepGoing(words)}`);
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
    ['Northern Ireland: the Patient and Client Council', {region: 'northern-ireland'}, ['Patient and Client Council'], []],
    [
      "the host's own contact, every detail, instead of the nation's",
      {region: 'scotland', contact: {name: 'Leeds PALS', phone: '0113 206 6261', email: 'pals@example.nhs.uk', url: 'https://example.nhs.uk/pals'}},
      [
        'Leeds PALS can help you do this.',
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
    it(`gives the contact details in force after the next steps: ${name}`, () => {
      const {text, lines} = summaryOf({name, answers: MIXED, ...options});
      const steps = lines.indexOf(`${en.nextStepsHeading}:`);
      for (const line of present) {
        const at = lines.findIndex((l) => l.includes(line));
        expect(at, line).to.be.greaterThan(steps);
      }
      for (const line of absent) expect(text, line).not.to.contain(line);
    });
  }

  const crisisCases: [string, Partial<Case>, string[]][] = [
    ['England', {region: 'england'}, [`- ${en.crisis.emergency} 999`, `- ${en.crisis['nhs-111-england']} 111`, `- ${en.crisis.samaritans} 116 123`]],
    ['Scotland', {region: 'scotland'}, [`- ${en.crisis.emergency} 999`, `- ${en.crisis['nhs-24']} 111`, `- ${en.crisis.samaritans} 116 123`]],
    ['Wales', {region: 'wales'}, [`- ${en.crisis.emergency} 999`, `- ${en.crisis['nhs-111-wales']} 111`, `- ${en.crisis.samaritans} 116 123`]],
    ['Northern Ireland', {region: 'northern-ireland'}, [`- ${en.crisis.emergency} 999`, `- ${en.crisis.samaritans} 116 123`]],
    [
      "the host's own lines, with a phone or a web page",
      {crisis: [{label: 'Our crisis team:', phone: '0800 000 0000'}, {label: 'Chat online:', url: 'https://example.org/chat'}]},
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
  const draftOf = (answers: Record<string, Answer>, notes: Notes = {}) =>
    draftText(describeResult({strings: en, words, traits, answers, notes, region: 'england'}), en);
  const title = (id: (typeof BUILT_IN_TRAIT_IDS)[number]) => en.traits[id].title;

  it('greets, says what is going well, then what to talk about, then closes', () => {
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
      `- ${title('approachable')}`,
      '',
      en.draftClose,
    ]);
  });

  const sectionCases: [string, Record<string, Answer>, boolean, boolean][] = [
    ['everything is met', answersFor('yes', 'yes', 'yes', 'yes', 'yes'), true, false],
    ['nothing is met', answersFor('no', 'sometimes', 'not-sure', 'no', 'no'), false, true],
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

  it('puts the note beside a thing to talk about', () => {
    const text = draftOf(MIXED, {listening: '  He looked at his phone the whole time. '});
    expect(text.split('\n')).to.include(`- ${title('listening')}: He looked at his phone the whole time.`);
  });

  it('puts the note beside a thing that is going well too, as the issue asks notes in the draft', () => {
    const text = draftOf(MIXED, {communication: 'My GP always knows what changed.'});
    expect(text).to.contain('My GP always knows what changed.');
    expect(text.split('\n')).to.include(`- ${title('communication')}: My GP always knows what changed.`);
  });

  it('says nothing about notes that are only spaces', () => {
    const text = draftOf(MIXED, {listening: '   '});
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
  const stepsFor = (answers: Record<string, Answer>) =>
    describeResult({strings: en, words, traits, answers, notes: {}, region: 'scotland'});
  const cases: [string, Record<string, Answer>, string[], boolean][] = [
    ['every trait met', answersFor('yes', 'yes', 'yes', 'yes', 'yes'), [en.stepKeepGoing(words)], false],
    ['one trait falls short', answersFor('yes', 'no', 'yes', 'yes', 'yes'), [en.stepTalk(words), en.stepManager(words)], true],
    ['one partly met', answersFor('yes', 'sometimes', 'yes', 'yes', 'yes'), [en.stepTalk(words), en.stepManager(words)], true],
    ['met and not sure, nothing falling short', answersFor('yes', 'not-sure', 'yes', 'yes', 'yes'), [en.stepTalk(words)], false],
    ['nothing but not sure', answersFor('not-sure', 'not-sure', 'not-sure', 'not-sure', 'not-sure'), [en.stepTalk(words)], false],
  ];
  for (const [name, answers, first, advice] of cases) {
    it(`${advice ? 'offers' : 'does not offer'} a change of co-ordinator when ${name}`, () => {
      const doc = stepsFor(answers);
      expect(doc.steps.slice(0, first.length)).to.deep.equal(first);
      expect(doc.steps.length).to.equal(advice ? 3 : first.length);
      expect(Boolean(doc.contact), 'the advice service contact').to.equal(advice);
    });
  }
});
