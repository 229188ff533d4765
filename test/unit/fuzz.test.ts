import {describe, it} from 'node:test';
import {expect} from 'chai';
import fc from 'fast-check';
import {parseConfig} from '../../src/config/parse-config.js';
import {ANSWERS} from '../../src/model/types.js';
import {NOTE_LIMIT, parseSaved, storageName} from '../../src/platform/storage.js';

// Every configuration warning starts with the path it is about, or says it is about the whole configuration.
const NAMES_A_PATH =
  /^((strings|locales|traits|crisis|teamCrisis|contact)([.[ ]|:)|the configuration |("(?:[^"\\]|\\.)*"|\[.*\]|[a-z_$][\w$-]*) is not a configuration key)/i;

const isPlainText = (v: unknown) => typeof v == 'string' && v.length > 0;

/** Checks a parsed configuration has the declared types, throwing what is wrong. */
function expectWellFormed(parsed: ReturnType<typeof parseConfig>): void {
  expect(parsed.locales).to.be.an('object');
  for (const copy of Object.values(parsed.locales)) expect(copy === undefined || typeof copy == 'object').to.equal(true);
  expect(parsed.traits).to.be.an('array');
  for (const trait of parsed.traits) {
    expect(trait.id).to.match(/^[a-z][\w-]{0,39}$/i);
    if (trait.title !== undefined) expect(isPlainText(trait.title)).to.equal(true);
    for (const s of trait.statements ?? []) expect([typeof s.id, isPlainText(s.text)]).to.deep.equal(['string', true]);
    for (const s of trait.suggestions ?? []) expect(isPlainText(s)).to.equal(true);
  }
  if (parsed.crisis !== undefined && parsed.crisis !== false) {
    expect(parsed.crisis).to.be.an('array');
    for (const line of parsed.crisis) {
      expect(isPlainText(line.label)).to.equal(true);
      for (const key of ['phone', 'url'] as const) if (line[key] !== undefined) expect(isPlainText(line[key])).to.equal(true);
    }
  }
  if (parsed.contact !== undefined) {
    for (const value of Object.values(parsed.contact)) expect(isPlainText(value)).to.equal(true);
  }
  if (parsed.strings !== undefined) expect(parsed.strings).to.be.an('object');
}

/** Values the parser takes, mixed in with any JSON, so the cases reach the branches that keep something. */
const usable = fc.constantFrom(
  'communication',
  'peer-support',
  'Some words',
  '0113 496 0000',
  'https://example.org/pals',
  'pals@example.org',
  'frequency',
  'fact',
);

/** A JSON value that often has the configuration's own keys, so the fuzzing reaches past the top level. */
const configLike = fc.letrec((tie) => ({
  value: fc.oneof(
    {depthSize: 'small'},
    fc.jsonValue(),
    usable,
    fc.dictionary(
      fc.constantFrom(
        'strings',
        'locales',
        'traits',
        'crisis',
        'contact',
        'id',
        'title',
        'statements',
        'text',
        'label',
        'phone',
        'url',
        'email',
        'teamCrisis',
        'submit',
        'kind',
        'name',
        'heading',
        'advice',
        'en',
        'cy',
        '__proto__',
        'constructor',
      ),
      tie('value'),
    ),
    fc.array(tie('value'), {maxLength: 5}),
  ),
})).value;

/** Either of `good` or any value at all: a shape the parser takes, with noise where it may not. */
const orNoise = <T>(good: fc.Arbitrary<T>) => fc.oneof({weight: 3, arbitrary: good}, {weight: 1, arbitrary: configLike});

/** A configuration of the right shape at every level, its values sometimes wrong, so each kept branch is reached. */
const configShaped = fc.record(
  {
    strings: orNoise(
      fc.record({submit: usable, progress: orNoise(fc.record({one: usable, other: usable}, {requiredKeys: []}))}, {requiredKeys: []}),
    ),
    locales: orNoise(fc.dictionary(fc.constantFrom('cy', 'gd', 'x y'), orNoise(fc.record({submit: usable})))),
    traits: orNoise(
      fc.array(
        fc.record(
          {
            id: orNoise(fc.constantFrom('communication', 'peer-support', 'x y')),
            title: orNoise(usable),
            statements: orNoise(
              fc.array(fc.record({id: orNoise(fc.constantFrom('a', 'b')), text: orNoise(usable), kind: orNoise(usable)}, {requiredKeys: []}), {
                maxLength: 5,
              }),
            ),
            suggestions: orNoise(fc.array(usable, {maxLength: 5})),
          },
          {requiredKeys: []},
        ),
        {maxLength: 4},
      ),
    ),
    crisis: orNoise(
      fc.oneof(
        fc.constant(false),
        fc.array(fc.record({label: orNoise(usable), phone: orNoise(usable), url: orNoise(usable)}, {requiredKeys: []}), {maxLength: 7}),
      ),
    ),
    teamCrisis: orNoise(fc.record({label: orNoise(usable), phone: orNoise(usable)}, {requiredKeys: []})),
    contact: orNoise(
      fc.record({name: orNoise(usable), phone: orNoise(usable), email: orNoise(usable), url: orNoise(usable)}, {requiredKeys: []}),
    ),
  },
  {requiredKeys: []},
);

/** Counts each way a case went; fails when a way was never taken, so a generator that misses a branch is caught. */
function branches<K extends string>(names: readonly K[]) {
  const counts = Object.fromEntries(names.map((name) => [name, 0])) as Record<K, number>;
  return {
    count: (name: K, when: unknown) => void (when && counts[name]++),
    expectAllReached: () => {
      const never = Object.entries(counts).filter(([, n]) => n === 0);
      expect(never.map(([name]) => name).join(', '), 'branches no case reached').to.equal('');
    },
  };
}

describe('fuzzing', () => {
  it('parseConfig: for any JSON value, as an object or as text, nothing throws, the result is well formed, and every warning names a path', () => {
    const reached = branches([
      'warned',
      'no warning',
      'strings kept',
      'a translation kept',
      'a trait kept',
      'a statement kept',
      'crisis lines kept',
      'crisis hidden',
      'team crisis kept',
      'contact kept',
      'nothing kept',
    ] as const);
    fc.assert(
      fc.property(fc.oneof(configLike, configShaped), fc.boolean(), (value, asText) => {
        const messages: string[] = [];
        const parsed = parseConfig(asText ? JSON.stringify(value) : value, (m) => messages.push(m));
        expectWellFormed(parsed);
        for (const message of messages) expect(message).to.match(NAMES_A_PATH);
        reached.count('warned', messages.length);
        reached.count('no warning', !messages.length);
        reached.count('strings kept', parsed.strings && Object.keys(parsed.strings).length);
        reached.count('a translation kept', Object.keys(parsed.locales).length);
        reached.count('a trait kept', parsed.traits.length);
        reached.count(
          'a statement kept',
          parsed.traits.some((t) => t.statements?.length),
        );
        reached.count('crisis lines kept', Array.isArray(parsed.crisis) && parsed.crisis.length);
        reached.count('crisis hidden', parsed.crisis === false);
        reached.count('team crisis kept', parsed.teamCrisis);
        reached.count('contact kept', parsed.contact && Object.keys(parsed.contact).length);
        reached.count(
          'nothing kept',
          !parsed.traits.length && !parsed.contact && parsed.crisis === undefined && !Object.keys(parsed.locales).length,
        );
      }),
      {numRuns: 2000},
    );
    reached.expectAllReached();
  });

  it('parseConfig: for anything at all (odd keys, sparse arrays, no prototype), nothing throws and the result is well formed', () => {
    fc.assert(
      fc.property(fc.anything({withNullPrototype: true, withSparseArray: true, withBoxedValues: true}), (value) => {
        const messages: string[] = [];
        expectWellFormed(parseConfig(value, (m) => messages.push(m)));
        for (const message of messages) expect(message).to.match(NAMES_A_PATH);
      }),
      {numRuns: 300},
    );
  });

  const NAME = storageName('fuzz');
  const recordLike = fc.oneof(
    fc.jsonValue(),
    fc.record(
      {
        v: fc.oneof(fc.constant(1), fc.jsonValue()),
        answers: fc.oneof(fc.dictionary(fc.string(), fc.oneof(fc.constantFrom(...ANSWERS), fc.jsonValue())), fc.jsonValue()),
        // Some notes around the limit, so the cut is reached as often as the rest.
        notes: fc.oneof(
          fc.dictionary(
            fc.string(),
            fc.oneof(
              fc.string({maxLength: 2500}),
              fc.nat({max: 400}).map((n) => 'n'.repeat(NOTE_LIMIT - 200 + n)),
              fc.jsonValue(),
            ),
          ),
          fc.jsonValue(),
        ),
      },
      {requiredKeys: []},
    ),
  );

  it('parseSaved: for any stored text, nothing throws, answers and notes are well formed, and every warning names the record', () => {
    const reached = branches(['unreadable', 'saved', 'an answer kept', 'a note kept', 'a note at the limit'] as const);
    fc.assert(
      fc.property(
        fc.oneof(
          recordLike.map((v) => JSON.stringify(v) ?? 'null'),
          fc.string(),
        ),
        (raw) => {
          const messages: string[] = [];
          const record = parseSaved(raw, NAME, (m) => messages.push(m));
          expect(record.raw).to.equal(raw);
          expect(['saved', 'unreadable']).to.include(record.status);
          reached.count('unreadable', record.status === 'unreadable');
          reached.count('saved', record.status === 'saved');
          if (record.status === 'saved') {
            reached.count('an answer kept', Object.keys(record.saved.answers).length);
            reached.count('a note kept', Object.keys(record.saved.notes).length);
            reached.count(
              'a note at the limit',
              Object.values(record.saved.notes).some((note) => note.length === NOTE_LIMIT),
            );
            for (const answer of Object.values(record.saved.answers)) expect(ANSWERS).to.include(answer);
            for (const note of Object.values(record.saved.notes)) expect(typeof note == 'string' && note.length <= NOTE_LIMIT).to.equal(true);
            expect([Object.getPrototypeOf(record.saved.answers), Object.getPrototypeOf(record.saved.notes)]).to.deep.equal([null, null]);
          } else {
            expect(messages).to.have.length(1);
          }
          for (const message of messages) expect(message).to.contain(`"${NAME}"`);
        },
      ),
      {numRuns: 1000},
    );
    reached.expectAllReached();
  });
});
