import {expect, html} from '@open-wc/testing';
import type {CoordinatorCheck} from '../src/coordinator-check-element.js';
import {en} from '../src/locales/en.js';
import {
  addCheck,
  AGENDA_LIMIT,
  canPick,
  changeFor,
  exportHistory,
  HISTORY_LIMIT,
  importHistory,
  mergeChecks,
  pastCheck,
  type PastCheck,
} from '../src/model/history.js';
import {resolveTraits, roleWords} from '../src/model/resolve.js';
import {describeResult, draftText, summaryText} from '../src/model/result-view.js';
import {scoreAnswers} from '../src/model/scoring.js';
import type {Answer, TraitStatus} from '../src/model/types.js';
import {buildPrintout} from '../src/print-frame.js';
import {storageName} from '../src/storage.js';
import {$, $$, answerAll, button, expectFocusOn, renderCheck, SOMETIMES, STATEMENTS, submit} from './helpers.js';

const words = roleWords('care co-ordinator');
const traits = resolveTraits(en, words);
const h = en.history;

/** Runs with the clock stopped at `iso` (for `new Date()` and `Date.now()`); returns the undo. */
function setClock(iso: string): () => void {
  const Real = Date;
  const fixed = new Real(iso).getTime();
  class Fake extends Real {
    constructor(...args: unknown[]) {
      if (args.length) super(...(args as [number]));
      else super(fixed);
    }
    static override now = () => fixed;
  }
  globalThis.Date = Fake as DateConstructor;
  return () => void (globalThis.Date = Real);
}

/** Answers by statement index: communication 0-1, organisation 2-4, listening 5-6, approachable 7-8, accessible 9-11. */
const WEEK_1: Answer[] = ['yes', 'yes', ...SOMETIMES.slice(2)];
const WEEK_2: Answer[] = ['no', 'no', 'yes', 'yes', 'yes', ...SOMETIMES.slice(5, 7), 'not-sure', 'not-sure', ...SOMETIMES.slice(9)];
const answersOf = (list: readonly Answer[]) => Object.fromEntries(STATEMENTS.map((s, i) => [s.id, list[i]]));

const longDate = (iso: string) => new Date(iso).toLocaleDateString('en-GB', {dateStyle: 'long'});
let keyCount = 0;
const freshKey = () => `history-test-${Date.now()}-${++keyCount}`;
const stored = (key: string) => JSON.parse(localStorage.getItem(storageName(key)) ?? 'null') as {v: number; history: PastCheck[]} | null;

async function remembered(key: string, layout = 'single'): Promise<CoordinatorCheck> {
  return renderCheck(html`<coordinator-check remember storage-key=${key} layout=${layout}></coordinator-check>`);
}

/** Opens "Your past checks" (closed at first), as a person would. */
async function openHistory(el: CoordinatorCheck): Promise<void> {
  const details = $<HTMLDetailsElement>(el, 'details.history')!;
  if (!details.open) $(el, 'details.history > summary')!.click();
  await el.updateComplete;
  expect(details.open).to.equal(true);
}

const pickBox = (el: CoordinatorCheck, traitId: string) => $<HTMLInputElement>(el, `.agenda input[data-trait="${traitId}"]`)!;
async function pick(el: CoordinatorCheck, ...ids: string[]): Promise<void> {
  for (const id of ids) {
    pickBox(el, id).click();
    await el.updateComplete;
  }
}
const groupHeadings = (el: CoordinatorCheck) => $$(el, '.result section > .heading').map((e) => e.textContent.trim());
const titlesIn = (el: CoordinatorCheck, heading: string) => {
  const section = $$(el, '.result section').find((s) => s.querySelector('.heading')?.textContent.trim() === heading);
  return [...(section?.querySelectorAll('.trait-result strong') ?? [])].map((e) => e.textContent.trim());
};

afterEach(() => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('coordinator-check:history-test-')) localStorage.removeItem(key);
});

