import {describe, it} from 'node:test';
import {expect} from 'chai';
import {mailtoHref, safeUrl, telHref} from '../../src/internal/links.js';
import {LIMITS, mergeStrings, parseConfig, parseStrings} from '../../src/config/parse-config.js';
import {en} from '../../src/i18n/en.js';
import type {Strings} from '../../src/i18n/strings.js';
import {fillTemplate, planName, resolveTraits, roleWords} from '../../src/i18n/resolve.js';
import {BUILT_IN_STATEMENT_KINDS, BUILT_IN_TRAIT_IDS, builtInStatementId} from '../../src/model/traits.js';

/** A warn callback that remembers what it was told. */
function warnings(): {messages: string[]; warn: (message: string) => void} {
  const messages: string[] = [];
  return {messages, warn: (message) => messages.push(message)};
}

const care = roleWords('care co-ordinator');

describe('roleWords', () => {
  const cases: [string, string, string][] = [
    ['care co-ordinator', 'Care co-ordinator', 'a care co-ordinator'],
    ['key worker', 'Key worker', 'a key worker'],
    ['lead professional', 'Lead professional', 'a lead professional'],
    ['advocate', 'Advocate', 'an advocate'],
    ['occupational therapist', 'Occupational therapist', 'an occupational therapist'],
    ['independent mental health advocate', 'Independent mental health advocate', 'an independent mental health advocate'],
  ];
  for (const [role, Role, aRole] of cases) {
    it(`names a "${role}" as "${Role}" at a sentence start and "${aRole}" with its article`, () => {
      expect(roleWords(role)).to.deep.equal({role, Role, aRole});
    });
  }
});

describe('fillTemplate', () => {
  const cases: [string, object, string][] = [
    ['{answered} of {total} done', {answered: 3, total: 10}, '3 of 10 done'],
    ['{answered} of {total} done', {answered: 0, total: 12}, '0 of 12 done'],
    ['{Role}? Ask {aRole}, or your {role}.', care, 'Care co-ordinator? Ask a care co-ordinator, or your care co-ordinator.'],
    ['{count} questions, {count} minutes', {count: 2}, '2 questions, 2 minutes'],
    ['No placeholders here', {role: 'x'}, 'No placeholders here'],
    ['{unknown} stays as written', {role: 'x'}, '{unknown} stays as written'],
    ['{constructor} and {toString} are not values', {}, '{constructor} and {toString} are not values'],
    ['<b>{role}</b> is only text', {role: 'x'}, '<b>x</b> is only text'],
  ];
  for (const [template, values, expected] of cases) {
    it(`fills "${template}" as "${expected}"`, () => {
      expect(fillTemplate(template, values)).to.equal(expected);
    });
  }
});

describe('links', () => {
  describe('telHref turns a phone number written any common way into a valid tel: link', () => {
    const cases: [string, string | undefined][] = [
      ['999', 'tel:999'],
      ['111', 'tel:111'],
      ['116 123', 'tel:116123'],
      ['0800 917 2127', 'tel:08009172127'],
      ['(0113) 206-6261', 'tel:01132066261'],
      ['0113.206.6261', 'tel:01132066261'],
      ['+44 113 206 6261', 'tel:+441132066261'],
      ['+44 (0)113 206 6261', 'tel:+441132066261'],
      ['call us', undefined],
      ['0800 PALS', undefined],
      ['12', undefined],
      ['javascript:alert(1)', undefined],
      ['', undefined],
    ];
    for (const [phone, href] of cases) {
      it(`"${phone}" -> ${href ?? 'no link'}`, () => {
        expect(telHref(phone)).to.equal(href);
      });
    }
  });

  describe('mailtoHref links only a plain email address', () => {
    const cases: [string, string | undefined][] = [
      ['pals@leeds.nhs.uk', 'mailto:pals@leeds.nhs.uk'],
      ['  pals@leeds.nhs.uk ', 'mailto:pals@leeds.nhs.uk'],
      ['pals', undefined],
      ['pals@leeds', undefined],
      ['javascript:alert(1)//@x.com', undefined],
      ['<pals@leeds.nhs.uk>', undefined],
      ['pals@leeds.nhs.uk?bcc=someone@example.org', undefined],
      ['pals@leeds.nhs.uk&body=x', undefined],
    ];
    for (const [email, href] of cases) {
      it(`"${email}" -> ${href ?? 'no link'}`, () => {
        expect(mailtoHref(email)).to.equal(href);
      });
    }
  });

  describe('safeUrl keeps only https: and http:', () => {
    const cases: [string, string | undefined][] = [
      ['https://www.nhs.uk/pals', 'https://www.nhs.uk/pals'],
      ['http://example.org/help', 'http://example.org/help'],
      ['mailto:pals@leeds.nhs.uk', undefined],
      ['tel:116123', undefined],
      ['javascript:alert(1)', undefined],
      ['JavaScript:alert(1)', undefined],
      ['  javascript:alert(1)', undefined],
      ['java\tscript:alert(1)', undefined],
      ['data:text/html,<script>alert(1)</script>', undefined],
      ['vbscript:msgbox(1)', undefined],
      ['file:///etc/passwd', undefined],
      ['/pals', undefined],
      ['www.nhs.uk', undefined],
    ];
    for (const [url, href] of cases) {
      it(`"${url.replace('\t', '\\t')}" -> ${href ?? 'dropped'}`, () => {
        expect(safeUrl(url)).to.equal(href);
      });
    }
  });
});

