import {expect, html} from '@open-wc/testing';
import fc from 'fast-check';
import {britishDate, localDay} from '../src/model/dates.js';
import {answerAll, renderCheck, submit, $} from './helpers.js';

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
    expect($(el, '.result .date')!.textContent).to.contain(welsh);
  });
});