describe('history model', () => {
  it('compares a trait between two checks; "not sure" either time is not a change either way (the README rule)', () => {
    const table: [TraitStatus, TraitStatus, string][] = [
      ['not-met', 'partly-met', 'better'],
      ['partly-met', 'met', 'better'],
      ['not-met', 'met', 'better'],
      ['met', 'met', 'same'],
      ['partly-met', 'partly-met', 'same'],
      ['met', 'partly-met', 'worse'],
      ['partly-met', 'not-met', 'worse'],
      ['unsure', 'met', 'unsure'],
      ['met', 'unsure', 'unsure'],
    ];
    for (const [then, now, change] of table) expect(changeFor(then, now), `${then} then ${now}`).to.equal(change);
    expect(changeFor(undefined, 'met'), 'a trait the last check did not have').to.equal(undefined);
  });

  it('lets anything not fully met be picked to raise first, "not sure" included (the README rule)', () => {
    const table: [TraitStatus | undefined, boolean][] = [
      ['met', false],
      ['partly-met', true],
      ['not-met', true],
      ['unsure', true],
      [undefined, false],
    ];
    for (const [status, can] of table) expect(canPick(status), String(status)).to.equal(can);
  });

  const check = (at: string, agenda: string[] = [], status: TraitStatus = 'not-met'): PastCheck => ({
    at,
    verdict: 'falls-short',
    traits: {communication: status, listening: 'partly-met'},
    agenda,
    agreed: Object.fromEntries(agenda.map((id) => [id, `agreed ${id}`])),
  });

  it('keeps twelve checks, newest first, and says how many dropped off', () => {
    let history: PastCheck[] = [];
    let dropped = 0;
    for (let day = 1; day <= HISTORY_LIMIT + 2; day++) {
      ({history, dropped} = addCheck(history, check(`2026-03-${String(day).padStart(2, '0')}T10:00:00.000Z`)));
    }
    expect(history).to.have.length(HISTORY_LIMIT);
    expect(history[0].at).to.equal('2026-03-14T10:00:00.000Z');
    expect(history[history.length - 1].at).to.equal('2026-03-03T10:00:00.000Z');
    expect(dropped).to.equal(1);
  });

  it('lets a second check on the same day replace the first, keeping the picks that still fit', () => {
    const morning = check('2026-03-03T09:00:00.000Z', ['communication', 'listening']);
    const {history} = addCheck([morning], check('2026-03-03T11:00:00.000Z', [], 'met'));
    expect(history).to.have.length(1);
    expect(history[0].at).to.equal('2026-03-03T11:00:00.000Z');
    // Communication is met now, so it is no longer on the agenda; listening (and its note) stay.
    expect(history[0].agenda).to.deep.equal(['listening']);
    expect({...history[0].agreed}).to.deep.equal({listening: 'agreed listening'});
  });

  it('merges a file in: new checks added, known ones left as they are', () => {
    const here = [check('2026-03-10T10:00:00.000Z', ['communication']), check('2026-03-03T10:00:00.000Z')];
    const file = [check('2026-03-10T10:00:00.000Z'), check('2026-03-05T10:00:00.000Z')];
    const merged = mergeChecks(here, file);
    expect(merged.history.map((c) => c.at)).to.deep.equal(['2026-03-10T10:00:00.000Z', '2026-03-05T10:00:00.000Z', '2026-03-03T10:00:00.000Z']);
    expect(merged.history[0].agenda, 'the check already here wins').to.deep.equal(['communication']);
    expect(merged.added).to.equal(1);
  });

  it('exports a file that imports back exactly', () => {
    const history = [
      check('2026-03-10T10:00:00.000Z', ['communication', 'listening']),
      {...check('2026-03-03T10:00:00.000Z'), raised: 'no-change' as const},
    ];
    const back = importHistory(exportHistory(history));
    expect(JSON.parse(JSON.stringify(back))).to.deep.equal(JSON.parse(JSON.stringify(history)));
  });

  const file = (checks: unknown, extra: object = {}) => JSON.stringify({type: 'coordinator-check-history', v: 1, checks, ...extra});
  const good = check('2026-03-10T10:00:00.000Z', ['communication']);
  const bad: [string, string, RegExp][] = [
    ['not JSON', '{"type": "coordinator-check-history"', /not valid JSON/],
    ['another kind of file', JSON.stringify({v: 1, answers: {}}), /not a coordinator-check history file/],
    ['a newer version', file([good], {v: 2}), /another version \(v: 2\)/],
    ['checks that are not a list', file({}), /checks should be a list/],
    ['a check with a bad date', file([{...good, at: 'last Tuesday'}]), /checks\[0\]\.at should be a date/],
    ['a check with an unknown verdict', file([{...good, verdict: 'terrible'}]), /checks\[0\]\.verdict/],
    ['a status that is not one', file([{...good, traits: {communication: 'awful'}}]), /checks\[0\]\.traits\["communication"\]/],
    ['too many picks', file([{...good, agenda: ['communication', 'listening', 'x', 'y']}]), /checks\[0\]\.agenda/],
    ['a pick that was met', file([{...good, traits: {communication: 'met'}}]), /checks\[0\]\.agenda/],
    ['an agreed note for something not picked', file([{...good, agreed: {listening: 'x'}}]), /checks\[0\]\.agreed\["listening"\]/],
    ['an agreed note that is too long', file([{...good, agreed: {communication: 'x'.repeat(501)}}]), /checks\[0\]\.agreed/],
    ['the same check twice', file([good, good]), /checks\[1\]\.at is used twice/],
    ['a file far too big', file([good]).padEnd(200_001, ' '), /over 200000 characters/],
  ];
  for (const [name, text, why] of bad) {
    it(`refuses ${name}, saying why`, () => {
      const out = importHistory(text);
      expect(out).to.be.a('string').and.match(why);
    });
  }
});

