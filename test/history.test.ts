import {expect, html, waitUntil} from '@open-wc/testing';
import type {CoordinatorCheck} from '../src/coordinator-check/coordinator-check-element.js';
import {en} from '../src/i18n/en.js';
import {
  addCheck,
  previousCheck,
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
import {resolveTraits, roleWords} from '../src/i18n/resolve.js';
import {describeResult, draftText, summaryText} from '../src/i18n/result-view.js';
import {scoreAnswers} from '../src/model/scoring.js';
import type {Answer, TraitStatus} from '../src/model/types.js';
import {buildPrintout} from '../src/platform/print-frame.js';
import {storageName} from '../src/platform/storage.js';
import {$, $$, answerAll, button, expectFocusOn, HEADING, renderCheck, savedLine, section, SOMETIMES, STATEMENTS, submit} from './helpers.js';

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

/** "Your past checks": the disclosure whose summary is that heading, found by the words a person reads. */
const historyPanel = (el: CoordinatorCheck): HTMLDetailsElement | null =>
  $$<HTMLDetailsElement>(el, 'details').find((d) => d.querySelector(':scope > summary')?.textContent.includes(h.heading)) ?? null;
/** The first element in the history panel that matches `selector`. */
const inHistory = <T extends Element = HTMLElement>(el: CoordinatorCheck, selector: string): T | null =>
  historyPanel(el)?.querySelector<T>(selector) ?? null;
/** The past check open in the history panel: the part of it with a heading of its own. */
const openedCheck = (el: CoordinatorCheck): HTMLElement | null =>
  [...(historyPanel(el)?.querySelectorAll<HTMLElement>(':scope > div') ?? [])].find((d) => d.querySelector(`:scope > ${HEADING}`)) ?? null;
/** The past checks listed, one item each. */
const pastChecks = (el: CoordinatorCheck): HTMLElement[] => [...(historyPanel(el)?.querySelectorAll<HTMLElement>(':scope > ul > li') ?? [])];

/** Waits for the history panel's status line to speak (an import reads its file first). */
const historySays = (el: CoordinatorCheck) =>
  waitUntil(() => inHistory(el, '[role="status"]')?.textContent.trim(), 'the history panel says what happened', {timeout: 3000});

/** Opens "Your past checks" (closed at first), as a person would. */
async function openHistory(el: CoordinatorCheck): Promise<void> {
  const details = historyPanel(el)!;
  if (!details.open) details.querySelector<HTMLElement>(':scope > summary')!.click();
  await el.updateComplete;
  expect(details.open).to.equal(true);
}

/**
 * One check as a person does it on a given day: a remembering widget, answered and submitted with
 * the clock stopped at `at`. `during` runs before the clock is set going again.
 */
async function checkOn(
  key: string,
  at: string,
  answers: readonly Answer[],
  during?: (el: CoordinatorCheck) => Promise<void>,
): Promise<CoordinatorCheck> {
  const restore = setClock(at);
  try {
    const el = await remembered(key);
    await answerAll(el, answers);
    await submit(el);
    await during?.(el);
    return el;
  } finally {
    restore();
  }
}

/** "Choose what to talk about first": the result's one group of tick boxes. */
const AGENDA = '[part~="result"] > fieldset';
const pickBox = (el: CoordinatorCheck, traitId: string) => $<HTMLInputElement>(el, `${AGENDA} input[data-trait="${traitId}"]`)!;
async function pick(el: CoordinatorCheck, ...ids: string[]): Promise<void> {
  for (const id of ids) {
    pickBox(el, id).click();
    await el.updateComplete;
  }
}
const groupHeadings = (el: CoordinatorCheck) => $$(el, `[part~="result"] section > ${HEADING}`).map((e) => e.textContent.trim());
const titlesIn = (el: CoordinatorCheck, heading: string) =>
  [...(section(el, heading, $(el, '[part~="result"]')!)?.querySelectorAll('[part~="result"] [part~="trait"] strong') ?? [])].map((e) =>
    e.textContent.trim(),
  );
/** The words of a line about a date, either side of the date. */
const around = (words: (date: {date: string}) => string) => words({date: '\u0000'}).split('\u0000');
/** "How things have changed since your check on ...": the section that heading names, whatever the date. */
const sinceSection = (el: CoordinatorCheck) =>
  $$(el, '[part~="result"] > section').find((s) => s.querySelector(`:scope > ${HEADING}`)?.textContent.trim().startsWith(around(h.since)[0])) ??
  null;
/** Each trait's "On ... you chose this to talk about first" line in the result, by its words. */
const raisedThenLines = (el: CoordinatorCheck) => {
  const [before, after] = around(h.raisedOn);
  return $$(el, '[part~="result"] [part~="trait"] p')
    .map((p) => p.textContent.trim())
    .filter((t) => t.startsWith(before) && t.includes(after));
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
    // Communication is met now, so it is no longer on the agenda; listening stays. Both notes are
    // kept: a note outlives its pick, so ticking again brings it back.
    expect(history[0].agenda).to.deep.equal(['listening']);
    expect({...history[0].agreed}).to.deep.equal({communication: 'agreed communication', listening: 'agreed listening'});
  });

  it('merges a file in: new checks added, known ones left as they are', () => {
    const here = [check('2026-03-10T10:00:00.000Z', ['communication']), check('2026-03-03T10:00:00.000Z')];
    const file = [check('2026-03-10T10:00:00.000Z'), check('2026-03-05T10:00:00.000Z')];
    const merged = mergeChecks(here, file);
    expect(merged.history.map((c) => c.at)).to.deep.equal(['2026-03-10T10:00:00.000Z', '2026-03-05T10:00:00.000Z', '2026-03-03T10:00:00.000Z']);
    expect(merged.history[0].agenda, 'the check already here wins').to.deep.equal(['communication']);
    expect(merged.added).to.equal(1);
  });

  it('keeps one check a day even when a check from a later date is kept, and keeps the order', () => {
    const later = check('2099-01-01T10:00:00.000Z');
    const morning = check('2026-03-03T08:00:00.000Z', ['communication']);
    const {history} = addCheck([later, morning], check('2026-03-03T09:00:00.000Z'));
    expect(history.map((c) => c.at)).to.deep.equal(['2099-01-01T10:00:00.000Z', '2026-03-03T09:00:00.000Z']);
    expect(history[1].agenda, 'the morning pick carried over').to.deep.equal(['communication']);
  });

  it('compares with the newest check from an earlier day, never with one from the same day', () => {
    const history = [check('2026-03-10T09:00:00.000Z'), check('2026-03-10T08:00:00.000Z'), check('2026-03-03T10:00:00.000Z')];
    expect(previousCheck(history, '2026-03-10T09:00:00.000Z')?.at).to.equal('2026-03-03T10:00:00.000Z');
  });

  it('counts what an import added, what it pushed out and what was too old to keep', () => {
    const here = Array.from({length: HISTORY_LIMIT}, (_, i) => check(`2026-04-${String(i + 10).padStart(2, '0')}T10:00:00.000Z`));
    const older = mergeChecks(here, [check('2026-01-01T10:00:00.000Z'), check('2026-01-02T10:00:00.000Z')]);
    expect([older.added, older.removed, older.ignored]).to.deep.equal([0, 0, 2]);
    expect(older.history.map((c) => c.at)).to.deep.equal(here.map((c) => c.at).reverse());
    const newer = mergeChecks(here, [check('2026-05-01T10:00:00.000Z')]);
    expect([newer.added, newer.removed, newer.ignored]).to.deep.equal([1, 1, 0]);
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
    ['an agreed note for a trait the check does not have', file([{...good, agreed: {ghost: 'x'}}]), /checks\[0\]\.agreed\["ghost"\]/],
    ['an agreed note that is too long', file([{...good, agreed: {communication: 'x'.repeat(501)}}]), /checks\[0\]\.agreed/],
    ['the same check twice', file([good, good]), /checks\[1\]\.at is used twice/],
    [
      'a trait picked twice',
      file([{...good, traits: {communication: 'not-met'}, agenda: ['communication', 'communication']}]),
      /checks\[0\]\.agenda/,
    ],
    ['a check from the future', file([{...good, at: '2999-01-01T10:00:00.000Z'}]), /checks\[0\]\.at is in the future/],
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
  it('offers only what is not fully met, and refuses a fourth tick with a line saying why', async () => {
    const el = await renderCheck();
    // Communication met; every other trait partly met, not met or not sure.
    await answerAll(el, WEEK_1);
    await submit(el);
    const offered = $$<HTMLInputElement>(el, `${AGENDA} input[type="checkbox"]`).map((b) => b.dataset.trait);
    expect(offered).to.have.members(['organisation', 'listening', 'approachable', 'accessible']);
    const status = () => $(el, `${AGENDA} [role="status"]`)!.textContent.trim();
    await pick(el, 'listening');
    expect(status()).to.equal(en.agenda.added({trait: en.traits.listening.title}));
    await pick(el, 'accessible', 'organisation');
    // Still in the Tab order, and described by the reason it waits.
    const fourth = pickBox(el, 'approachable');
    expect(fourth.disabled).to.equal(false);
    expect($(el, `#${CSS.escape(fourth.getAttribute('aria-describedby')!)}`)).to.equal($(el, `${AGENDA} [role="status"]`));
    await pick(el, 'approachable');
    expect(fourth.checked, 'a fourth tick is refused').to.equal(false);
    expect(status()).to.equal(en.agenda.full({limit: AGENDA_LIMIT}));
    await pick(el, 'accessible');
    expect(status()).to.equal(en.agenda.removed({trait: en.traits.accessible.title}));
    expect(fourth.hasAttribute('aria-describedby'), 'free again once one is unticked').to.equal(false);
    await pick(el, 'approachable');
    expect(fourth.checked).to.equal(true);
  });

  it('keeps each tick box where it was, and focus on it, as things are picked', async () => {
    const el = await renderCheck();
    await answerAll(el, WEEK_1);
    await submit(el);
    const order = () => $$<HTMLInputElement>(el, `${AGENDA} input[type="checkbox"]`).map((b) => b.dataset.trait);
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
    const draft = $<HTMLTextAreaElement>(el, '[part~="draft"] textarea')!.value;
    expect(draft).to.contain(`${en.draftFirst}\n- ${en.traits.listening.title}\n- ${en.traits.organisation.title}\n`);
    expect(draft.indexOf(en.draftFirst)).to.be.lessThan(draft.indexOf(en.draftRaiseMore));
    expect(draft, 'with picks, the rest is "also"').to.not.contain(en.draftRaise);
  });

  it('keeps "What we agreed" for a picked item, and puts it in the summary and the printout', async () => {
    const el = await renderCheck();
    await answerAll(el, WEEK_1);
    await submit(el);
    await pick(el, 'listening');
    const box = $<HTMLTextAreaElement>(el, `${AGENDA} textarea`)!;
    expect(box.labels[0].textContent.trim()).to.equal(en.agenda.agreedLabel({...words, trait: en.traits.listening.title}));
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
    expect(summary).to.contain(`${en.agenda.headingMine}:\n- ${en.traits.listening.title}: ${en.status[listening]}`);
    expect(summary).to.contain(`${en.agenda.agreed} We will look at my care plan together next time.`);
    const printed = document.implementation.createHTMLDocument('');
    buildPrintout(printed, {doc, strings: en, title: 'Title', date: 'today', lang: 'en'});
    expect(printed.querySelector('h2')!.textContent).to.equal(en.agenda.headingMine);
    expect(printed.body.textContent).to.contain(`${en.agenda.agreed} We will look at my care plan together next time.`);
    // Unticking drops its note too.
    await pick(el, 'listening');
    expect($(el, `${AGENDA} textarea`)).to.equal(null);
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
    expect(historyPanel(el)).to.equal(null);
    expect(Object.keys(localStorage)).to.have.length(before);
    expect(Object.keys(details[0] as object)).to.have.members(['verdict', 'traits', 'answers', 'completedAt']);
  });

  it('compares two checks a week apart, trait by trait, and what was raised then', async () => {
    const key = freshKey();
    const first = '2026-03-03T10:00:00.000Z';
    const firstCheck = await checkOn(key, first, WEEK_1, async (el) => {
      expect(sinceSection(el), 'nothing to compare with yet').to.equal(null);
      await pick(el, 'organisation', 'listening');
    });
    firstCheck.remove();
    // What follows reads what is on screen and stored, not the clock.
    const el = await checkOn(key, '2026-03-10T10:00:00.000Z', WEEK_2);
    expect(sinceSection(el)!.querySelector(HEADING)!.textContent.trim()).to.equal(h.since({date: longDate(first)}));
    const changes = [...sinceSection(el)!.querySelectorAll('li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim());
    expect(changes).to.deep.equal([
      `${en.traits.communication.title}: ${h.change.worse}`,
      `${en.traits.organisation.title}: ${h.change.better}`,
      `${en.traits.listening.title}: ${h.change.same}`,
      `${en.traits.approachable.title}: ${h.change.unsure}`,
      `${en.traits.accessible.title}: ${h.change.same}`,
    ]);
    const raisedThen = raisedThenLines(el);
    expect(raisedThen).to.deep.equal([
      `${h.raisedOn({date: longDate(first)})} ${h.raisedChange.better}`,
      `${h.raisedOn({date: longDate(first)})} ${h.raisedChange.same}`,
    ]);
    const draft = $<HTMLTextAreaElement>(el, '[part~="draft"] textarea')!.value;
    expect(draft).to.contain(`- ${en.traits.listening.title} (${h.raisedOnMine({date: longDate(first)})} ${h.raisedChangeMine.same})`);
    const record = stored(key)!;
    expect(record.v).to.equal(2);
    expect(record.history.map((c) => c.at)).to.deep.equal(['2026-03-10T10:00:00.000Z', first]);
    expect(record.history[1].agenda).to.deep.equal(['organisation', 'listening']);
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
    expect(organisation.raisedThen?.mine).to.equal(`${h.raisedOnMine({date: '3 March 2026'})} ${h.raisedChangeMine.better}`);
    expect(summaryText(doc, en, 'Title', 'today')).to.contain(`  ${h.raisedOnMine({date: '3 March 2026'})} ${h.raisedChangeMine.better}`);
    // Met now: listed as going well in the draft, with the good news that raising it helped.
    expect(draftText(doc, en)).to.contain(
      `${en.draftWell}\n- ${en.traits.organisation.title} (${h.raisedOnMine({date: '3 March 2026'})} ${h.raisedChangeMine.better})`,
    );
  });

  async function twoChecks(key: string): Promise<CoordinatorCheck> {
    (await checkOn(key, '2026-03-03T10:00:00.000Z', WEEK_1)).remove();
    return checkOn(key, '2026-03-10T10:00:00.000Z', WEEK_2);
  }

  it('keeps "Your past checks" closed at first, with the number kept', async () => {
    const el = await twoChecks(freshKey());
    const details = historyPanel(el)!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent.trim()).to.equal(`${h.heading} (2)`);
  });

  it('lists past checks to open, with what was agreed, and deletes one', async () => {
    const key = freshKey();
    const el = await twoChecks(key);
    await openHistory(el);
    const items = pastChecks(el)
      .map((li) => li.querySelector(':scope > span')!)
      .map((s) => s.textContent.trim());
    expect(items).to.deep.equal([
      `${h.item({date: longDate('2026-03-10T10:00:00.000Z')})} ${h.thisCheck}`,
      h.item({date: longDate('2026-03-03T10:00:00.000Z')}),
    ]);
    const openOld = pastChecks(el)[1].querySelector('button')!;
    expect(openOld.textContent.replace(/\s+/g, ' ').trim()).to.equal(`${h.open} ${h.which({date: longDate('2026-03-03T10:00:00.000Z')})}`);
    openOld.click();
    await el.updateComplete;
    expectFocusOn(openedCheck(el)?.querySelector(HEADING));
    expect(openedCheck(el)!.textContent).to.contain(en.verdict[scoreAnswers(traits, answersOf(WEEK_1)).verdict](words));

    const del = pastChecks(el)[1].querySelectorAll('button')[1];
    del.click();
    await el.updateComplete;
    expectFocusOn(inHistory(el, '[role="group"] p'));
    expect(inHistory(el, '[role="group"] p')!.textContent.trim()).to.equal(h.removeConfirm({date: longDate('2026-03-03T10:00:00.000Z')}));
    button(el, h.removeNo).click();
    await el.updateComplete;
    expectFocusOn(openOld, 'back on that check');
    expect(stored(key)!.history).to.have.length(2);
    del.click();
    await el.updateComplete;
    button(el, h.removeYes).click();
    await el.updateComplete;
    expect(pastChecks(el)).to.have.length(1);
    expect(openedCheck(el), 'the deleted check closes').to.equal(null);
    expect(inHistory(el, '[role="status"]')!.textContent.trim()).to.equal(h.removed({date: longDate('2026-03-03T10:00:00.000Z')}));
    expect(stored(key)!.history.map((c) => c.at)).to.deep.equal(['2026-03-10T10:00:00.000Z']);
  });

  it('deletes all past checks only once the person confirms, and keeps the answers', async () => {
    const key = freshKey();
    const el = await twoChecks(key);
    await openHistory(el);
    button(el, h.clear).click();
    await el.updateComplete;
    expectFocusOn(inHistory(el, '[role="group"] p'));
    button(el, h.clearNo).click();
    await el.updateComplete;
    expectFocusOn(button(el, h.clear), 'back on the button, never on the page');
    expect(stored(key)!.history).to.have.length(2);
    button(el, h.clear).click();
    await el.updateComplete;
    button(el, h.clearYes).click();
    await el.updateComplete;
    expect(stored(key)!.history).to.deep.equal([]);
    const record = JSON.parse(localStorage.getItem(storageName(key))!) as {answers: object};
    expect(Object.keys(record.answers), 'the answers stay').to.have.length(12);
    expect(inHistory(el, '[role="status"]')!.textContent.trim()).to.equal(h.cleared);
  });

  it('words what the last action said in the language on screen, so a change of language rewords it', async () => {
    const key = freshKey();
    const el = await twoChecks(key);
    await openHistory(el);
    pastChecks(el)[1].querySelectorAll('button')[1].click();
    await el.updateComplete;
    button(el, h.removeYes).click();
    await el.updateComplete;
    const status = () => inHistory(el, '[role="status"]')!.textContent.trim();
    expect(status()).to.equal(h.removed({date: longDate('2026-03-03T10:00:00.000Z')}));
    el.config = {locales: {cy: {history: {removed: 'Cafodd eich gwiriad ar {date} ei ddileu.'}}}};
    el.setAttribute('lang', 'cy');
    await el.updateComplete;
    // The date in the translation's own words, from Intl.
    const date = new Date('2026-03-03T10:00:00.000Z').toLocaleDateString('cy', {dateStyle: 'long'});
    expect(status()).to.equal(`Cafodd eich gwiriad ar ${date} ei ddileu.`);
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
    expect(pastChecks(there), 'nothing here yet').to.have.length(0);
    expect(historyPanel(there)!.textContent).to.contain(h.none);
    const input = inHistory<HTMLInputElement>(there, 'input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'history.json', {type: 'application/json'}));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await historySays(there);
    expect(inHistory(there, '[role="status"]')!.textContent.trim()).to.equal(h.imported({count: 2}));
    expect(stored(other)!.history).to.deep.equal(stored(key)!.history);
    expect(pastChecks(there)).to.have.length(2);
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
      const input = inHistory<HTMLInputElement>(el, 'input[type="file"]')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File(['{"type": "coordinator-check-history", "v": 1, "checks": [{"at": "nope"}]}'], 'h.json'));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
      await historySays(el);
      expect(inHistory(el, '[role="status"]')!.textContent.trim()).to.equal(h.importFailed);
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
    expect(savedLine(el)!.textContent).to.contain(en.storagePaused);
  });
});

describe('past checks are never lost, copied or brought back by accident', () => {
  const seed = (key: string, history: PastCheck[], answers: object = {}) =>
    localStorage.setItem(storageName(key), JSON.stringify({v: 2, answers, notes: {}, history}));
  const oldCheck: PastCheck = {
    at: '2026-03-03T10:00:00.000Z',
    verdict: 'mixed',
    traits: {communication: 'met', organisation: 'partly-met', listening: 'not-met', approachable: 'unsure', accessible: 'met'},
    agenda: ['listening'],
    agreed: {listening: 'A review in April.'},
  };

  it('says so when a record left without remember holds past checks, and clears them only when asked', async () => {
    const key = freshKey();
    seed(key, [oldCheck]);
    const el = await renderCheck(html`<coordinator-check storage-key=${key} layout="single"></coordinator-check>`);
    expect(savedLine(el)!.textContent).to.contain(en.savedEarlierChecks);
    expect(stored(key)!.history, 'only a look').to.deep.equal([oldCheck]);
    button(el, en.clearSaved).click();
    await el.updateComplete;
    expect(localStorage.getItem(storageName(key))).to.equal(null);
  });

  it('keeps stored past checks when remember is turned on after the widget started', async () => {
    const key = freshKey();
    seed(key, [oldCheck]);
    const el = await renderCheck(html`<coordinator-check storage-key=${key} layout="single"></coordinator-check>`);
    el.remember = true;
    await el.updateComplete;
    await answerAll(el, WEEK_1);
    expect(stored(key)!.history).to.deep.equal([oldCheck]);
    await openHistory(el);
    expect(pastChecks(el)).to.have.length(1);
  });

  it('keeps stored past checks when remember is turned off and on again', async () => {
    const key = freshKey();
    seed(key, [oldCheck]);
    const el = await remembered(key);
    el.remember = false;
    await el.updateComplete;
    el.remember = true;
    await el.updateComplete;
    await answerAll(el, WEEK_1);
    expect(stored(key)!.history).to.deep.equal([oldCheck]);
  });

  it("does not copy one storage key's past checks into another's", async () => {
    const [a, b] = [freshKey(), freshKey()];
    seed(a, [oldCheck]);
    const el = await remembered(a);
    el.storageKey = b;
    await el.updateComplete;
    await answerAll(el, WEEK_1);
    expect(stored(b)!.history, 'the new key has its own, none').to.deep.equal([]);
    expect(stored(a)!.history).to.deep.equal([oldCheck]);
  });

  async function otherWindowWrites(key: string, record: object | null): Promise<void> {
    const raw = record === null ? null : JSON.stringify(record);
    if (raw === null) localStorage.removeItem(storageName(key));
    else localStorage.setItem(storageName(key), raw);
    window.dispatchEvent(new StorageEvent('storage', {key: storageName(key), newValue: raw, storageArea: localStorage}));
    await new Promise((r) => setTimeout(r));
  }

  it('honours past checks deleted in another window, and does not write them back', async () => {
    const key = freshKey();
    seed(key, [oldCheck]);
    const el = await remembered(key);
    await otherWindowWrites(key, null);
    await el.updateComplete;
    await answerAll(el, WEEK_1);
    expect(stored(key)!.history).to.deep.equal([]);
  });

  it("keeps another window's new check, whichever answers the person keeps", async () => {
    const key = freshKey();
    seed(key, [oldCheck]);
    const el = await remembered(key);
    await answerAll(el, WEEK_1);
    const theirs = {...oldCheck, at: '2026-03-05T10:00:00.000Z', agenda: [], agreed: {}};
    await otherWindowWrites(key, {v: 2, answers: {'communication-1': 'no'}, notes: {}, history: [theirs, oldCheck]});
    await el.updateComplete;
    button(el, en.storageKeep).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(stored(key)!.history.map((c) => c.at)).to.deep.equal([theirs.at, oldCheck.at]);
  });

  it("keeps the check just made here when the person loads another window's answers", async () => {
    const key = freshKey();
    const el = await remembered(key);
    await answerAll(el, WEEK_1);
    await submit(el);
    const mine = stored(key)!.history[0];
    // The other window saved before this one's write reached it: the offer stands, and nothing is written.
    await otherWindowWrites(key, {v: 2, answers: {'communication-1': 'no'}, notes: {}, history: [oldCheck]});
    await el.updateComplete;
    button(el, en.storageLoad).click();
    await el.updateComplete;
    await el.updateComplete;
    await answerAll(el, WEEK_1);
    expect(stored(key)!.history.map((c) => c.at)).to.deep.equal([mine.at, oldCheck.at]);
  });

  it('reads nothing inherited: a polluted Object.prototype does not fill "What we agreed"', async () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.listening = 5;
    try {
      const el = await renderCheck();
      await answerAll(el, WEEK_1);
      await submit(el);
      await pick(el, 'listening');
      expect($<HTMLTextAreaElement>(el, `${AGENDA} textarea`)!.value).to.equal('');
      expect($(el, '[part~="result"]'), 'the result still renders').to.not.equal(null);
    } finally {
      delete proto.listening;
    }
  });

  it('refuses a huge file without reading it', async () => {
    const key = freshKey();
    const el = await remembered(key);
    await openHistory(el);
    let read = false;
    // A File reads through Blob.prototype.text: an own method on File.prototype stands in, and goes after.
    const files = File.prototype as {text?: () => Promise<string>};
    files.text = function (this: File) {
      read = true;
      return Blob.prototype.text.call(this);
    };
    const input = inHistory<HTMLInputElement>(el, 'input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(800_001)], 'big.json'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await historySays(el);
    delete files.text;
    expect(read).to.equal(false);
    expect(inHistory(el, '[role="status"]')!.textContent.trim()).to.equal(h.importFailed);
  });

  /** Twelve checks kept, 21 April back to 10 April, and a file with a newer one that would push out the oldest. */
  async function fullHistory() {
    const key = freshKey();
    const twelve = Array.from({length: HISTORY_LIMIT}, (_, i) => ({
      ...oldCheck,
      at: `2026-04-${String(21 - i).padStart(2, '0')}T10:00:00.000Z`,
    }));
    seed(key, twelve);
    const el = await remembered(key);
    await openHistory(el);
    const input = inHistory<HTMLInputElement>(el, 'input[type="file"]')!;
    const choose = async () => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([exportHistory([{...oldCheck, at: '2026-05-01T10:00:00.000Z'}])], 'h.json'));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
      await waitUntil(() => inHistory(el, '[role="group"]'), 'the question is asked', {timeout: 3000});
      await el.updateComplete;
    };
    return {key, twelve, el, input, choose};
  }
  const question = (el: CoordinatorCheck) => inHistory(el, '[role="group"] p')?.textContent.trim();
  const oneGoes = h.importConfirm({limit: HISTORY_LIMIT, count: 1, from: '10 April 2026', to: '10 April 2026'});

  it('asks before a file pushes out checks kept here, naming them, and changes nothing until the person says yes', async () => {
    const {key, twelve, el, input, choose} = await fullHistory();
    const before = localStorage.getItem(storageName(key));

    await choose();
    expect(question(el)).to.equal(oneGoes);
    expect(oneGoes).to.contain('delete your check on 10 April 2026');
    expectFocusOn(inHistory(el, '[role="group"] p'), 'the question takes focus');
    expect(localStorage.getItem(storageName(key)), 'nothing changed while it asks').to.equal(before);
    expect(pastChecks(el)).to.have.length(HISTORY_LIMIT);
    button(el, h.importNo).click();
    await el.updateComplete;
    expect(localStorage.getItem(storageName(key)), 'No changes nothing').to.equal(before);
    expect(inHistory(el, '[role="group"]')).to.equal(null);
    expect(inHistory(el, '[role="status"]')!.textContent.trim()).to.equal(h.importCancelled);
    expectFocusOn(input, 'back to the file input');

    await choose();
    button(el, h.importYes({count: 1})).click();
    await el.updateComplete;
    expect(stored(key)!.history.map((c) => c.at.slice(0, 10))).to.deep.equal([
      '2026-05-01',
      ...twelve.slice(0, HISTORY_LIMIT - 1).map((c) => c.at.slice(0, 10)),
    ]);
    expect(inHistory(el, '[role="status"]')!.textContent.trim()).to.equal(h.imported({count: 1}));
    expect(historyPanel(el)!.textContent).to.contain(h.dropped({limit: HISTORY_LIMIT, count: 1}));
    expectFocusOn(historyPanel(el)!.querySelector(':scope > summary'), 'to the heading, as after every yes');
  });

  it('names every check that would go, oldest first, and says yes in the same numbers', () => {
    const text = h.importConfirm({limit: HISTORY_LIMIT, count: 3, from: '10 April 2026', to: '12 April 2026'});
    expect(text).to.contain('delete your 3 oldest checks from this device. These are your checks between 10 April 2026 and 12 April 2026.');
    expect([h.importYes({count: 1}), h.importYes({count: 3})]).to.deep.equal([
      'Yes, add the file and delete 1 check',
      'Yes, add the file and delete 3 checks',
    ]);
  });

  it('asks again when another window adds checks while it asks, so a check it did not name would go', async () => {
    const {key, twelve, el, choose} = await fullHistory();
    await choose();
    expect(question(el)).to.equal(oneGoes);
    // Another window adds a check on 30 April, pushing out 10 April there: the file's would now push out 11 April.
    const more = [{...oldCheck, at: '2026-04-30T10:00:00.000Z'}, ...twelve.slice(0, HISTORY_LIMIT - 1)];
    await otherWindowWrites(key, {v: 2, answers: {}, notes: {}, history: more});
    await el.updateComplete;
    button(el, h.importYes({count: 1})).click();
    await el.updateComplete;
    expect(question(el)).to.equal(h.importConfirm({limit: HISTORY_LIMIT, count: 1, from: '11 April 2026', to: '11 April 2026'}));
    expectFocusOn(inHistory(el, '[role="group"] p'), 'the new question takes focus');
    expect(stored(key)!.history.map((c) => c.at)).to.deep.equal(more.map((c) => c.at));
  });

  it('drops the file when the person asks to delete something instead, and says it was not added', async () => {
    const {key, el, choose} = await fullHistory();
    const before = localStorage.getItem(storageName(key));
    await choose();
    button(el, h.clear).click();
    await el.updateComplete;
    expect(question(el)).to.equal(h.clearConfirm);
    expect(inHistory(el, '[role="status"]')!.textContent.trim()).to.equal(h.importCancelled);
    button(el, h.clearNo).click();
    await el.updateComplete;
    expect(localStorage.getItem(storageName(key))).to.equal(before);
  });

  it('says when every check in a file is older than the twelve kept', async () => {
    const key = freshKey();
    const twelve = Array.from({length: HISTORY_LIMIT}, (_, i) => ({
      ...oldCheck,
      at: `2026-04-${String(i + 10).padStart(2, '0')}T10:00:00.000Z`,
    }));
    seed(key, twelve);
    const el = await remembered(key);
    await openHistory(el);
    const input = inHistory<HTMLInputElement>(el, 'input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([exportHistory([oldCheck])], 'h.json'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await historySays(el);
    expect(inHistory(el, '[role="status"]')!.textContent.trim()).to.equal(h.importedOlder);
    expect(historyPanel(el)!.textContent, 'nothing here was removed').to.not.contain(h.dropped({limit: HISTORY_LIMIT, count: 1}));
  });
});

describe('agenda and history pass axe', () => {
  it('on a result with picks, an agreed note, the comparison and an open past check', async () => {
    const key = freshKey();
    (await checkOn(key, '2026-03-03T10:00:00.000Z', WEEK_1, (el) => pick(el, 'listening'))).remove();
    await checkOn(key, '2026-03-10T10:00:00.000Z', WEEK_2, async (el) => {
      await pick(el, 'listening', 'approachable', 'accessible');
      await openHistory(el);
      pastChecks(el)[1].querySelector('button')!.click();
      await el.updateComplete;
      expect(sinceSection(el)).to.not.equal(null);
      // After the appointment: what was agreed about the check that raised it, kept with that check.
      const agreed = openedCheck(el)!.querySelector('textarea')!;
      expect(agreed.labels[0].textContent.trim()).to.equal(en.agenda.agreedLabel({...words, trait: en.traits.listening.title}));
      agreed.value = 'A care plan review in April.';
      agreed.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(stored(key)!.history[1].agreed).to.deep.equal({listening: 'A care plan review in April.'});
      const ids = $$(el, '[id]').map((e) => e.id);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        'every id once',
      ).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });
});
