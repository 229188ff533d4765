import {expect, html} from '@open-wc/testing';
import type {CoordinatorCheck} from '../src/coordinator-check/coordinator-check-element.js';
import type {CoordinatorCheckResultEvent} from '../src/coordinator-check/events.js';
import {en} from '../src/i18n/en.js';
import {FACTS_CHECKED} from '../src/model/facts.js';
import {storageName} from '../src/platform/storage.js';
import {captureWarnings} from './console-capture.js';
import {RAISED, type Raised} from '../src/model/types.js';
import {
  $,
  $$,
  answer,
  answerAll,
  button,
  collectResults,
  expectFocusOn,
  NEXT_STEPS,
  RAISED_QUESTION,
  renderCheck,
  statementIds,
  stepCaption,
  submit,
  underVerdict,
  dateLine,
  verdictHeading,
} from './helpers.js';

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const single = () => renderCheck(html`<coordinator-check layout="single"></coordinator-check>`);
const raisedGroup = (el: CoordinatorCheck) => $(el, RAISED_QUESTION);
const stepIds = (el: CoordinatorCheck) => $$(el, `${NEXT_STEPS} > li`).map((li) => li.dataset.step);

async function chooseRaised(el: CoordinatorCheck, value: Raised): Promise<void> {
  raisedGroup(el)!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
  await el.updateComplete;
}

/** Every statement Yes except one No on the first "Really listens" statement: one trait clearly not met. */
async function oneNotMet(el: CoordinatorCheck): Promise<void> {
  await answerAll(el, 'yes');
  for (const id of statementIds(el).filter((s) => s.startsWith('listening-'))) await answer(el, id, 'no');
}

async function click(el: CoordinatorCheck, label: string): Promise<void> {
  button(el, label).click();
  await el.updateComplete;
}

describe('<coordinator-check> "have you raised it?"', () => {
  it('is not asked while everything is met, and is asked once something falls short, with its four answers', async () => {
    const el = await single();
    await answerAll(el, 'yes');
    expect(raisedGroup(el)).to.equal(null);
    await oneNotMet(el);
    const group = raisedGroup(el)!;
    expect(text(group.querySelector('legend'))).to.equal(
      en.raisedQuestion({role: 'care co-ordinator', Role: 'Care co-ordinator', aRole: 'a care co-ordinator'}),
    );
    expect([...group.querySelectorAll('label')].map(text)).to.deep.equal(RAISED.map((r) => en.raisedAnswers[r]));
  });

  it('can be skipped: the result comes, treated as "not yet"', async () => {
    const el = await single();
    const results = collectResults(el);
    await oneNotMet(el);
    await submit(el);
    expect($(el, '[part~="result"]')).to.exist;
    expect((results[0] as CoordinatorCheckResultEvent).detail).not.to.have.property('raised');
    expect(stepIds(el)).to.include('talk');
  });

  it('joins the event detail when answered, and "I don’t feel able to" leaves out every step that needs talking to them', async () => {
    const el = await single();
    const results = collectResults(el);
    await oneNotMet(el);
    await chooseRaised(el, 'not-able');
    await submit(el);
    expect((results[0] as CoordinatorCheckResultEvent).detail.raised).to.equal('not-able');
    expect(stepIds(el)).not.to.include('talk');
    expect(stepIds(el).slice(0, 2)).to.deep.equal(['manager', 'advice']);
    expect(stepIds(el)).to.include('someone-with-you');
    expect(underVerdict(el)).to.include(
      en.raisedNote['not-able']({role: 'care co-ordinator', Role: 'Care co-ordinator', aRole: 'a care co-ordinator'}),
    );
  });

  it('is asked on "Check your answers" in the step-by-step layout', async () => {
    const el = await renderCheck(html`<coordinator-check></coordinator-check>`);
    for (let step = 0; step < 5; step++) {
      for (const id of statementIds(el)) await answer(el, id, step === 2 ? 'no' : 'yes');
      await click(el, en.continue);
    }
    expect(text(stepCaption(el)), text($(el, '[part~="error-summary"]'))).to.equal(en.stepOf({n: 6, total: 6}));
    await chooseRaised(el, 'no-change');
    await click(el, en.submit);
    expect(el.result!.raised).to.equal('no-change');
    // What is going well still comes first; then the routes that do not depend on the co-ordinator lead.
    expect(
      stepIds(el)
        .filter((id) => id !== 'keep')
        .slice(0, 2),
    ).to.deep.equal(['manager', 'advice']);
  });

  it('passes axe on the form with the question showing', async () => {
    const el = await single();
    await oneNotMet(el);
    await expect(el).to.be.accessible();
  });
});