describe('the agenda: up to three things to raise first', () => {
  it('offers only what is not fully met, and holds the fourth box until one is unticked', async () => {
    const el = await renderCheck();
    // Communication met; every other trait partly met, not met or not sure.
    await answerAll(el, WEEK_1);
    await submit(el);
    const offered = $$<HTMLInputElement>(el, '.agenda input[type="checkbox"]').map((b) => b.dataset.trait);
    expect(offered).to.have.members(['organisation', 'listening', 'approachable', 'accessible']);
    await pick(el, 'listening', 'accessible', 'organisation');
    expect(pickBox(el, 'approachable').disabled, 'a fourth waits').to.equal(true);
    expect($(el, '.agenda [role="status"]')!.textContent.trim()).to.equal(en.agenda.full({limit: AGENDA_LIMIT}));
    await pick(el, 'accessible');
    expect(pickBox(el, 'approachable').disabled, 'free again once one is unticked').to.equal(false);
    expect($(el, '.agenda [role="status"]')!.textContent.trim()).to.equal('');
  });

  it('keeps each tick box where it was, and focus on it, as things are picked', async () => {
    const el = await renderCheck();
    await answerAll(el, WEEK_1);
    await submit(el);
    const order = () => $$<HTMLInputElement>(el, '.agenda input[type="checkbox"]').map((b) => b.dataset.trait);
    const before = order();
    const box = pickBox(el, 'accessible');
    box.focus();
    box.click();
    await el.updateComplete;
    expect(order(), 'the list does not move under the cursor').to.deep.equal(before);
    expect(pickBox(el, 'accessible'), 'the same box, not a relabelled one').to.equal(box);
    expectFocusOn(box);
    expect(box.checked).to.equal(true);
  });

  it('puts the picked ones first, in the order picked, on screen and in the draft', async () => {
    const el = await renderCheck();
    await answerAll(el, WEEK_1);
    await submit(el);
    expect(groupHeadings(el)[0], 'nothing picked: no agenda group').to.equal(en.goingWell);
    await pick(el, 'listening', 'organisation');
    expect(groupHeadings(el)[0]).to.equal(en.agenda.heading);
    expect(titlesIn(el, en.agenda.heading)).to.deep.equal([en.traits.listening.title, en.traits.organisation.title]);
    expect(titlesIn(el, en.couldBeBetter), 'each trait once').to.not.include(en.traits.listening.title);
    const draft = $<HTMLTextAreaElement>(el, '.draft-text')!.value;
    expect(draft).to.contain(`${en.agenda.heading}:\n- ${en.traits.listening.title}\n- ${en.traits.organisation.title}\n`);
    expect(draft.indexOf(en.agenda.heading)).to.be.lessThan(draft.indexOf(en.draftRaise));
  });

  it('keeps "What we agreed" for a picked item, and puts it in the summary and the printout', async () => {
    const el = await renderCheck();
    await answerAll(el, WEEK_1);
    await submit(el);
    await pick(el, 'listening');
    const box = $<HTMLTextAreaElement>(el, '.agenda textarea')!;
    expect(box.labels[0].textContent.trim()).to.equal(en.agenda.agreedLabel({trait: en.traits.listening.title}));
    box.value = 'We will look at my care plan together next time.';
    box.dispatchEvent(new Event('input'));
    await el.updateComplete;

    const doc = describeResult({
      strings: en,
      words,
      traits,
      answers: answersOf(WEEK_1),
      notes: {},
      region: 'england',
      agenda: ['listening'],
      agreed: {listening: 'We will look at my care plan together next time.'},
    });
    const summary = summaryText(doc, en, 'Title', 'today');
    const listening = scoreAnswers(traits, answersOf(WEEK_1)).traits.find((t) => t.id === 'listening')!.status;
    expect(summary).to.contain(`${en.agenda.heading}:\n- ${en.traits.listening.title}: ${en.status[listening]}`);
    expect(summary).to.contain(`${en.agenda.agreed} We will look at my care plan together next time.`);
    const printed = document.implementation.createHTMLDocument('');
    buildPrintout(printed, {doc, strings: en, title: 'Title', date: 'today', lang: 'en'});
    expect(printed.querySelector('h2')!.textContent).to.equal(en.agenda.heading);
    expect(printed.body.textContent).to.contain(`${en.agenda.agreed} We will look at my care plan together next time.`);
    // Unticking drops its note too.
    await pick(el, 'listening');
    expect($(el, '.agenda textarea')).to.equal(null);
  });
});

