import {expect} from '@open-wc/testing';
import {CoordinatorCheckResultEvent} from '../src/coordinator-check/events.js';
import type {CheckResult} from '../src/model/types.js';
import {$, answerAll, renderCheck, submit} from './helpers.js';

describe('the coordinator-check-result event', () => {
  it('carries a frozen copy of the result: a listener that writes to it changes neither el.result nor the result shown', async () => {
    const el = await renderCheck();
    const tried: boolean[] = [];
    el.addEventListener('coordinator-check-result', (event) => {
      const detail = event.detail as unknown as {completedAt: string; traits: {status: string}[]; answers: Record<string, string>};
      // Reflect.set reports a refused write instead of throwing inside the listener.
      tried.push(
        Reflect.set(detail, 'completedAt', 'not a date'),
        Reflect.set(detail.traits[0], 'status', 'met'),
        Reflect.set(detail.answers, 'communication-1', 'yes'),
        Reflect.set(detail, 'verdict', 'excellent'),
      );
    });
    await answerAll(el, 'no');
    const before = new Date().toLocaleDateString('en-GB', {dateStyle: 'long'});
    await submit(el);
    await el.updateComplete;
    expect(tried).to.deep.equal([false, false, false, false]);
    expect(el.result!.completedAt).to.match(/^\d{4}-\d\d-\d\dT/);
    expect(el.result!.traits[0].status).to.equal('not-met');
    expect(el.result!.answers['communication-1']).to.equal('no');
    expect(el.result!.verdict).to.equal('falls-short');
    const shown = $(el, '[part~="result"]')!.textContent;
    expect(shown).to.contain(`Checked on ${before}`).and.not.contain('Invalid Date');
    expect($(el, '[part~="verdict"]')!.textContent).not.to.contain('excellent');
  });

  it('is a deep copy, so the element keeps its own result even after the event', () => {
    const result: CheckResult = {
      verdict: 'mixed',
      traits: [{id: 'a', status: 'met', score: 2, max: 2}],
      answers: {'a-1': 'yes'},
      completedAt: '2026-12-02T00:00:00.000Z',
    };
    const event = new CoordinatorCheckResultEvent(result);
    expect(event.detail).to.deep.equal(result);
    expect(event.detail === result || event.detail.traits === result.traits).to.equal(false);
    expect([Object.isFrozen(event.detail), Object.isFrozen(event.detail.traits[0]), Object.isFrozen(event.detail.answers)]).to.deep.equal([
      true,
      true,
      true,
    ]);
    expect(Object.isFrozen(result)).to.equal(false);
  });
});