describe('<coordinator-check> result page', () => {
  it('makes the verdict the heading that takes focus, with the date under it', async () => {
    const el = await single();
    await answerAll(el, 'yes');
    await submit(el);
    const heading = verdictHeading(el)!;
    expect(text(heading)).to.equal(en.verdict.excellent({role: 'care co-ordinator', Role: 'Care co-ordinator', aRole: 'a care co-ordinator'}));
    expectFocusOn(heading, 'focus on the verdict');
    expect(dateLine(el)).to.match(/^Checked on /);
  });

  it('says in one quiet line, after the crisis lines, when its phone numbers and services were last checked', async () => {
    const el = await single();
    await answerAll(el, 'yes');
    await submit(el);
    const line = $$(el, '[part~="result"] > p').find((p) => p.textContent.startsWith('Phone numbers and services'));
    // The table's date, in the copy's words: 2026-12-03 is "3 December 2026".
    const [y, m, d] = FACTS_CHECKED.split('-').map(Number);
    expect(text(line)).to.equal(en.factsChecked({date: `${d} ${new Date(y, m - 1, d).toLocaleString('en-GB', {month: 'long'})} ${y}`}));
    expect(line!.previousElementSibling!.matches('[part~="crisis"]'), 'right after the crisis lines').to.equal(true);
  });

  it('leaves the line out when the host hides it, and warns about a value it cannot use', async () => {
    const hidden = await renderCheck(html`<coordinator-check layout="single" .config=${{factsChecked: false}}></coordinator-check>`);
    await answerAll(hidden, 'yes');
    await submit(hidden);
    expect(text($(hidden, '[part~="result"]'))).not.to.contain('Phone numbers and services last checked');
    const {messages, restore} = captureWarnings();
    try {
      const shown = await renderCheck(html`<coordinator-check layout="single" .config=${{factsChecked: 'no'}}></coordinator-check>`);
      await answerAll(shown, 'yes');
      await submit(shown);
      expect(text($(shown, '[part~="result"]'))).to.contain('Phone numbers and services last checked');
      expect(messages.some((m) => m.includes('factsChecked can only be false; ignored.'))).to.equal(true);
    } finally {
      restore();
    }
  });

  it('has one primary action, with the rest secondary', async () => {
    const el = await single();
    await answerAll(el, 'yes');
    await submit(el);
    // Primary is filled with the accent; secondary has no fill of its own.
    const primary = $$(el, '[part~="result"] > div > button')
      .filter((b) => getComputedStyle(b).backgroundColor !== 'rgba(0, 0, 0, 0)')
      .map(text);
    expect(primary).to.deep.equal([en.print]);
  });

  it('leaves the person’s examples out of the draft message until they tick the box', async () => {
    const el = await single();
    const note = 'They forgot to ring me back on Friday.';
    const details = $<HTMLDetailsElement>(el, 'details[data-trait="accessible"]')!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await el.updateComplete;
    const box = details.querySelector('textarea')!;
    box.value = note;
    box.dispatchEvent(new Event('input'));
    await oneNotMet(el);
    await submit(el);
    const draft = () => $<HTMLTextAreaElement>(el, '[part~="draft"] textarea')!.value;
    const tick = $<HTMLInputElement>(el, '[part~="draft"] input[type="checkbox"]')!;
    expect(tick.checked).to.equal(false);
    expect(draft()).not.to.contain(note);
    tick.click();
    await el.updateComplete;
    expect(draft()).to.contain(note);
    // Once the person edits the message, the box cannot rewrite it.
    const edit = $<HTMLTextAreaElement>(el, '[part~="draft"] textarea')!;
    edit.value = 'My own words.';
    edit.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '[part~="draft"] input[type="checkbox"]')!.disabled).to.equal(true);
    expect(draft()).to.equal('My own words.');
  });

  it('never lists what went well under the things to talk about in the draft', async () => {
    const el = await single();
    await oneNotMet(el);
    await submit(el);
    const draft = $<HTMLTextAreaElement>(el, '[part~="draft"] textarea')!.value;
    const raise = draft.slice(draft.indexOf(en.draftRaise));
    expect(raise).to.contain(en.traits.listening.title);
    expect(raise).not.to.contain(en.traits.communication.title);
  });
});

describe('<coordinator-check> "Start again"', () => {
  const KEY = 'start-again';
  afterEach(() => localStorage.removeItem(storageName(KEY)));

  it('starts again at once when nothing is saved', async () => {
    const el = await single();
    await answerAll(el, 'yes');
    await submit(el);
    await click(el, en.startAgain);
    expect($(el, '[part~="result"]')).to.equal(null);
    expect($$(el, 'input:checked')).to.have.length(0);
  });

  it('asks first when it would clear saved answers; "No" keeps them, "Yes" clears them (past checks stay)', async () => {
    const el = await renderCheck(html`<coordinator-check layout="single" remember storage-key=${KEY}></coordinator-check>`);
    await answerAll(el, 'yes');
    await submit(el);
    await click(el, en.startAgain);
    // The check just done is kept as a past check, and "Start again" says past checks stay.
    expect(text($(el, '[part~="result"] [role="group"] > p'))).to.equal(`${en.startAgainConfirm} ${en.history.startAgainKeeps}`);
    expectFocusOn($(el, '[part~="result"] [role="group"] > p'), 'focus on the question');
    await click(el, en.startAgainNo);
    expect($(el, '[part~="result"] [role="group"]')).to.equal(null);
    expect($(el, '[part~="result"]')).to.exist;
    expectFocusOn($(el, '[part~="result"] button[id$="start-again"]'), 'focus back on Start again');
    expect(localStorage.getItem(storageName(KEY))).not.to.equal(null);
    await click(el, en.startAgain);
    await expect(el).to.be.accessible();
    await click(el, en.startAgainYes);
    expect($(el, '[part~="result"]')).to.equal(null);
    const record = JSON.parse(localStorage.getItem(storageName(KEY))!) as {answers: object; notes: object; history: unknown[]};
    expect(record.answers).to.deep.equal({});
    expect(record.notes).to.deep.equal({});
    // The check just done is a past check now: it has its own delete, under "Your past checks".
    expect(record.history).to.have.length(1);
    localStorage.removeItem(storageName(KEY));
  });
});
