import {expect, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {CoordinatorCheck} from '../src/coordinator-check/coordinator-check-element.js';
import type {CoordinatorCheckResultEvent} from '../src/coordinator-check/events.js';
import {en} from '../src/i18n/en.js';
import {BUILT_IN_TRAIT_IDS} from '../src/model/traits.js';
import type {Answer} from '../src/model/types.js';
import {
  $,
  $$,
  answer,
  button,
  collectResults,
  deepActiveElement,
  expectFocusOn,
  HEADING,
  inlineError,
  renderCheck,
  STATEMENT,
  stepCaption,
  TOTAL,
} from './helpers.js';

const TRAITS = BUILT_IN_TRAIT_IDS.map((id) => en.traits[id].title);
const STEPS = TRAITS.length + 1;

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const caption = (el: CoordinatorCheck) => text(stepCaption(el));
/** "Check your answers": its heading, the form's own (a step's sits in its legend). */
const checkHeading = (el: CoordinatorCheck) => $(el, `[part~="form"] > ${HEADING}`);
const stepTitle = (el: CoordinatorCheck) => text($(el, `form legend ${HEADING}`));
/** Statement ids on the current step. */
const shownIds = (el: CoordinatorCheck) => [...new Set($$<HTMLInputElement>(el, 'input[type="radio"]').map((r) => r.dataset.statement!))];

async function answerStep(el: CoordinatorCheck, value: Answer): Promise<void> {
  for (const id of shownIds(el)) await answer(el, id, value);
}

async function clickButton(el: CoordinatorCheck, label: string): Promise<void> {
  button(el, label).click();
  await el.updateComplete;
}

/** Answers every step with `values[step]` (or one value throughout) and arrives at "Check your answers". */
async function walkToCheck(el: CoordinatorCheck, values: Answer | readonly Answer[]): Promise<void> {
  for (let step = 0; step < TRAITS.length; step++) {
    await answerStep(el, typeof values === 'string' ? values : values[step]);
    await clickButton(el, en.continue);
  }
}

describe('<coordinator-check> step by step (the default layout)', () => {
  it('opens on step 1 of 6: the first trait alone, with Continue and no Back', async () => {
    const el = await renderCheck(html`<coordinator-check></coordinator-check>`);
    expect(caption(el)).to.equal(`Step 1 of ${STEPS}`);
    expect(stepTitle(el)).to.equal(TRAITS[0]);
    expect($$(el, 'fieldset[part~="trait"]')).to.have.length(1);
    expect(shownIds(el)).to.deep.equal(['communication-1', 'communication-2']);
    expect(button(el, en.continue)).to.exist;
    expect(button(el, en.back)).to.equal(undefined);
  });

  it('flags only this step’s unanswered statements on Continue, and moves focus to the error summary', async () => {
    const el = await renderCheck(html`<coordinator-check></coordinator-check>`);
    const results = collectResults(el);
    await answer(el, 'communication-1', 'yes');
    await clickButton(el, en.continue);
    expect(caption(el)).to.equal(`Step 1 of ${STEPS}`);
    const links = $$(el, '[part~="error-summary"] a');
    expect(links.map(text)).to.deep.equal([
      en.errorLink({statement: text($(el, '#' + CSS.escape(`${idPrefix(el)}communication-2`) + ' > legend'))}),
    ]);
    expect($(el, '[part~="error-summary"] [role="alert"]')).to.exist;
    expectFocusOn($(el, '[part~="error-summary"]'));
    expect($$(el, STATEMENT).filter(inlineError)).to.have.length(1);
    expect(results).to.have.length(0);
  });

  it('moves to the next step on Continue, with focus on its heading, and keeps answers on Back', async () => {
    const el = await renderCheck(html`<coordinator-check></coordinator-check>`);
    await answerStep(el, 'sometimes');
    await clickButton(el, en.continue);
    expect(caption(el)).to.equal(`Step 2 of ${STEPS}`);
    expect(stepTitle(el)).to.equal(TRAITS[1]);
    expectFocusOn($(el, `form legend ${HEADING}`));
    expect($(el, '[part~="error-summary"]')).to.equal(null);
    await clickButton(el, en.back);
    expect(caption(el)).to.equal(`Step 1 of ${STEPS}`);
    expect($$<HTMLInputElement>(el, 'input:checked').map((r) => r.value)).to.deep.equal(['sometimes', 'sometimes']);
  });

  it('continues on Enter in an answer, as a form does', async () => {
    const el = await renderCheck(html`<coordinator-check></coordinator-check>`);
    await answerStep(el, 'yes');
    $<HTMLInputElement>(el, 'input:checked')!.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(caption(el)).to.equal(`Step 2 of ${STEPS}`);
  });

  it('lists every answer on "Check your answers", each with a Change link that names its statement', async () => {
    const el = await renderCheck(html`<coordinator-check></coordinator-check>`);
    // Answers every kind of statement has: "Sometimes" is only for things that happen more or less often.
    const values = ['yes', 'no', 'not-sure', 'no', 'yes'] as const;
    await walkToCheck(el, values);
    expect(caption(el)).to.equal(`Step ${STEPS} of ${STEPS}`);
    expect(text(checkHeading(el))).to.equal(en.checkAnswers);
    expectFocusOn(checkHeading(el));
    const rows = $$(el, '[part~="form"] dl > div');
    expect(rows).to.have.length(TOTAL);
    const sections = $$(el, '[part~="form"] section');
    expect(sections.map((section) => text(section.querySelector(HEADING)))).to.deep.equal(TRAITS);
    sections.forEach((section, i) => {
      const answers = [...section.querySelectorAll('dl > div > dt + dd')].map(text);
      expect(answers, TRAITS[i]).to.deep.equal(answers.map(() => en.answers[values[i]]));
    });
    for (const row of rows) {
      expect(text(row.querySelector('a[href]'))).to.equal(`${en.change} ${en.changeContext({question: text(row.querySelector('dt'))})}`);
    }
  });

  it('returns from a Change link to the step, and from Continue straight back to "Check your answers"', async () => {
    const el = await renderCheck(html`<coordinator-check></coordinator-check>`);
    await walkToCheck(el, 'yes');
    $$(el, '[part~="form"] section')[2].querySelector<HTMLAnchorElement>('a[href]')!.click();
    await el.updateComplete;
    expect(stepTitle(el)).to.equal(TRAITS[2]);
    expectFocusOn($(el, `form legend ${HEADING}`));
    await answer(el, shownIds(el)[0], 'no');
    await clickButton(el, en.continue);
    expect(text(checkHeading(el))).to.equal(en.checkAnswers);
    expect(text($$(el, '[part~="form"] section')[2].querySelector('dt + dd'))).to.equal('No');
  });

  it('shows the result from "Check your answers", fires one event, and "Change my answers" returns there', async () => {
    const el = await renderCheck(html`<coordinator-check></coordinator-check>`);
    const results = collectResults(el);
    await walkToCheck(el, 'yes');
    await clickButton(el, en.submit);
    expect($(el, '[part~="result"]')).to.exist;
    expect(results).to.have.length(1);
    expect((results[0] as CoordinatorCheckResultEvent).detail.verdict).to.equal('excellent');
    await clickButton(el, en.changeAnswers);
    expect(text(checkHeading(el))).to.equal(en.checkAnswers);
    expect(results).to.have.length(1);
  });

  it('goes back to step 1 on "Start again", with focus on its heading', async () => {
    const el = await renderCheck(html`<coordinator-check></coordinator-check>`);
    await walkToCheck(el, 'no');
    await clickButton(el, en.submit);
    await clickButton(el, en.startAgain);
    expect(caption(el)).to.equal(`Step 1 of ${STEPS}`);
    expect($$(el, 'input:checked')).to.have.length(0);
    expectFocusOn($(el, `form legend ${HEADING}`));
  });

  it('can be completed with the keyboard alone', async function () {
    // About thirty key presses, each a round trip to the browser.
    this.timeout(30000);
    const el = await renderCheck(html`<coordinator-check></coordinator-check>`);
    const results = collectResults(el);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    // Each step: Tab into each radio group and press Space, then Tab to Continue and press Enter.
    for (let presses = 0; presses < 200 && !$(el, '[part~="result"]'); presses++) {
      await sendKeys({press: 'Tab'});
      const active = deepActiveElement() as HTMLInputElement | HTMLButtonElement | null;
      if (active instanceof HTMLInputElement && active.type === 'radio') await sendKeys({press: ' '});
      else if (active instanceof HTMLButtonElement && [en.continue, en.submit].includes(text(active))) await sendKeys({press: 'Enter'});
      await el.updateComplete;
    }
    expect($(el, '[part~="result"]'), 'the result').to.exist;
    expect(results).to.have.length(1);
    expect(Object.values((results[0] as CoordinatorCheckResultEvent).detail.answers)).to.deep.equal(Array(TOTAL).fill('yes'));
    before.remove();
  });

  // [state, steps to answer before it, whether Continue was pressed on an unanswered step]
  const axeStates: [string, number, boolean][] = [
    ...TRAITS.map((_, i): [string, number, boolean] => [`step ${i + 1}`, i, false]),
    ['step 1 with its error summary', 0, true],
    ['"Check your answers"', TRAITS.length, false],
  ];
  for (const [state, steps, withErrors] of axeStates) {
    it(`passes axe on ${state}`, async () => {
      const el = await renderCheck(html`<coordinator-check></coordinator-check>`);
      for (let step = 0; step < steps; step++) {
        await answerStep(el, (['yes', 'no', 'no', 'not-sure', 'yes'] as const)[step]);
        await clickButton(el, en.continue);
      }
      if (withErrors) await clickButton(el, en.continue);
      expect(Boolean($(el, '[part~="error-summary"]'))).to.equal(withErrors);
      await expect(el).to.be.accessible();
    });
  }

  it('keeps every question on one page with layout="single", and warns about a layout it does not know', async () => {
    const single = await renderCheck(html`<coordinator-check layout="single"></coordinator-check>`);
    expect($$(single, 'fieldset[part~="trait"]')).to.have.length(5);
    expect(stepCaption(single)).to.equal(null);
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const odd = await renderCheck(html`<coordinator-check layout="wizard"></coordinator-check>`);
      expect(caption(odd)).to.equal(`Step 1 of ${STEPS}`);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0])).to.contain('layout="wizard"').and.contain('steps').and.contain('single');
  });

  it('moves to "Check your answers" when the host takes away the trait being shown', async () => {
    const extra = {traits: [{id: 'extra', title: 'Extra', statements: [{id: 'one', text: 'One more thing.'}]}]};
    const el = await renderCheck(html`<coordinator-check .config=${extra}></coordinator-check>`);
    for (let step = 0; step < TRAITS.length; step++) {
      await answerStep(el, 'yes');
      await clickButton(el, en.continue);
    }
    expect(stepTitle(el)).to.equal('Extra');
    el.config = undefined;
    await el.updateComplete;
    expect(caption(el)).to.equal(`Step ${STEPS} of ${STEPS}`);
    expect(text(checkHeading(el))).to.equal(en.checkAnswers);
  });
});

/** The element's own id prefix, read from the first statement's group. */
function idPrefix(el: CoordinatorCheck): string {
  return $(el, STATEMENT)!.id.replace(/communication-1$/, '');
}