describe('history on this device (remember only)', () => {
  it('keeps nothing and writes nothing without remember; the result event has no history in it', async () => {
    const before = Object.keys(localStorage).length;
    const el = await renderCheck();
    const details: unknown[] = [];
    el.addEventListener('coordinator-check-result', (e) => details.push(e.detail));
    await answerAll(el, WEEK_1);
    await submit(el);
    await pick(el, 'listening');
    expect($(el, '.history')).to.equal(null);
    expect(Object.keys(localStorage)).to.have.length(before);
    expect(Object.keys(details[0] as object)).to.have.members(['verdict', 'traits', 'answers', 'completedAt']);
  });

  it('compares two checks a week apart, trait by trait, and what was raised then', async () => {
    const key = freshKey();
    const first = '2026-03-03T10:00:00.000Z';
    let restore = setClock(first);
    try {
      const el = await remembered(key);
      await answerAll(el, WEEK_1);
      await submit(el);
      expect($(el, '.since'), 'nothing to compare with yet').to.equal(null);
      await pick(el, 'organisation', 'listening');
      el.remove();
    } finally {
      restore();
    }
    restore = setClock('2026-03-10T10:00:00.000Z');
    try {
      const el = await remembered(key);
      await answerAll(el, WEEK_2);
      await submit(el);
      expect($(el, '.since .heading')!.textContent.trim()).to.equal(h.since({date: longDate(first)}));
      const changes = $$(el, '.since li').map((li) => li.textContent.replace(/\s+/g, ' ').trim());
      expect(changes).to.deep.equal([
        `${en.traits.communication.title} ${h.change.worse}`,
        `${en.traits.organisation.title} ${h.change.better}`,
        `${en.traits.listening.title} ${h.change.same}`,
        `${en.traits.approachable.title} ${h.change.unsure}`,
        `${en.traits.accessible.title} ${h.change.same}`,
      ]);
      const raisedThen = $$(el, '.raised-then').map((p) => p.textContent.trim());
      expect(raisedThen).to.deep.equal([
        `${h.raisedOn({date: longDate(first)})} ${h.raisedChange.better}`,
        `${h.raisedOn({date: longDate(first)})} ${h.raisedChange.same}`,
      ]);
      const draft = $<HTMLTextAreaElement>(el, '.draft-text')!.value;
      expect(draft).to.contain(`- ${en.traits.listening.title} (${h.raisedOnMine({date: longDate(first)})} ${h.raisedChange.same})`);
      const record = stored(key)!;
      expect(record.v).to.equal(2);
      expect(record.history.map((c) => c.at)).to.deep.equal(['2026-03-10T10:00:00.000Z', first]);
      expect(record.history[1].agenda).to.deep.equal(['organisation', 'listening']);
    } finally {
      restore();
    }
  });

  it('shows the better news for a raised item that is met now', () => {
    const then = pastCheck(scoreAnswers(traits, answersOf(WEEK_1), new Date('2026-03-03T10:00:00.000Z')), ['organisation']);
    const doc = describeResult({
      strings: en,
      words,
      traits,
      answers: answersOf(WEEK_2),
      notes: {},
      region: 'england',
      previous: {check: then, date: '3 March 2026'},
    });
    const organisation = doc.groups.flatMap((g) => g.lines).find((l) => l.trait.id === 'organisation')!;
    expect(organisation.raisedThen?.mine).to.equal(`${h.raisedOnMine({date: '3 March 2026'})} ${h.raisedChange.better}`);
    expect(summaryText(doc, en, 'Title', 'today')).to.contain(`  ${h.raisedOnMine({date: '3 March 2026'})} ${h.raisedChange.better}`);
    // Met now: listed as going well in the draft, with the good news that raising it helped.
    expect(draftText(doc, en)).to.contain(
      `${en.draftWell}\n- ${en.traits.organisation.title} (${h.raisedOnMine({date: '3 March 2026'})} ${h.raisedChange.better})`,
    );
  });

  async function twoChecks(key: string): Promise<CoordinatorCheck> {
    let restore = setClock('2026-03-03T10:00:00.000Z');
    try {
      const el = await remembered(key);
      await answerAll(el, WEEK_1);
      await submit(el);
      el.remove();
    } finally {
      restore();
    }
    restore = setClock('2026-03-10T10:00:00.000Z');
    try {
      const el = await remembered(key);
      await answerAll(el, WEEK_2);
      await submit(el);
      return el;
    } finally {
      restore();
    }
  }

  it('keeps "Your past checks" closed at first, with the number kept', async () => {
    const el = await twoChecks(freshKey());
    const details = $<HTMLDetailsElement>(el, 'details.history')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent.trim()).to.equal(`${h.heading} (2)`);
  });

  it('lists past checks to open, with what was agreed, and deletes one', async () => {
    const key = freshKey();
    const el = await twoChecks(key);
    await openHistory(el);
    const items = $$(el, '.past-checks li > span').map((s) => s.textContent.trim());
    expect(items).to.deep.equal([h.item({date: longDate('2026-03-10T10:00:00.000Z')}), h.item({date: longDate('2026-03-03T10:00:00.000Z')})]);
    const openOld = $$(el, '.past-checks li')[1].querySelector('button')!;
    expect(openOld.textContent.replace(/\s+/g, ' ').trim()).to.equal(`${h.open} ${h.which({date: longDate('2026-03-03T10:00:00.000Z')})}`);
    openOld.click();
    await el.updateComplete;
    expectFocusOn($(el, '.past-check .heading'));
    expect($(el, '.past-check')!.textContent).to.contain(en.verdict[scoreAnswers(traits, answersOf(WEEK_1)).verdict](words));

    const del = $$(el, '.past-checks li')[1].querySelectorAll('button')[1];
    del.click();
    await el.updateComplete;
    expect($$(el, '.past-checks li')).to.have.length(1);
    expect($(el, '.past-check'), 'the deleted check closes').to.equal(null);
    expect($(el, '.history [role="status"]')!.textContent.trim()).to.equal(h.removed({date: longDate('2026-03-03T10:00:00.000Z')}));
    expect(stored(key)!.history.map((c) => c.at)).to.deep.equal(['2026-03-10T10:00:00.000Z']);
  });

  it('deletes all past checks only once the person confirms, and keeps the answers', async () => {
    const key = freshKey();
    const el = await twoChecks(key);
    await openHistory(el);
    button(el, h.clear).click();
    await el.updateComplete;
    expectFocusOn($(el, '.history .confirm p'));
    button(el, h.clearNo).click();
    await el.updateComplete;
    expect(stored(key)!.history).to.have.length(2);
    button(el, h.clear).click();
    await el.updateComplete;
    button(el, h.clearYes).click();
    await el.updateComplete;
    expect(stored(key)!.history).to.deep.equal([]);
    const record = JSON.parse(localStorage.getItem(storageName(key))!) as {answers: object};
    expect(Object.keys(record.answers), 'the answers stay').to.have.length(12);
    expect($(el, '.history [role="status"]')!.textContent.trim()).to.equal(h.cleared);
  });

  it('moves to another device: export, then import, gives the same history', async () => {
    const key = freshKey();
    const el = await twoChecks(key);
    await openHistory(el);
    const blobs: Blob[] = [];
    const names: string[] = [];
    const url = Object.getOwnPropertyDescriptor(URL, 'createObjectURL')!;
    const click = Object.getOwnPropertyDescriptor(HTMLAnchorElement.prototype, 'click') ?? {value: undefined};
    const create = URL.createObjectURL.bind(URL);
    Object.defineProperty(URL, 'createObjectURL', {configurable: true, value: (blob: Blob) => (blobs.push(blob), create(blob))});
    Object.defineProperty(HTMLAnchorElement.prototype, 'click', {
      configurable: true,
      value(this: HTMLAnchorElement) {
        names.push(this.download);
      },
    });
    try {
      button(el, h.exportFile).click();
    } finally {
      Object.defineProperty(URL, 'createObjectURL', url);
      if (click.value === undefined) delete (HTMLAnchorElement.prototype as {click?: unknown}).click;
      else Object.defineProperty(HTMLAnchorElement.prototype, 'click', click);
    }
    expect(names[0]).to.match(/^coordinator-check-history-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await blobs[0].text();

    const other = freshKey();
    const there = await remembered(other);
    await openHistory(there);
    expect($$(there, '.past-checks li'), 'nothing here yet').to.have.length(0);
    expect($(there, '.history')!.textContent).to.contain(h.none);
    const input = $<HTMLInputElement>(there, '.history input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'history.json', {type: 'application/json'}));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await new Promise((r) => setTimeout(r, 50));
    await there.updateComplete;
    expect($(there, '.history [role="status"]')!.textContent.trim()).to.equal(h.imported({count: 2}));
    expect(stored(other)!.history).to.deep.equal(stored(key)!.history);
    expect($$(there, '.past-checks li')).to.have.length(2);
  });

  it('refuses a corrupt file, changes nothing, and says so', async () => {
    const key = freshKey();
    // Each element takes its console at creation: caught from the start.
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const el = await twoChecks(key);
      await openHistory(el);
      await openHistory(el);
      const before = localStorage.getItem(storageName(key));
      const input = $<HTMLInputElement>(el, '.history input[type="file"]')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File(['{"type": "coordinator-check-history", "v": 1, "checks": [{"at": "nope"}]}'], 'h.json'));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect($(el, '.history [role="status"]')!.textContent.trim()).to.equal(h.importFailed);
      expect(localStorage.getItem(storageName(key))).to.equal(before);
      expect(warnings.flat().join(' ')).to.match(/checks\[0\]\.at should be a date/);
    } finally {
      console.warn = warn;
    }
  });

  it('upgrades a version 1 record without losing an answer or a note', async () => {
    const key = freshKey();
    const answers = answersOf(WEEK_1);
    localStorage.setItem(storageName(key), JSON.stringify({v: 1, answers, notes: {listening: 'kept'}}));
    const el = await remembered(key);
    await submit(el);
    const record = JSON.parse(localStorage.getItem(storageName(key))!) as {v: number; answers: object; notes: object; history: PastCheck[]};
    expect(record.v).to.equal(2);
    expect(record.answers).to.deep.equal(answers);
    expect(record.notes).to.deep.equal({listening: 'kept'});
    expect(record.history).to.have.length(1);
  });

  it('leaves a record with a past check it cannot read alone, and does not save over it', async () => {
    const key = freshKey();
    const raw = JSON.stringify({v: 2, answers: {}, notes: {}, history: [{at: 'soon', verdict: 'good', traits: {}, agenda: [], agreed: {}}]});
    localStorage.setItem(storageName(key), raw);
    const el = await remembered(key);
    await answerAll(el, WEEK_1);
    await submit(el);
    expect(localStorage.getItem(storageName(key))).to.equal(raw);
    expect($(el, '.saved')!.textContent).to.contain(en.storagePaused);
  });
});

describe('agenda and history pass axe', () => {
  it('on a result with picks, an agreed note, the comparison and an open past check', async () => {
    const key = freshKey();
    let restore = setClock('2026-03-03T10:00:00.000Z');
    try {
      const el = await remembered(key);
      await answerAll(el, WEEK_1);
      await submit(el);
      await pick(el, 'listening');
      el.remove();
    } finally {
      restore();
    }
    restore = setClock('2026-03-10T10:00:00.000Z');
    try {
      const el = await remembered(key);
      await answerAll(el, WEEK_2);
      await submit(el);
      await pick(el, 'listening', 'approachable', 'accessible');
      await openHistory(el);
      $$(el, '.past-checks li')[1].querySelector('button')!.click();
      await el.updateComplete;
      expect($(el, '.since')).to.not.equal(null);
      // After the appointment: what was agreed about the check that raised it, kept with that check.
      const agreed = $<HTMLTextAreaElement>(el, '.past-check textarea')!;
      expect(agreed.labels[0].textContent.trim()).to.equal(en.agenda.agreedLabel({trait: en.traits.listening.title}));
      agreed.value = 'A care plan review in April.';
      agreed.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(stored(key)!.history[1].agreed).to.deep.equal({listening: 'A care plan review in April.'});
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });
});