describe('parseConfig', () => {
  for (const id of ['constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
    it(`refuses the trait id "${id}", which every object already has`, () => {
      const warnings: string[] = [];
      const parsed = parseConfig({traits: [{id, statements: [{id: 's1', text: 'x'}]}]}, (m) => warnings.push(m));
      expect(parsed.traits).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('traits[0].id');
    });
  }

  it('takes nothing as an empty configuration, quietly', () => {
    for (const input of [undefined, null]) {
      const {messages, warn} = warnings();
      expect(parseConfig(input, warn)).to.deep.equal({locales: {}, traits: []});
      expect(messages).to.deep.equal([]);
    }
  });

  it('accepts the same configuration as an object or as JSON text', () => {
    const config = {strings: {submit: 'Show me'}, crisis: false, contact: {name: 'Leeds PALS', phone: '0113 206 6261'}};
    const fromObject = parseConfig(config, warnings().warn);
    const fromJson = parseConfig(JSON.stringify(config), warnings().warn);
    expect(fromJson).to.deep.equal(fromObject);
    expect(fromObject).to.deep.equal({locales: {}, traits: [], ...config});
  });

  describe('bad input as a whole', () => {
    const cases: [string, unknown, RegExp][] = [
      ['malformed JSON', '{"strings": {"submit": "Go"', /not valid JSON/],
      ['JSON that is not an object', '[1, 2, 3]', /should be an object/],
      ['a number', 42, /should be an object/],
      ['JSON longer than the limit', JSON.stringify({strings: {submit: 'x'.repeat(LIMITS.jsonChars)}}), new RegExp(`${LIMITS.jsonChars}`)],
    ];
    for (const [name, input, message] of cases) {
      it(`ignores ${name} with a warning`, () => {
        const {messages, warn} = warnings();
        expect(parseConfig(input, warn)).to.deep.equal({locales: {}, traits: []});
        expect(messages).to.have.length(1);
        expect(messages[0]).to.match(message);
      });
    }
  });

  describe('a wrong shape is named by its path, and the rest still applies', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['an unknown key', {colour: 'red'}, 'colour'],
      ['traits that are not a list', {traits: 'all of them'}, 'traits'],
      [
        'statements that are not a list',
        {traits: [{id: 'communication'}, {id: 'listening'}, {id: 'kindness', statements: 'be kind'}]},
        'traits[2].statements',
      ],
      ['a trait id with spaces', {traits: [{id: 'my trait'}]}, 'traits[0].id'],
      ['a trait without an id', {traits: [{title: 'Kind'}]}, 'traits[0].id'],
      ['an empty title', {traits: [{id: 'communication', title: ''}]}, 'traits[0].title'],
      ['a statement without text', {traits: [{id: 'listening', statements: [{id: 'a'}]}]}, 'traits[0].statements[0].text'],
      ['a statement without an id', {traits: [{id: 'listening', statements: [{text: 'Hi'}]}]}, 'traits[0].statements[0].id'],
      ['a statement whose id is a number', {traits: [{id: 'listening', statements: [{id: 1, text: 'Hi'}]}]}, 'traits[0].statements[0].id'],
      ['suggestions that are not a list', {traits: [{id: 'listening', suggestions: 'Ask'}]}, 'traits[0].suggestions'],
      ['a trait id used twice', {traits: [{id: 'listening'}, {id: 'listening'}]}, 'traits[1].id'],
      ['a new trait with no statements', {traits: [{id: 'kindness', title: 'Kind'}]}, 'traits[0].statements'],
      ['a crisis box that is not a list', {crisis: 'none'}, 'crisis'],
      ['a crisis box that is null', {crisis: null}, 'crisis'],
      [
        'a statement kind that is not known',
        {traits: [{id: 'listening', statements: [{id: 'a', text: 'Hi', kind: 'daily'}]}]},
        'traits[0].statements[0].kind',
      ],
      ['questions that are not a list', {traits: [{id: 'listening', questions: 'Ask'}]}, 'traits[0].questions'],
      ['a team crisis line with no phone', {teamCrisis: {label: 'Duty'}}, 'teamCrisis.phone'],
      ['a crisis line without a label', {crisis: [{phone: '999'}]}, 'crisis[0].label'],
      ['a contact that is not an object', {contact: 'PALS'}, 'contact'],
      ['a contact name that is a number', {contact: {name: 7}}, 'contact.name'],
      ['locales that are a list', {locales: ['cy']}, 'locales'],
      ['a locale phrase that is a number', {locales: {cy: {submit: 3}}}, 'locales.cy.submit'],
      ['an unknown piece of copy', {strings: {sumbit: 'Go'}}, 'strings.sumbit'],
      ['copy of the wrong kind', {strings: {verdict: {excellent: ['Great']}}}, 'strings.verdict.excellent'],
      ['an empty piece of copy', {strings: {answers: {yes: ' '}}}, 'strings.answers.yes'],
    ];
    for (const [name, input, path] of cases) {
      it(`${name}: "${path}"`, () => {
        const {messages, warn} = warnings();
        const hasStrings = 'strings' in input;
        const parsed = parseConfig(
          {...input, ...(!hasStrings && {strings: {submit: 'Show me'}}), contact: input.contact ?? {name: 'Leeds PALS'}},
          warn,
        );
        expect(messages.length, messages.join('\n')).to.be.greaterThan(0);
        expect(
          messages.some((m) => m.startsWith(`${path} `) || m.startsWith(`${path}:`)),
          messages.join('\n'),
        ).to.equal(true);
        if (!hasStrings) expect(parsed.strings).to.deep.equal({submit: 'Show me'});
        if (!input.contact) expect(parsed.contact).to.deep.equal({name: 'Leeds PALS'});
      });
    }
  });

  describe('strings', () => {
    it('keeps known copy, and turns a template into a phrase of named values', () => {
      const {messages, warn} = warnings();
      const parsed = parseConfig(
        {strings: {submit: 'Show me', progress: '{answered} of {total} done', heading: 'Is {aRole} helping?', answers: {yes: 'Yes, mostly'}}},
        warn,
      );
      const strings = parsed.strings as unknown as {
        submit: string;
        progress: Strings['progress'];
        heading: Strings['heading'];
        answers: {yes: string};
      };
      expect(messages).to.deep.equal([]);
      expect(strings.submit).to.equal('Show me');
      expect(strings.progress({answered: 4, total: 10})).to.equal('4 of 10 done');
      expect(strings.heading(roleWords('advocate'))).to.equal('Is an advocate helping?');
      expect(strings.answers).to.deep.equal({yes: 'Yes, mostly'});
    });

    it('passes phrases a host wrote as functions straight through', () => {
      const progress = ({answered}: {answered: number}) => `${answered} done`;
      expect((parseStrings({progress}, 'strings', warnings().warn) as {progress: unknown}).progress).to.equal(progress);
    });

    it(`cuts a piece of copy longer than ${LIMITS.text} characters, with a warning`, () => {
      const {messages, warn} = warnings();
      const parsed = parseConfig({strings: {notSureHint: 'a'.repeat(LIMITS.text + 500)}}, warn);
      expect((parsed.strings as {notSureHint: string}).notSureHint).to.have.length(LIMITS.text);
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('strings.notSureHint').and.contain(String(LIMITS.text));
    });

    it('ignores copy keys that would reach the prototype', () => {
      const {warn} = warnings();
      const parsed = parseConfig('{"strings": {"__proto__": {"submit": "Hacked"}}, "locales": {"cy": {"constructor": "x"}}}', warn);
      expect(mergeStrings<Strings>(en, parsed.strings).submit).to.equal(en.submit);
      expect(({} as Record<string, unknown>).submit).to.equal(undefined);
    });
  });

  describe('plural forms', () => {
    type Dropped = (values: {limit: number; count: number}) => string;
    const dropped = (forms: object, lang?: string) => {
      const {messages, warn} = warnings();
      const config = lang ? {locales: {[lang]: {history: {dropped: forms}}}} : {strings: {history: {dropped: forms}}};
      const parsed = parseConfig(config, warn);
      const copy = (lang ? parsed.locales[lang.toLowerCase()] : parsed.strings) as {history?: {dropped?: Dropped}} | undefined;
      return {phrase: copy?.history?.dropped, messages};
    };

    // Welsh has six plural forms; each count below falls in a different one (CLDR's rules, as Intl has them).
    const WELSH = {
      zero: 'dim {count}',
      one: 'un {count}',
      two: 'dau {count}',
      few: 'tri {count}',
      many: 'chwe {count}',
      other: 'eraill {count}',
    };
    const welsh: [number, string][] = [
      [0, 'dim 0'],
      [1, 'un 1'],
      [2, 'dau 2'],
      [3, 'tri 3'],
      [6, 'chwe 6'],
      [4, 'eraill 4'],
      [12, 'eraill 12'],
    ];
    for (const [count, expected] of welsh) {
      it(`picks the Welsh form for ${count}: "${expected}"`, () => {
        const {phrase, messages} = dropped(WELSH, 'cy');
        expect(messages).to.deep.equal([]);
        expect(phrase!({limit: 12, count})).to.equal(expected);
      });
    }

    const english: [number, string][] = [
      [1, '1 check was taken off'],
      [2, '2 checks were taken off'],
      [0, '0 checks were taken off'],
    ];
    for (const [count, expected] of english) {
      it(`picks the English form for ${count} in "strings": "${expected}"`, () => {
        const {phrase} = dropped({one: '{count} check was taken off', other: '{count} checks were taken off'});
        expect(phrase!({limit: 12, count})).to.equal(expected);
      });
    }

    it('uses the first number of a phrase with no count', () => {
      const {warn} = warnings();
      const parsed = parseConfig({strings: {progress: {one: '{answered} answer of {total}', other: '{answered} answers of {total}'}}}, warn);
      const progress = (parsed.strings as {progress: Strings['progress']}).progress;
      expect([1, 2].map((answered) => progress({answered, total: 12}))).to.deep.equal(['1 answer of 12', '2 answers of 12']);
    });

    it('uses "other" for a form the host left out, and needs "other"', () => {
      expect(dropped({one: 'un', other: 'eraill'}, 'cy').phrase!({limit: 12, count: 2})).to.equal('eraill');
      const missing = dropped({one: 'un'}, 'cy');
      expect(missing.phrase).to.equal(undefined);
      expect(missing.messages).to.deep.equal(['locales.cy.history.dropped needs an "other" form; ignored.']);
    });

    it('names a form that is not a plural category, and keeps the rest', () => {
      const {phrase, messages} = dropped({several: 'x', other: '{count} more'});
      expect(phrase!({limit: 12, count: 3})).to.equal('3 more');
      expect(messages).to.deep.equal(['strings.history.dropped.several is not a plural form (zero, one, two, few, many, other); ignored.']);
    });

    it('names a form the language never uses, which would never show', () => {
      const {phrase, messages} = dropped({zero: 'none', one: 'one', two: 'two', other: '{count}'});
      expect(phrase!({limit: 12, count: 0})).to.equal('0');
      expect(messages).to.deep.equal([
        'strings.history.dropped.zero is never used in en; "other" is.',
        'strings.history.dropped.two is never used in en; "other" is.',
      ]);
    });

    it('falls back to English rules for a language tag the browser cannot read', () => {
      const {phrase} = dropped({one: 'one {count}', other: 'other {count}'}, 'not a tag!');
      expect(phrase!({limit: 12, count: 1})).to.equal('one 1');
    });
  });

  describe('locales', () => {
    it('keys each host translation by its lower-case language', () => {
      const parsed = parseConfig({locales: {CY: {submit: 'Gweld fy nghanlyniadau'}, 'pt-BR': {submit: 'Ver'}}}, warnings().warn);
      expect(Object.keys(parsed.locales)).to.deep.equal(['cy', 'pt-br']);
      expect(parsed.locales.cy).to.deep.equal({submit: 'Gweld fy nghanlyniadau'});
    });

    it(`takes at most ${LIMITS.locales} translations`, () => {
      const many = Object.fromEntries(Array.from({length: LIMITS.locales + 5}, (_, i) => [`x${i}`, {submit: `Go ${i}`}]));
      const parsed = parseConfig({locales: many}, warnings().warn);
      expect(Object.keys(parsed.locales)).to.have.length(LIMITS.locales);
    });
  });

  describe('traits', () => {
    it('rewords a built-in trait, giving its statements ids of their own under the trait', () => {
      const {messages, warn} = warnings();
      const parsed = parseConfig(
        {traits: [{id: 'accessible', title: 'Easy to contact', statements: [{id: 'text', text: 'I can text my {role}.'}]}]},
        warn,
      );
      expect(messages).to.deep.equal([]);
      expect(parsed.traits).to.deep.equal([
        {id: 'accessible', title: 'Easy to contact', statements: [{id: 'accessible.text', text: 'I can text my {role}.'}]},
      ]);
    });

    it('keeps the kind a host gives a statement, and warns about a kind it does not know', () => {
      const {messages, warn} = warnings();
      const parsed = parseConfig(
        {
          traits: [
            {
              id: 'accessible',
              statements: [
                {id: 'agreed', text: 'We have agreed how I can text my {role}.', kind: 'fact'},
                {id: 'reply', text: 'I hear back within a day.', kind: 'frequency'},
                {id: 'plain', text: 'I know who to call when they are away.'},
                {id: 'odd', text: 'A kind nobody knows.', kind: 'often'},
              ],
            },
          ],
        },
        warn,
      );
      expect(parsed.traits[0].statements).to.deep.equal([
        {id: 'accessible.agreed', text: 'We have agreed how I can text my {role}.', kind: 'fact'},
        {id: 'accessible.reply', text: 'I hear back within a day.', kind: 'frequency'},
        {id: 'accessible.plain', text: 'I know who to call when they are away.'},
        {id: 'accessible.odd', text: 'A kind nobody knows.'},
      ]);
      expect(messages).to.have.length(1);
      expect(messages[0]).to.match(/^traits\[0\]\.statements\[3\]\.kind should be "frequency" or "fact"/);
      const kinds = resolveTraits(en, care, parsed.traits)
        .find((t) => t.id === 'accessible')!
        .statements.map((s) => s.kind);
      expect(kinds).to.deep.equal(['fact', 'frequency', 'frequency', 'frequency']);
    });

    it(`keeps questions to ask, at most ${LIMITS.questionsPerTrait}, and gives a host's own trait its suggestions when it has none`, () => {
      const questions = Array.from({length: LIMITS.questionsPerTrait + 1}, (_, i) => `Ask ${i}?`);
      const parsed = parseConfig(
        {
          traits: [
            {id: 'listening', questions},
            {id: 'kindness', title: 'Kind', statements: [{id: 'a', text: 'Kind.'}], suggestions: ['Could we go slowly?']},
          ],
        },
        warnings().warn,
      );
      expect(parsed.traits[0].questions).to.deep.equal(questions.slice(0, LIMITS.questionsPerTrait));
      const traits = resolveTraits(en, care, parsed.traits);
      expect(traits.find((t) => t.id === 'listening')!.questions).to.deep.equal(questions.slice(0, LIMITS.questionsPerTrait));
      expect(traits.find((t) => t.id === 'kindness')!.questions).to.deep.equal(['Could we go slowly?']);
      expect(traits.find((t) => t.id === 'communication')!.questions).to.deep.equal(en.traits.communication.questions);
    });

    it(`keeps at most ${LIMITS.statementsPerTrait} statements in a trait, with a warning`, () => {
      const {messages, warn} = warnings();
      const statements = Array.from({length: LIMITS.statementsPerTrait + 2}, (_, i) => ({id: `s${i}`, text: `Statement ${i}`}));
      const parsed = parseConfig({traits: [{id: 'listening', statements}]}, warn);
      expect(parsed.traits[0].statements).to.have.length(LIMITS.statementsPerTrait);
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('traits[0].statements').and.contain(String(LIMITS.statementsPerTrait));
    });

    it(`adds at most ${LIMITS.addedTraits} traits of the host's own, with a warning for the next`, () => {
      const {messages, warn} = warnings();
      const added = Array.from({length: LIMITS.addedTraits + 1}, (_, i) => ({
        id: `own-${i}`,
        title: `Own ${i}`,
        statements: [{id: 'a', text: `Own statement ${i}`}],
      }));
      const parsed = parseConfig({traits: [{id: 'communication', title: 'Talks to my team'}, ...added]}, warn);
      expect(parsed.traits.map((t) => t.id)).to.deep.equal(['communication', ...added.slice(0, LIMITS.addedTraits).map((t) => t.id)]);
      expect(messages).to.have.length(1);
      expect(messages[0])
        .to.contain(`traits[${LIMITS.addedTraits + 1}]`)
        .and.contain(String(LIMITS.addedTraits));
    });

    it(`keeps at most ${LIMITS.suggestionsPerTrait} suggested words in a trait`, () => {
      const suggestions = Array.from({length: LIMITS.suggestionsPerTrait + 3}, (_, i) => `Ask ${i}`);
      const parsed = parseConfig({traits: [{id: 'listening', suggestions}]}, warnings().warn);
      expect(parsed.traits[0].suggestions).to.deep.equal(suggestions.slice(0, LIMITS.suggestionsPerTrait));
    });

    it('adds no trait, and no statement, that has no id', () => {
      const {warn} = warnings();
      const parsed = parseConfig(
        {
          traits: [
            {title: 'Kind', statements: [{id: 'a', text: 'Kind.'}]},
            {id: 'listening', statements: [{text: 'No id'}, {id: 'b', text: 'Has an id'}]},
          ],
        },
        warn,
      );
      expect(parsed.traits).to.deep.equal([{id: 'listening', statements: [{id: 'listening.b', text: 'Has an id'}]}]);
    });

    it('ignores a statement id used twice in one trait, with a warning naming it', () => {
      const {messages, warn} = warnings();
      const parsed = parseConfig(
        {
          traits: [
            {
              id: 'listening',
              statements: [
                {id: 'a', text: 'First'},
                {id: 'a', text: 'Second'},
                {id: 'b', text: 'Third'},
              ],
            },
          ],
        },
        warn,
      );
      expect(parsed.traits[0].statements!.map((s) => s.id)).to.deep.equal(['listening.a', 'listening.b']);
      expect(messages.some((m) => m.startsWith('traits[0].statements[1].id'))).to.equal(true);
    });

    it('leaves a built-in trait its own suggested words when the host gives them in the wrong shape', () => {
      const {messages, warn} = warnings();
      const parsed = parseConfig({traits: [{id: 'listening', title: 'Listens', suggestions: 'Ask them'}]}, warn);
      expect(messages.some((m) => m.startsWith('traits[0].suggestions'))).to.equal(true);
      const listening = resolveTraits(en, care, parsed.traits).find((t) => t.id === 'listening')!;
      expect(listening.title).to.equal('Listens');
      expect(listening.suggestions).to.deep.equal(en.traits.listening.suggestions.map((line) => line.replace('{plan}', 'care plan')));
    });
  });

  describe('crisis and contact', () => {
    it('keeps `crisis: false`, which hides the box', () => {
      expect(parseConfig({crisis: false}, warnings().warn).crisis).to.equal(false);
    });

    it(`keeps at most ${LIMITS.crisisLines} crisis lines`, () => {
      const lines = Array.from({length: LIMITS.crisisLines + 2}, (_, i) => ({label: `Line ${i}`, phone: '999'}));
      const {messages, warn} = warnings();
      expect(parseConfig({crisis: lines}, warn).crisis).to.have.length(LIMITS.crisisLines);
      expect(messages[0]).to.contain('crisis').and.contain(String(LIMITS.crisisLines));
    });

    const dangerous = ['javascript:alert(1)', 'data:text/html,<b>hi</b>', 'vbscript:msgbox(1)', 'file:///etc/passwd'];
    for (const url of dangerous) {
      it(`drops the link "${url}" with a warning naming the path, the value and the allowed schemes`, () => {
        const {messages, warn} = warnings();
        const parsed = parseConfig(
          {
            contact: {name: 'PALS', url},
            crisis: [
              {label: 'Help', url},
              {label: 'Call', phone: '999', url},
            ],
          },
          warn,
        );
        expect(parsed.contact).to.deep.equal({name: 'PALS'});
        // "Help" is left with no way to get help, so it goes; "Call" keeps its number.
        expect(parsed.crisis).to.deep.equal([{label: 'Call', phone: '999'}]);
        expect(messages).to.have.length(4);
        expect(messages[2]).to.match(/^crisis\[0\] has no usable phone or url/);
        expect(messages[3]).to.contain('crisis[1].url').and.contain(url);
        for (const [message, path] of [
          [messages[0], 'contact.url'],
          [messages[1], 'crisis[0].url'],
        ]) {
          expect(message).to.contain(path).and.contain(url);
          for (const scheme of ['https:', 'http:']) expect(message).to.contain(scheme);
        }
      });
    }

    it('keeps a crisis phone number written with words, as text', () => {
      const {messages, warn} = warnings();
      const parsed = parseConfig(
        {
          crisis: [
            {label: 'NHS 111 Wales:', phone: '111, press 2'},
            {label: 'Text us:', phone: 'text SHOUT to 85258'},
          ],
        },
        warn,
      );
      expect(parsed.crisis).to.deep.equal([
        {label: 'NHS 111 Wales:', phone: '111, press 2'},
        {label: 'Text us:', phone: 'text SHOUT to 85258'},
      ]);
      expect(messages).to.deep.equal([]);
    });

    const teamCases: [string, unknown, unknown, string[]][] = [
      ['a phone', {phone: '0113 496 0000'}, {phone: '0113 496 0000'}, []],
      [
        'a label and a phone',
        {label: 'Duty team, weekdays:', phone: '0113 496 0000'},
        {label: 'Duty team, weekdays:', phone: '0113 496 0000'},
        [],
      ],
      ['a phone in words', {phone: 'ask the ward'}, {phone: 'ask the ward'}, []],
      ['a bad label, kept without it', {label: '', phone: '0113 496 0000'}, {phone: '0113 496 0000'}, ['teamCrisis.label']],
      ['no phone', {label: 'Duty team'}, undefined, ['teamCrisis.phone', 'teamCrisis']],
      ['a string', '0113 496 0000', undefined, ['teamCrisis']],
      ['null', null, undefined, ['teamCrisis']],
    ];
    for (const [name, teamCrisis, expected, paths] of teamCases) {
      it(`reads teamCrisis given as ${name}${paths.length ? `, warning about ${paths.join(', ')}` : ''}`, () => {
        const {messages, warn} = warnings();
        const parsed = parseConfig({teamCrisis}, warn);
        expect(parsed.teamCrisis).to.deep.equal(expected);
        expect(messages.map((m) => m.split(' ')[0])).to.deep.equal(paths);
      });
    }

    it('keeps safe links, and drops a phone number or email that cannot be a link', () => {
      const {messages, warn} = warnings();
      const parsed = parseConfig(
        {
          contact: {name: 'PALS', phone: 'ring us', email: 'pals at trust', url: 'https://trust.nhs.uk/pals'},
          crisis: [{label: 'Samaritans', phone: '116 123', url: 'https://www.samaritans.org'}],
        },
        warn,
      );
      expect(parsed.contact).to.deep.equal({name: 'PALS', url: 'https://trust.nhs.uk/pals'});
      // A web address is kept as the browser reads it, which is also the text its link shows.
      expect(parsed.crisis).to.deep.equal([{label: 'Samaritans', phone: '116 123', url: 'https://www.samaritans.org/'}]);
      expect(messages.map((m) => m.split(' ')[0])).to.deep.equal(['contact.phone', 'contact.email']);
    });
  });
});

