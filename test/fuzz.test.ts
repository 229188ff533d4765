import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {parseConfig} from '../src/config/parse-config.js';
import {ANSWERS} from '../src/model/types.js';
import {NOTE_LIMIT, parseSaved, storageName} from '../src/platform/storage.js';

// Every configuration warning starts with the path it is about, or says it is about the whole configuration.
const NAMES_A_PATH =
  /^((strings|locales|traits|crisis|contact)([.[ ]|:)|the configuration |("(?:[^"\\]|\\.)*"|\[.*\]|[a-z_$][\w$-]*) is not a configuration key)/i;

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

/** A JSON value that often has the configuration's own keys, so the fuzzing reaches past the top level. */
const configLike = fc.letrec((tie) => ({
  value: fc.oneof(
    {depthSize: 'small'},
    fc.jsonValue(),
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

describe('fuzzing', () => {
  it('parseConfig: for any JSON value, as an object or as text, nothing throws, the result is well formed, and every warning names a path', () => {
    fc.assert(
      fc.property(configLike, fc.boolean(), (value, asText) => {
        const messages: string[] = [];
        const parsed = parseConfig(asText ? JSON.stringify(value) : value, (m) => messages.push(m));
        expectWellFormed(parsed);
        for (const message of messages) expect(message).to.match(NAMES_A_PATH);
      }),
      {numRuns: 400},
    );
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
        notes: fc.oneof(fc.dictionary(fc.string(), fc.oneof(fc.string({maxLength: 2500}), fc.jsonValue())), fc.jsonValue()),
      },
      {requiredKeys: []},
    ),
  );

  it('parseSaved: for any stored text, nothing throws, answers and notes are well formed, and every warning names the record', () => {
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
          if (record.status === 'saved') {
            for (const answer of Object.values(record.saved.answers)) expect(ANSWERS).to.include(answer);
            for (const note of Object.values(record.saved.notes)) expect(typeof note == 'string' && note.length <= NOTE_LIMIT).to.equal(true);
            expect([Object.getPrototypeOf(record.saved.answers), Object.getPrototypeOf(record.saved.notes)]).to.deep.equal([null, null]);
          } else {
            expect(messages).to.have.length(1);
          }
          for (const message of messages) expect(message).to.contain(`"${NAME}"`);
        },
      ),
      {numRuns: 500},
    );
  });
});
