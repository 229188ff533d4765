import {expect} from '@open-wc/testing';
import {
  clearSaved,
  NOTE_LIMIT,
  parseSaved,
  readSaved,
  savedChange,
  storageName,
  writeSaved,
  type SavedCheck,
  type StorageLike,
} from '../src/platform/storage.js';

const NAME = storageName('storage-test');

/** A Storage stand-in that records every call, and can be told to throw. */
function fakeStorage(initial: Record<string, string> = {}, {throwOnGet = false} = {}) {
  const data = new Map(Object.entries(initial));
  const calls: string[] = [];
  const storage: StorageLike = {
    getItem: (key) => {
      calls.push(`getItem ${key}`);
      if (throwOnGet) throw new DOMException('The operation is insecure.', 'SecurityError');
      return data.get(key) ?? null;
    },
    setItem: (key, value) => void (calls.push(`setItem ${key}`), data.set(key, value)),
    removeItem: (key) => void (calls.push(`removeItem ${key}`), data.delete(key)),
  };
  return {storage, data, calls, writes: () => calls.filter((c) => !c.startsWith('getItem'))};
}

function warnings() {
  const messages: string[] = [];
  return {messages, warn: (m: string) => void messages.push(m)};
}

const record = (answers: object, notes: object = {}) => JSON.stringify({v: 1, answers, notes});
const saved = (answers: Record<string, string>, notes: Record<string, string> = {}) => ({answers, notes, history: []}) as SavedCheck;
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('storage never loses an answer it did not mean to remove', () => {
  describe('parseSaved reads a record, and names what is wrong with it', () => {
    const unreadable: [string, string, string][] = [
      ['corrupt JSON', '{"v":1,"answers":{"communication-1":"yes"', 'not valid JSON'],
      [
        'a record from a newer release',
        JSON.stringify({v: 3, answers: {'communication-1': 'yes'}, notes: {listening: 'kept'}}),
        'another version (v: 3)',
      ],
      ['a record with no version', JSON.stringify({answers: {}, notes: {}}), 'another version (v: none)'],
      ['answers of the wrong shape', JSON.stringify({v: 1, answers: 'yes', notes: {}}), 'answers should be an object'],
      ['notes of the wrong shape', JSON.stringify({v: 1, answers: {}, notes: ['x']}), 'notes should be an object'],
      ['JSON that is not an object', 'null', 'not a saved record'],
      ['a list', '[1,2]', 'not a saved record'],
    ];
    for (const [name, raw, why] of unreadable) {
      it(`calls ${name} unreadable, with a warning naming the record and why`, () => {
        const {messages, warn} = warnings();
        expect(parseSaved(raw, NAME, warn)).to.deep.equal({status: 'unreadable', raw});
        expect(messages).to.have.length(1);
        expect(messages[0]).to.contain(`"${NAME}"`).and.contain(why).and.contain('left in place');
      });
    }

    it('reads nothing stored as empty, quietly', () => {
      const {messages, warn} = warnings();
      expect(parseSaved(null, NAME, warn)).to.deep.equal({status: 'empty', raw: null});
      expect(messages).to.deep.equal([]);
    });

    it('still reads the version 1 records written before', () => {
      const store = fakeStorage();
      // Exactly what release 0.1.0 wrote.
      store.data.set(NAME, '{"v":1,"answers":{"communication-1":"yes","listening-2":"not-sure"},"notes":{"listening":"A note"}}');
      const read = readSaved(store.storage, NAME, () => {});
      expect(read.status).to.equal('saved');
      expect(plain(read.status === 'saved' && read.saved)).to.deep.equal({
        answers: {'communication-1': 'yes', 'listening-2': 'not-sure'},
        notes: {listening: 'A note'},
        // Version 1 had no past checks: none, and written back as version 2 with nothing lost.
        history: [],
      });
    });

    const entries: [string, object, object, object, string[]][] = [
      [
        'keeps every valid answer',
        {'communication-1': 'yes', 'a.b': 'sometimes', c: 'no', d: 'not-sure'},
        {},
        {answers: {'communication-1': 'yes', 'a.b': 'sometimes', c: 'no', d: 'not-sure'}, notes: {}, history: []},
        [],
      ],
      [
        'drops an answer that is not one of the four',
        {'communication-1': 'maybe', 'listening-1': 2, 'x-1': null},
        {},
        {answers: {}, notes: {}, history: []},
        ['answers["communication-1"]', 'answers["listening-1"]', 'answers["x-1"]'],
      ],
      [
        'drops a note that is not text',
        {},
        {listening: 3, other: {}},
        {answers: {}, notes: {}, history: []},
        ['notes["listening"]', 'notes["other"]'],
      ],
      [
        `cuts a note to ${NOTE_LIMIT} characters`,
        {},
        {listening: 'x'.repeat(NOTE_LIMIT + 500)},
        {answers: {}, notes: {listening: 'x'.repeat(NOTE_LIMIT)}, history: []},
        ['notes["listening"]'],
      ],
    ];
    for (const [name, answers, notes, expected, paths] of entries) {
      it(`${name}, with a warning naming each path`, () => {
        const {messages, warn} = warnings();
        const read = parseSaved(record(answers, notes), NAME, warn);
        expect(read.status).to.equal('saved');
        if (read.status !== 'saved') return;
        expect(Object.getPrototypeOf(read.saved.answers)).to.equal(null);
        expect(Object.getPrototypeOf(read.saved.notes)).to.equal(null);
        expect(plain(read.saved)).to.deep.equal(plain(expected));
        expect(messages.map((m) => paths.find((p) => m.includes(p) && m.includes(NAME)) ?? m)).to.deep.equal(paths);
      });
    }

    it('reads the answer to "have you raised it?", and leaves out one it does not know, with a warning', () => {
      const kept = parseSaved(
        JSON.stringify({v: 2, answers: {'communication-1': 'no'}, notes: {}, history: [], raised: 'not-yet'}),
        NAME,
        () => {},
      );
      expect(kept.status === 'saved' && kept.saved.raised).to.equal('not-yet');
      const {messages, warn} = warnings();
      const odd = parseSaved(JSON.stringify({v: 2, answers: {'communication-1': 'no'}, notes: {}, history: [], raised: 'maybe'}), NAME, warn);
      expect(odd.status === 'saved' && plain(odd.saved)).to.deep.equal({answers: {'communication-1': 'no'}, notes: {}, history: []});
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain(`"${NAME}"`).and.contain('raised').and.contain('not-yet').and.contain('ignored');
    });

    it('keeps ids that every object has ("__proto__", "constructor") as plain keys, in objects with no prototype', () => {
      const read = parseSaved('{"v":1,"answers":{"__proto__":"no","constructor":"yes"},"notes":{"__proto__":"x"}}', NAME, () => {});
      if (read.status !== 'saved') throw new Error(read.status);
      expect(Object.getPrototypeOf(read.saved.answers)).to.equal(null);
      expect(Object.getPrototypeOf(read.saved.notes)).to.equal(null);
      expect(Object.entries(read.saved.answers)).to.deep.equal([
        ['__proto__', 'no'],
        ['constructor', 'yes'],
      ]);
      expect(Object.entries(read.saved.notes)).to.deep.equal([['__proto__', 'x']]);
    });
  });

  describe('readSaved', () => {
    it('leaves every record it cannot read in place: nothing removed, nothing written', () => {
      for (const raw of ['{"v":1', JSON.stringify({v: 3, answers: {}, notes: {}}), 'null', JSON.stringify({v: 1, answers: 'yes', notes: {}})]) {
        const store = fakeStorage({[NAME]: raw});
        expect(readSaved(store.storage, NAME, () => {}).status).to.equal('unreadable');
        expect(store.writes()).to.deep.equal([]);
        expect(store.data.get(NAME)).to.equal(raw);
      }
    });

    it('passes on a getItem that throws, and deletes nothing', () => {
      const store = fakeStorage({[NAME]: record({'communication-1': 'yes'})}, {throwOnGet: true});
      expect(() => readSaved(store.storage, NAME, () => {})).to.throw('insecure');
      expect(store.writes()).to.deep.equal([]);
      expect(store.data.has(NAME)).to.equal(true);
    });

    it("reads a record as unreadable when the host's JSON.parse throws, and deletes nothing", () => {
      const store = fakeStorage({[NAME]: record({'communication-1': 'yes'})});
      const parse = JSON.parse;
      JSON.parse = () => {
        throw new Error('host wrapper');
      };
      let status: string;
      try {
        status = readSaved(store.storage, NAME, () => {}).status;
      } finally {
        JSON.parse = parse;
      }
      expect(status).to.equal('unreadable');
      expect(store.writes()).to.deep.equal([]);
    });

    it('works over the real localStorage', () => {
      localStorage.setItem(NAME, JSON.stringify({v: 3, future: true}));
      try {
        expect(readSaved(localStorage, NAME, () => {}).status).to.equal('unreadable');
        expect(localStorage.getItem(NAME)).to.equal(JSON.stringify({v: 3, future: true}));
      } finally {
        localStorage.removeItem(NAME);
      }
    });
  });

  describe('writeSaved writes only over the record this widget read or wrote', () => {
    it('writes a version 2 record and returns its text, to compare with next time', () => {
      const store = fakeStorage();
      const first = writeSaved(store.storage, NAME, saved({'communication-1': 'yes'}), null);
      expect(first).to.deep.equal({
        outcome: 'written',
        raw: JSON.stringify({v: 2, answers: {'communication-1': 'yes'}, notes: {}, history: []}),
      });
      const second = writeSaved(store.storage, NAME, saved({'communication-1': 'no'}, {listening: 'n'}), first.raw);
      expect(second.outcome).to.equal('written');
      expect(JSON.parse(store.data.get(NAME)!)).to.deep.equal({v: 2, answers: {'communication-1': 'no'}, notes: {listening: 'n'}, history: []});
    });

    it('writes the answer to "have you raised it?" with the answers, and tells it apart in another window', () => {
      const store = fakeStorage();
      const data = {...saved({'communication-1': 'no'}), raised: 'no-change'} as SavedCheck;
      const out = writeSaved(store.storage, NAME, data, null);
      expect(JSON.parse(store.data.get(NAME)!)).to.deep.equal({
        v: 2,
        answers: {'communication-1': 'no'},
        notes: {},
        history: [],
        raised: 'no-change',
      });
      const event = {key: NAME, newValue: out.raw, storageArea: store.storage as Storage};
      expect(savedChange(event, store.storage, NAME, data, () => {})?.differs).to.equal(false);
      expect(savedChange(event, store.storage, NAME, saved({'communication-1': 'no'}), () => {})?.differs).to.equal(true);
    });

    it('writes over a version 1 record it read, as version 2, keeping every answer and note', () => {
      const raw = record({'communication-1': 'yes'}, {listening: 'kept'});
      const store = fakeStorage({[NAME]: raw});
      const read = readSaved(store.storage, NAME, () => {});
      expect(read.status).to.equal('saved');
      if (read.status !== 'saved') return;
      expect(writeSaved(store.storage, NAME, read.saved, raw).outcome).to.equal('written');
      expect(JSON.parse(store.data.get(NAME)!)).to.deep.equal({
        v: 2,
        answers: {'communication-1': 'yes'},
        notes: {listening: 'kept'},
        history: [],
      });
    });

    it('keeps the record while it holds past checks, even with no answers left', () => {
      const check = {at: '2026-03-03T10:00:00.000Z', verdict: 'good', traits: {communication: 'met'}, agenda: [], agreed: {}};
      const store = fakeStorage();
      const data = {answers: {}, notes: {}, history: [check]} as unknown as SavedCheck;
      expect(writeSaved(store.storage, NAME, data, null).outcome).to.equal('written');
      const read = readSaved(store.storage, NAME, () => {});
      expect(plain(read.status === 'saved' && read.saved.history)).to.deep.equal([check]);
    });

    it('removes its own record when nothing is left to keep', () => {
      const raw = record({'communication-1': 'yes'});
      const store = fakeStorage({[NAME]: raw});
      expect(writeSaved(store.storage, NAME, saved({}, {listening: ''}), raw)).to.deep.equal({outcome: 'removed', raw: null});
      expect(store.data.has(NAME)).to.equal(false);
    });

    const kept: [string, string | undefined, string | null, string][] = [
      ['answers another tab wrote since', record({'communication-1': 'no'}), record({'communication-1': 'yes'}), 'changed-elsewhere'],
      ['answers it never read (its read threw)', record({'communication-1': 'no'}), null, 'changed-elsewhere'],
      ['a record from a newer release, even one it read', JSON.stringify({v: 3}), JSON.stringify({v: 3}), 'unreadable-kept'],
      ['corrupt JSON, even when it read it', '{"v":1', '{"v":1', 'unreadable-kept'],
    ];
    for (const [name, there, expected, outcome] of kept) {
      it(`does not write over ${name}: "${outcome}"`, () => {
        const store = fakeStorage(there === undefined ? {} : {[NAME]: there});
        for (const data of [saved({'communication-1': 'sometimes'}), saved({})]) {
          expect(writeSaved(store.storage, NAME, data, expected)).to.deep.equal({outcome, raw: there ?? null});
        }
        expect(store.writes()).to.deep.equal([]);
        expect(store.data.get(NAME)).to.equal(there);
      });
    }

    it('does not write over a record removed elsewhere with answers it never saw', () => {
      const store = fakeStorage();
      expect(writeSaved(store.storage, NAME, saved({'communication-1': 'yes'}), record({'communication-1': 'no'})).outcome).to.equal(
        'changed-elsewhere',
      );
      expect(store.writes()).to.deep.equal([]);
    });
  });

  it('clearSaved removes the record whatever it holds, for when the person asks', () => {
    for (const raw of [record({'communication-1': 'yes'}), JSON.stringify({v: 3}), '{']) {
      const store = fakeStorage({[NAME]: raw, other: 'x'});
      clearSaved(store.storage, NAME);
      expect([...store.data.keys()]).to.deep.equal(['other']);
    }
  });

  describe('savedChange reads a storage event from another window', () => {
    const held = saved({'communication-1': 'yes'}, {listening: 'mine'});
    const store = fakeStorage();
    const event = (key: string | null, newValue: string | null, storageArea: unknown = store.storage) =>
      ({key, newValue, storageArea}) as Pick<StorageEvent, 'key' | 'newValue' | 'storageArea'>;
    const cases: [string, ReturnType<typeof event>, string | undefined, boolean | undefined][] = [
      ['another record', event(storageName('other'), record({})), undefined, undefined],
      ['another storage area (sessionStorage)', event(NAME, record({}), {}), undefined, undefined],
      ['the same answers and notes', event(NAME, record({'communication-1': 'yes'}, {listening: 'mine', empty: ''})), 'saved', false],
      ['a different answer', event(NAME, record({'communication-1': 'no'}, {listening: 'mine'})), 'saved', true],
      ['a different note', event(NAME, record({'communication-1': 'yes'}, {listening: 'theirs'})), 'saved', true],
      ['the record removed', event(NAME, null), 'empty', true],
      ['all storage cleared', event(null, null), 'empty', true],
      ['a record from a newer release', event(NAME, JSON.stringify({v: 3})), 'unreadable', true],
      // Past checks are taken as they are, never offered: only answers and notes can differ.
      [
        'the same answers with a past check added',
        event(
          NAME,
          JSON.stringify({
            v: 2,
            answers: {'communication-1': 'yes'},
            notes: {listening: 'mine'},
            history: [{at: '2026-03-03T10:00:00.000Z', verdict: 'good', traits: {communication: 'met'}, agenda: [], agreed: {}}],
          }),
        ),
        'saved',
        false,
      ],
    ];
    for (const [name, change, status, differs] of cases) {
      it(`${name}: ${status === undefined ? 'not about this widget' : `${status}, ${differs ? 'differs' : 'the same'}`}`, () => {
        const seen = savedChange(change, store.storage, NAME, held, () => {});
        expect(seen && [seen.record.status, seen.differs]).to.deep.equal(status === undefined ? undefined : [status, differs]);
      });
    }

    it('tells a widget holding nothing that a removal changes nothing', () => {
      expect(savedChange(event(NAME, null), store.storage, NAME, saved({}), () => {})?.differs).to.equal(false);
    });
  });
});