describe('mergeStrings', () => {
  it('lays host copy over the base, keeping every piece the host left out', () => {
    const merged = mergeStrings<Strings>(en, {answers: {yes: 'Yes, mostly'}, advice: {wales: {name: 'Llais Cardiff'}}});
    expect(merged.answers).to.deep.equal({...en.answers, yes: 'Yes, mostly'});
    expect(merged.advice.wales.name).to.equal('Llais Cardiff');
    expect(merged.advice.wales.about).to.equal(en.advice.wales.about);
    expect(merged.advice.england).to.equal(en.advice.england);
    expect(merged.submit).to.equal(en.submit);
  });

  it('lets later copy win (strings over a locale) and never changes the base', () => {
    const before = JSON.stringify(en);
    const merged = mergeStrings<Strings>(en, {submit: 'Gweld', notSureHint: 'Preifat'}, {submit: 'Show me'});
    expect(merged.submit).to.equal('Show me');
    expect(merged.notSureHint).to.equal('Preifat');
    expect(JSON.stringify(en)).to.equal(before);
    expect(en.submit).to.equal('See my results');
  });

  it('returns the base itself when there is nothing to lay over it', () => {
    expect(mergeStrings<Strings>(en, undefined, undefined)).to.equal(en);
  });
});

describe('resolveTraits', () => {
  it('gives the five built-in traits in the chosen words, with ids like "communication-1"', () => {
    const traits = resolveTraits(en, roleWords('key worker'));
    expect(traits.map((t) => t.id)).to.deep.equal([...BUILT_IN_TRAIT_IDS]);
    for (const trait of traits) {
      const copy = en.traits[trait.id as (typeof BUILT_IN_TRAIT_IDS)[number]];
      expect(trait.title).to.equal(copy.title);
      expect(trait.statements.map((s) => s.id)).to.deep.equal(copy.statements.map((_, i) => builtInStatementId(trait.id as never, i)));
      expect(trait.statements.map((s) => s.text)).to.deep.equal(copy.statements.map((phrase) => phrase(roleWords('key worker'))));
      expect(trait.statements.map((s) => s.kind)).to.deep.equal(BUILT_IN_STATEMENT_KINDS[trait.id as (typeof BUILT_IN_TRAIT_IDS)[number]]);
      // `{plan}` is the care plan, outside Wales.
      const plan = (lines: readonly string[]) => lines.map((line) => line.replace('{plan}', 'care plan'));
      expect(trait.suggestions).to.deep.equal(plan(copy.suggestions));
      expect(trait.questions).to.deep.equal(plan(copy.questions));
    }
    expect(traits[0].statements[0].text).to.contain('key worker');
  });

  it('calls the plan a care and treatment plan in Wales, and a care plan elsewhere, in built-in and host text alike', () => {
    const custom = parseConfig({traits: [{id: 'plans', title: 'Plans', statements: [{id: 'a', text: 'We look at my {plan}.'}]}]}, () => {});
    const lines = (region: string) => {
      const traits = resolveTraits(en, roleWords('key worker'), custom.traits, planName(en, region));
      return traits.flatMap((t) => [...t.statements.map((st) => st.text), ...t.suggestions, ...t.questions]).filter((l) => /plan\b/.test(l));
    };
    expect(lines('wales')).to.include.members([
      'How has what I told you changed my care and treatment plan?',
      'We look at my care and treatment plan.',
    ]);
    for (const region of ['england', 'scotland', 'northern-ireland']) {
      expect(lines(region)).to.include.members(['Can we look at my care plan together?', 'We look at my care plan.']);
      expect(lines(region).join(' ')).not.to.contain('treatment plan');
    }
    expect(lines('wales').join(' ')).not.to.contain('{plan}');
  });

  it("rewords only the traits the host names, and adds the host's own after the five", () => {
    const parsed = parseConfig(
      {
        traits: [
          {id: 'kindness', title: 'Kind', statements: [{id: 'a', text: 'My {role} is kind.'}], suggestions: ['Could you be gentler, {role}?']},
          {
            id: 'organisation',
            statements: [
              {id: 'a', text: '{Role} is on time.'},
              {id: 'b', text: 'I know when we meet.'},
              {id: 'c', text: 'Dates are kept.'},
            ],
          },
        ],
      },
      warnings().warn,
    );
    const traits = resolveTraits(en, roleWords('advocate'), parsed.traits);
    expect(traits.map((t) => t.id)).to.deep.equal([...BUILT_IN_TRAIT_IDS, 'kindness']);
    const organisation = traits[1];
    expect(organisation.title).to.equal(en.traits.organisation.title);
    expect(organisation.statements).to.deep.equal([
      {id: 'organisation.a', text: 'Advocate is on time.', kind: 'frequency'},
      {id: 'organisation.b', text: 'I know when we meet.', kind: 'frequency'},
      {id: 'organisation.c', text: 'Dates are kept.', kind: 'frequency'},
    ]);
    expect(organisation.suggestions).to.deep.equal(en.traits.organisation.suggestions);
    expect(traits[5]).to.deep.equal({
      id: 'kindness',
      title: 'Kind',
      statements: [{id: 'kindness.a', text: 'My advocate is kind.', kind: 'frequency'}],
      suggestions: ['Could you be gentler, advocate?'],
      questions: ['Could you be gentler, advocate?'],
    });
    expect(traits[0]).to.deep.equal(resolveTraits(en, roleWords('advocate'))[0]);
  });

  it("fills the role into a host trait's title, as it does in its statements", () => {
    const parsed = parseConfig(
      {
        traits: [
          {id: 'accessible', title: 'Reaching your {role}'},
          {id: 'kindness', title: '{Role} is kind', statements: [{id: 'a', text: 'Kind.'}]},
        ],
      },
      warnings().warn,
    );
    const traits = resolveTraits(en, roleWords('key worker'), parsed.traits);
    expect(traits.find((t) => t.id === 'accessible')!.title).to.equal('Reaching your key worker');
    expect(traits.find((t) => t.id === 'kindness')!.title).to.equal('Key worker is kind');
  });
});
