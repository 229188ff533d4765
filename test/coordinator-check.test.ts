import {expect, html} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import {CoordinatorCheck} from '../src/coordinator-check-element.js';
import {CoordinatorCheckResultEvent} from '../src/events.js';
import {en} from '../src/locales/en.js';
import {BUILT_IN_TRAIT_IDS} from '../src/model/traits.js';
import {ANSWERS} from '../src/model/types.js';
import {$, $$, answer, answerAll, button, collectResults, deepActiveElement, renderCheck, statementIds, submit} from './helpers.js';

describe('<coordinator-check>', () => {
  describe('the form', () => {
    it('shows the five traits, each a fieldset with a legend, and ten radio groups', async () => {
      const el = await renderCheck();
      const traits = $$(el, 'fieldset.trait');
      expect(traits).to.have.length(5);
      expect(traits.map((f) => f.querySelector(':scope > legend')!.textContent.replace(/\s+/g, ' ').trim())).to.deep.equal(
        BUILT_IN_TRAIT_IDS.map((id, i) => `${i + 1}. ${en.traits[id].title}`),
      );
      const statements = $$(el, 'fieldset.statement');
      expect(statements).to.have.length(10);
      for (const group of statements) {
        expect(group.querySelector(':scope > legend')!.textContent.trim()).not.to.equal('');
        const radios = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
        expect(radios.map((r) => r.closest('label')!.textContent.trim())).to.deep.equal(['Yes', 'Sometimes', 'No', 'Not sure']);
        expect(new Set(radios.map((r) => r.name)).size).to.equal(1);
      }
      expect(new Set($$<HTMLInputElement>(el, 'input').map((r) => r.name)).size).to.equal(10);
    });

    it('gives radio groups names that differ between two instances on one page', async () => {
      const wrapper = await renderCheck(html`<div><coordinator-check></coordinator-check><coordinator-check></coordinator-check></div>`);
      const [a, b] = [...(wrapper as unknown as HTMLElement).querySelectorAll('coordinator-check')] as CoordinatorCheck[];
      await a.updateComplete;
      await b.updateComplete;
      const names = (el: CoordinatorCheck) => new Set($$<HTMLInputElement>(el, 'input').map((r) => r.name));
      const both = [...names(a)].filter((n) => names(b).has(n));
      expect(names(a).size).to.equal(10);
      expect(both).to.deep.equal([]);
    });

    it('counts answers as they are given', async () => {
      const el = await renderCheck();
      expect($(el, '.progress')!.textContent.trim()).to.equal('0 of 10 answered');
      const [first, second] = statementIds(el);
      await answer(el, first, 'yes');
      await answer(el, second, 'not-sure');
      await answer(el, first, 'no');
      expect($(el, '.progress')!.textContent.trim()).to.equal('2 of 10 answered');
      expect($(el, '.progress')!.getAttribute('role')).to.equal('status');
    });

    it('can be completed with the keyboard alone', async () => {
      const before = document.createElement('button');
      before.textContent = 'before';
      const el = await renderCheck();
      el.before(before);
      const results = collectResults(el);
      before.focus();
      // Tab from control to control, past each optional note, answering every radio group on the way.
      let answered = 0;
      for (let presses = 0; presses < 40 && deepActiveElement() !== $(el, 'button[type="submit"]'); presses++) {
        await sendKeys({press: 'Tab'});
        if ((deepActiveElement() as HTMLInputElement).type !== 'radio') continue;
        // The first statement gets "Sometimes" by arrow key; the rest "Yes" by Space.
        await sendKeys({press: answered++ === 0 ? 'ArrowRight' : ' '});
      }
      await el.updateComplete;
      expect(answered).to.equal(10);
      expect($(el, '.progress')!.textContent.trim()).to.equal('10 of 10 answered');
      expect(deepActiveElement()).to.equal($(el, 'button[type="submit"]'));
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(results).to.have.length(1);
      const detail = (results[0] as CoordinatorCheckResultEvent).detail;
      expect(detail.answers).to.deep.include({'communication-1': 'sometimes', 'communication-2': 'yes'});
      expect(detail.traits[0]).to.deep.equal({id: 'communication', status: 'partly-met', score: 3, max: 4});
      before.remove();
    });

    it('does not move on by itself after an answer', async () => {
      const el = await renderCheck();
      const [first] = statementIds(el);
      const radio = $$<HTMLInputElement>(el, 'input').find((r) => r.dataset.statement === first)!;
      radio.focus();
      radio.click();
      await el.updateComplete;
      expect(deepActiveElement()).to.equal(radio);
    });
  });

  describe('submitting with answers missing', () => {
    it('shows an error summary linking to each unanswered statement, focuses it, and fires no event', async () => {
      const el = await renderCheck();
      const results = collectResults(el);
      const ids = statementIds(el);
      for (const id of ids.slice(0, 7)) await answer(el, id, 'yes');
      await submit(el);
      const summary = $(el, '.error-summary')!;
      expect(summary).to.exist;
      expect(summary.textContent).to.contain('There is a problem');
      expect(deepActiveElement()).to.equal(summary);
      const links = [...summary.querySelectorAll('a')];
      expect(links).to.have.length(3);
      expect($$(el, '.statement.invalid .error-message')).to.have.length(3);
      expect(results).to.have.length(0);
      expect(el.result).to.equal(undefined);
    });

    it('moves focus to the statement when its link is followed', async () => {
      const el = await renderCheck();
      await submit(el);
      const link = $$<HTMLAnchorElement>(el, '.error-summary a')[2];
      link.click();
      const third = statementIds(el)[2];
      const focused = deepActiveElement() as HTMLInputElement;
      expect(focused.dataset.statement).to.equal(third);
      expect(location.hash).not.to.contain('coordinator-check');
    });

    it('clears the error beside a statement once it is answered', async () => {
      const el = await renderCheck();
      await submit(el);
      await answer(el, statementIds(el)[0], 'no');
      expect($$(el, '.statement.invalid')).to.have.length(9);
      expect($$(el, '.error-summary a')).to.have.length(9);
    });
  });

  describe('submitting a complete check', () => {
    it('fires one result event with a typed detail, and shows the result with focus on its heading', async () => {
      const el = await renderCheck();
      const results = collectResults(el);
      let bubbledToDocument = 0;
      const onDocument = () => bubbledToDocument++;
      document.addEventListener('coordinator-check-result', onDocument);
      await answerAll(el, ['yes', 'yes', 'yes', 'no', 'no', 'no', 'sometimes', 'yes', 'not-sure', 'not-sure']);
      await submit(el);
      document.removeEventListener('coordinator-check-result', onDocument);

      expect(results).to.have.length(1);
      expect(bubbledToDocument).to.equal(1);
      const event = results[0] as CoordinatorCheckResultEvent;
      expect(event).to.be.instanceOf(CoordinatorCheckResultEvent);
      expect(event.composed).to.equal(true);
      expect(Object.keys(event.detail).sort()).to.deep.equal(['answers', 'completedAt', 'traits', 'verdict']);
      expect(event.detail.verdict).to.equal('mixed');
      expect(event.detail.traits).to.deep.equal([
        {id: 'communication', status: 'met', score: 4, max: 4},
        {id: 'organisation', status: 'partly-met', score: 2, max: 4},
        {id: 'listening', status: 'not-met', score: 0, max: 4},
        {id: 'approachable', status: 'partly-met', score: 3, max: 4},
        {id: 'accessible', status: 'unsure', score: 0, max: 0},
      ]);
      expect(Object.keys(event.detail.answers)).to.have.length(10);
      expect(Number.isNaN(Date.parse(event.detail.completedAt))).to.equal(false);
      expect(el.result).to.deep.equal(event.detail);

      const heading = $(el, '.result .heading')!;
      expect(deepActiveElement()).to.equal(heading);
      expect(heading.textContent).to.equal('Your results');
      const text = $(el, '.result')!.textContent;
      expect(text).to.contain('Going well');
      expect(text).to.contain('Could be better');
      expect(text).to.contain('Not sure yet');
      expect(text).to.contain('PALS');
      expect(text).to.contain('116 123');
    });

    it('names each trait with its status in words, and gives suggested words for the ones that fall short', async () => {
      const el = await renderCheck();
      await answerAll(el, ['yes', 'yes', 'no', 'no', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes']);
      await submit(el);
      const rows = $$(el, '.trait-result');
      expect(rows).to.have.length(5);
      const organisation = rows.find((r) => r.textContent.includes(en.traits.organisation.title))!;
      expect(organisation.querySelector('.status')!.textContent.trim()).to.equal('Not met');
      expect(organisation.querySelectorAll('.suggestions li')).to.have.length(en.traits.organisation.suggestions.length);
      const met = rows.filter((r) => r.querySelector('.status')!.textContent.trim() === 'Met');
      expect(met).to.have.length(4);
      expect(met.every((r) => !r.querySelector('.suggestions'))).to.equal(true);
      expect($$(el, '.steps li')).to.have.length(3);
    });

    it('calls an all-Yes co-ordinator excellent', async () => {
      const el = await renderCheck();
      const results = collectResults(el);
      await answerAll(el, 'yes');
      await submit(el);
      expect((results[0] as CoordinatorCheckResultEvent).detail.verdict).to.equal('excellent');
      expect($(el, '.verdict')!.textContent).to.contain('excellent');
    });

    it('keeps the answers when the person chooses to change them', async () => {
      const el = await renderCheck();
      await answerAll(el, 'sometimes');
      await submit(el);
      button(el, en.changeAnswers).click();
      await el.updateComplete;
      expect($$(el, 'fieldset.trait')).to.have.length(5);
      const checked = $$<HTMLInputElement>(el, 'input:checked');
      expect(checked).to.have.length(10);
      expect(checked.every((r) => r.value === 'sometimes')).to.equal(true);
      expect(deepActiveElement()).to.equal($(el, '.base > .heading'));
    });

    it('clears everything when the person starts again, without an event', async () => {
      const el = await renderCheck();
      await answerAll(el, 'no');
      await submit(el);
      const results = collectResults(el);
      button(el, en.startAgain).click();
      await el.updateComplete;
      expect($$(el, 'input:checked')).to.have.length(0);
      expect(el.result).to.equal(undefined);
      expect(results).to.have.length(0);
    });
  });

  describe('the host page', () => {
    it('gets no event from reset() or from setting properties', async () => {
      const el = await renderCheck();
      const results = collectResults(el);
      await answerAll(el, 'yes');
      el.roleName = 'key worker';
      el.region = 'wales';
      el.headingLevel = 3;
      await el.updateComplete;
      el.reset();
      await el.updateComplete;
      expect(results).to.have.length(0);
      expect($$(el, 'input:checked')).to.have.length(0);
    });

    it('cannot overwrite the result', async () => {
      const el = await renderCheck();
      expect(() => ((el as unknown as {result: unknown}).result = {verdict: 'excellent'})).to.throw();
      expect(el.result).to.equal(undefined);
    });

    it('can call define() again, under the same or another tag, without an error', async () => {
      CoordinatorCheck.define();
      CoordinatorCheck.define();
      CoordinatorCheck.define('coordinator-check-again');
      CoordinatorCheck.define('coordinator-check-again');
      expect(customElements.get('coordinator-check')).to.exist;
      const el = await renderCheck(html`<coordinator-check-again></coordinator-check-again>`);
      expect($$(el, 'fieldset.trait')).to.have.length(5);
    });

    it('uses an open shadow root, which hides the fallback content once upgraded', async () => {
      const el = await renderCheck(html`<coordinator-check><p id="fallback">Read the five traits on our site.</p></coordinator-check>`);
      expect(el.shadowRoot).to.exist;
      expect(el.querySelector('#fallback')!.getClientRects().length).to.equal(0);
    });
  });

  describe('accessibility', () => {
    for (const [name, fill, ready] of [
      ['the questions', 0, false],
      ['the error summary', 4, false],
      ['the result', 10, true],
    ] as const) {
      it(`passes axe on ${name}`, async () => {
        const el = await renderCheck();
        const ids = statementIds(el);
        for (const id of ids.slice(0, fill)) await answer(el, id, ANSWERS[ids.indexOf(id) % 4]);
        if (fill) await submit(el);
        expect(Boolean($(el, '.result'))).to.equal(ready);
        await expect(el).to.be.accessible();
      });
    }
  });
});

describe('<coordinator-check> colours', () => {
  it('uses the host\'s colours in light mode, and its own dark palette with theme="auto" in dark mode (dark emulated in Chromium only)', async () => {
    const el = await renderCheck(
      html`<coordinator-check theme="auto" style="--coordinator-check-text: rgb(34, 34, 34); --coordinator-check-background: rgb(255, 250, 240)"></coordinator-check>`,
    );
    const base = $(el, '.base')!;
    expect(getComputedStyle(base).color).to.equal('rgb(34, 34, 34)');
    if (navigator.userAgent.includes('Firefox')) return;
    await emulateMedia({colorScheme: 'dark'});
    try {
      expect(getComputedStyle(base).color).to.equal('rgb(240, 244, 245)');
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(29, 35, 39)');
    } finally {
      await emulateMedia({colorScheme: 'light'});
    }
  });
});
