import {expect, html} from '@open-wc/testing';
import fc from 'fast-check';
import {britishDate, localDay} from '../src/model/dates.js';
import {mergeChecks, type PastCheck} from '../src/model/history.js';
import {answerAll, dateLine, renderCheck, submit} from './helpers.js';

// The widget words English dates itself (Intl's first date costs a throttled phone 150-230 ms on
// "See my results"): it must say exactly what Intl's en-GB long date says, on every day.
describe('dates without Intl', () => {
  it('writes a date as the NHS does, the way Intl en-GB does', () => {
    const cases: [Date, string][] = [
      [new Date(2026, 11, 2), '2 December 2026'],
      [new Date(2027, 0, 31, 23, 59), '31 January 2027'],
      [new Date(2028, 1, 29), '29 February 2028'],
      [new Date(2026, 8, 9, 0, 0, 1), '9 September 2026'],
    ];
    for (const [date, words] of cases) expect([britishDate(date), localDay(date)]).to.deep.equal([words, date.toLocaleDateString('sv')]);
  });

  it('counts the day where the person is: UK summer time, not UTC', () => {
    // web-test-runner.config.mjs runs the browsers on UK time.
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Europe/London');
    const lateInJune = new Date('2026-06-30T23:30:00.000Z');
    expect([britishDate(lateInJune), localDay(lateInJune)]).to.deep.equal(['1 July 2026', '2026-07-01']);
    const lateInDecember = new Date('2026-12-31T23:30:00.000Z');
    expect([britishDate(lateInDecember), localDay(lateInDecember)]).to.deep.equal(['31 December 2026', '2026-12-31']);
  });

  it('keeps one check a day by the UK day: 11:30 pm and 12:30 am on a summer night are two days', () => {
    const check = (at: string): PastCheck => ({at, verdict: 'good', traits: {listening: 'met'}, agenda: [], agreed: {}});
    const evening = [check('2026-06-30T22:30:00.000Z')]; // 11:30 pm on 30 June, BST
    expect(mergeChecks(evening, [check('2026-06-30T23:30:00.000Z')]).added, '12:30 am on 1 July').to.equal(1);
    expect(mergeChecks(evening, [check('2026-06-30T21:00:00.000Z')]).added, '10 pm the same evening').to.equal(0);
  });

  it('agrees with Intl on any local date and time from 1900 to 2200', () => {
    const en = new Intl.DateTimeFormat('en-GB', {dateStyle: 'long'});
    fc.assert(
      fc.property(fc.date({min: new Date(1900, 0, 1), max: new Date(2200, 11, 31), noInvalidDate: true}), (date) => {
        expect(britishDate(date)).to.equal(en.format(date));
        expect(localDay(date)).to.equal(date.toLocaleDateString('sv'));
      }),
      {numRuns: 2000},
    );
  });

  it('leaves a translation’s dates to Intl, in its language', async () => {
    const config = {locales: {cy: {submit: 'Gweld fy nghanlyniadau'}}};
    const el = await renderCheck(html`<coordinator-check layout="single" lang="cy" .config=${config}></coordinator-check>`);
    await answerAll(el, 'yes');
    await submit(el);
    const welsh = new Date().toLocaleDateString('cy', {dateStyle: 'long'});
    expect(welsh).to.not.equal(britishDate(new Date()));
    expect(dateLine(el)).to.contain(welsh);
  });
});
