// "Not sure who your care co-ordinator is, or think you do not have one?": the way out on the first
// screen for the person who does not know who their named person is (31% in CQC's 2022 survey), in
// each nation and role name, by keyboard, under axe, and replaced by a host's config.
import {expect, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {CoordinatorCheck} from '../src/coordinator-check/coordinator-check-element.js';
import {captureWarnings} from './console-capture.js';
import {$, $$, answerAll, button, deepActiveElement, HEADING, NEXT_STEPS, renderCheck, section, statementIds, submit} from './helpers.js';

const REGIONS = ['england', 'scotland', 'wales', 'northern-ireland'] as const;
const ROLES = [undefined, 'key worker', 'lead professional'] as const;

/** The disclosure: the first screen's only `<details>` before the questions. */
const disclosure = (el: CoordinatorCheck): HTMLDetailsElement | null =>
  $$<HTMLDetailsElement>(el, 'details').find((d) => d.querySelector('summary')?.textContent.includes('Not sure who your')) ?? null;

/** Its words, once open. */
const text = (el: CoordinatorCheck): string => disclosure(el)!.textContent.replace(/\s+/g, ' ').trim();

async function open(el: CoordinatorCheck): Promise<HTMLDetailsElement> {
  const details = disclosure(el)!;
  details.querySelector('summary')!.click();
  // The browser opens it and fires `toggle` a task later; the lines render on the next update.
  await new Promise((done) => details.addEventListener('toggle', done, {once: true}));
  await el.updateComplete;
  return details;
}

/** What each nation's disclosure must say, and must not. */
const FACTS: Readonly<Record<(typeof REGIONS)[number], {says: readonly string[]; tel: readonly string[]; not: readonly string[]}>> = {
  england: {
    says: [
      'many teams now call this person a key worker. Some still say care co-ordinator.',
      'PALS (Patient Advice and Liaison Service) can help you ask',
      'search for PALS on the NHS website',
      'or at your care plan if you have one',
    ],
    tel: ['tel:999', 'tel:111', 'tel:116123'],
    not: ['care and treatment plan', 'Wales', 'Lifeline'],
  },
  scotland: {
    says: ['PASS (Patient Advice and Support Service) can help you ask', 'or at your care plan if you have one', 'NHS 24'],
    tel: ['tel:08009172127', 'tel:999', 'tel:111', 'tel:116123'],
    not: ['care and treatment plan', 'key worker.', 'Wales'],
  },
  wales: {
    says: [
      'In Wales, if a mental health team looks after you, you have a right by law to this person. The law calls them a care co-ordinator.',
      'a right to a care and treatment plan',
      'or at your care and treatment plan if you have one',
      'Llais can help you ask',
      'press 2',
    ],
    tel: ['tel:999', 'tel:111', 'tel:116123'],
    not: ['at your care plan if', 'PALS'],
  },
  'northern-ireland': {
    says: ['The Patient and Client Council can help you ask', 'or at your care plan if you have one', 'Lifeline'],
    tel: ['tel:08009170222', 'tel:999', 'tel:08088088000', 'tel:116123'],
    not: ['care and treatment plan', 'key worker.', 'NHS 111'],
  },
};

describe('"Not sure who your care co-ordinator is?" on the first screen', () => {
  for (const layout of ['steps', 'single'] as const) {
    for (const region of REGIONS) {
      for (const role of ROLES) {
        it(`is there before any question, closed, in the role's name (${layout}, ${region}, ${role ?? 'default role'})`, async () => {
          const el = await renderCheck(html`<coordinator-check layout=${layout} region=${region} role-name=${role ?? ''}></coordinator-check>`);
          const details = disclosure(el);
          expect(details, 'the disclosure').to.exist;
          expect(details!.open).to.equal(false);
          expect(details!.querySelector('summary')!.textContent.trim()).to.equal(
            `Not sure who your ${role ?? 'care co-ordinator'} is, or think you do not have one?`,
          );
          // Before the first question, and after the intro.
          const firstRadio = $(el, 'input[type="radio"]')!;
          expect(details!.compareDocumentPosition(firstRadio) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
          // A closed disclosure holds only its summary line.
          expect(details!.children).to.have.length(1);
        });
      }

      it(`says what to do in ${region}: who should have one, how to find out, how to ask for one, who helps, the crisis lines (${layout})`, async () => {
        const el = await renderCheck(html`<coordinator-check layout=${layout} region=${region} role-name="key worker"></coordinator-check>`);
        await open(el);
        const said = text(el);
        expect(said).to.contain('If a community mental health team looks after you, one named person is meant to organise your care.');
        expect(said).to.contain('Many people have not been told who theirs is. It is fine to ask.');
        expect(said).to.contain('If your team gave you a crisis or duty number, you can call that too.');
        expect(said).to.contain('care co-ordinator, key worker or lead professional');
        expect(said).to.contain('phone your team’s office and ask, or ask the duty worker');
        expect(said).to.contain('ask whoever you see at your next appointment');
        expect(said).to.contain('If you do not have a key worker, you can ask your team for one.');
        for (const line of FACTS[region].says) expect(said, region).to.contain(line);
        for (const line of FACTS[region].not) expect(said, region).not.to.contain(line);
        const tel = $$<HTMLAnchorElement>(el, 'details a[href^="tel:"]').map((a) => a.getAttribute('href'));
        expect(tel).to.include.members([...FACTS[region].tel]);
        // The crisis lines come first: the result page's own, under the same heading.
        const first = disclosure(el)!.querySelector('summary + div')!.firstElementChild!;
        expect(first.matches('[part~="crisis"]'), 'the crisis lines first').to.equal(true);
        expect(first.querySelector(HEADING)?.textContent.trim()).to.equal('If you need help now');
        // Step by step: each step's answers, then Continue, up to "Check your answers".
        for (let step = 0; step < 6 && !$(el, '[part~="result"]'); step++) {
          await answerAll(el, 'yes');
          (layout === 'steps' && step < 5 ? button(el, 'Continue') : $<HTMLButtonElement>(el, 'button[type="submit"]')!).click();
          await el.updateComplete;
        }
        const result = $$<HTMLAnchorElement>(el, '[part~="crisis"] a[href^="tel:"]').map((a) => a.getAttribute('href'));
        expect(result).to.deep.equal(
          tel.filter((href) => FACTS[region].tel.includes(href!) && !['tel:08009172127', 'tel:08009170222'].includes(href!)),
        );
      });
    }

    it(`passes axe when open, and lets the person go on with the check (${layout})`, async () => {
      const el = await renderCheck(html`<coordinator-check layout=${layout} region="wales"></coordinator-check>`);
      await open(el);
      await expect(el).to.be.accessible();
      // Open, it stops nothing: the questions are all there and answer as before.
      await answerAll(el, 'yes');
      expect(statementIds(el).length).to.be.greaterThan(0);
      expect(disclosure(el)!.open).to.equal(true);
    });
  }

  it('opens and closes with the keyboard alone, and Tab goes on to the first question', async () => {
    const el = await renderCheck(html`<coordinator-check layout="steps" region="scotland"></coordinator-check>`);
    const details = disclosure(el)!;
    const summary = details.querySelector('summary')!;
    summary.focus();
    expect(deepActiveElement()).to.equal(summary);
    const toggled = () => new Promise((done) => details.addEventListener('toggle', done, {once: true}));
    let change = toggled();
    await sendKeys({press: 'Enter'});
    await change;
    await el.updateComplete;
    expect(details.open).to.equal(true);
    expect(text(el)).to.contain('PASS (Patient Advice and Support Service) can help you ask');
    // Its links are in the Tab order, then the first question.
    const links = [...details.querySelectorAll('a')];
    for (const link of links) {
      await sendKeys({press: 'Tab'});
      expect(deepActiveElement()).to.equal(link);
    }
    await sendKeys({press: 'Tab'});
    expect((deepActiveElement() as HTMLInputElement).type).to.equal('radio');
    summary.focus();
    change = toggled();
    await sendKeys({press: ' '});
    await change;
    await el.updateComplete;
    expect(details.open).to.equal(false);
  });

  it('is on the first screen only: not on the next step, nor on the result', async () => {
    const el = await renderCheck(html`<coordinator-check layout="steps"></coordinator-check>`);
    await answerAll(el, 'yes');
    button(el, 'Continue').click();
    await el.updateComplete;
    expect(disclosure(el)).to.equal(null);
    button(el, 'Back').click();
    await el.updateComplete;
    expect(disclosure(el)).to.exist;
  });

  it('names the host’s own advice service and crisis line instead of the nation’s', async () => {
    const el = await renderCheck(html`<coordinator-check
      layout="single"
      contact-name="Riverside PALS"
      contact-phone="01632 960000"
      .config=${{teamCrisis: {phone: '01632 960111'}}}
    ></coordinator-check>`);
    await open(el);
    const said = text(el);
    expect(said).to.contain('Riverside PALS can help you ask.');
    expect(said).not.to.contain('search for PALS on the NHS website');
    const tel = $$<HTMLAnchorElement>(el, 'details a[href^="tel:"]').map((a) => a.getAttribute('href'));
    // The team's crisis line first, then the host's own service; no "if your team gave you a number" line.
    expect(tel[0]).to.equal('tel:01632960111');
    expect(tel).to.include('tel:01632960000');
    expect(said).not.to.contain('If your team gave you a crisis or duty number');
  });

  it('takes a host’s own lines from the config, in the same shape and with the same checks as the rest of the copy', async () => {
    const el = await renderCheck(html`<coordinator-check
      layout="single"
      .config=${{
        strings: {
          findOut: {
            toggle: 'Who is your {role}?',
            ways: ['ring the Riverside team office on 01632 960000', 'look at the letter we sent when you joined the team'],
          },
        },
      }}
    ></coordinator-check>`);
    expect(disclosure(el)).to.equal(null);
    const details = $$<HTMLDetailsElement>(el, 'details').find(
      (d) => d.querySelector('summary')?.textContent === 'Who is your care co-ordinator?',
    )!;
    expect(details).to.exist;
    details.querySelector('summary')!.click();
    await new Promise((done) => details.addEventListener('toggle', done, {once: true}));
    await el.updateComplete;
    const items = [...details.querySelectorAll(':scope > div > ul:not(.contact)')]
      .filter((ul) => !ul.closest('[part~="crisis"]'))
      .flatMap((ul) => [...ul.querySelectorAll('li')].map((li) => li.textContent.trim()));
    expect(items).to.deep.equal(['ring the Riverside team office on 01632 960000', 'look at the letter we sent when you joined the team']);
    // What it did not replace keeps the built-in words.
    expect(details.textContent).to.contain('If a community mental health team looks after you, one named person is meant to organise your care');
  });

  it('warns about config it cannot use, and keeps the built-in lines', async () => {
    const {messages, restore} = captureWarnings();
    try {
      const el = await renderCheck(html`<coordinator-check
        layout="single"
        .config=${{strings: {findOut: {toggle: 42, ways: 'ring us', everyone: '', secret: '<img src=x onerror=alert(1)>'}}}}
      ></coordinator-check>`);
      await open(el);
      expect(messages.some((m) => m.includes('strings.findOut.toggle should be a non-empty string; ignored.'))).to.equal(true);
      expect(messages.some((m) => m.includes('strings.findOut.ways should be an array; ignored.'))).to.equal(true);
      expect(messages.some((m) => m.includes('strings.findOut.everyone should be a non-empty string; ignored.'))).to.equal(true);
      expect(messages.some((m) => m.includes('strings.findOut.secret is not a known piece of copy; ignored.'))).to.equal(true);
      expect(text(el)).to.contain('ask whoever you see at your next appointment');
      expect(text(el)).to.contain('If a community mental health team looks after you');
      expect($(el, 'details img')).to.equal(null);
    } finally {
      restore();
    }
  });

  it('says "care and treatment plan" in Wales wherever the copy names the plan, the result included', async () => {
    const el = await renderCheck(html`<coordinator-check layout="single" region="wales"></coordinator-check>`);
    // Listening not met: its suggested words name the plan.
    await answerAll(el, 'no');
    await submit(el);
    const result = $(el, '[part~="result"]')!.textContent.replace(/\s+/g, ' ');
    expect(result).to.contain('How has what I told you changed my care and treatment plan?');
    expect(result).not.to.match(/my care plan\b/);
  });

  it('assumes no named person in a result of "not sure": it says how to find out who theirs is', async () => {
    const el = await renderCheck(html`<coordinator-check layout="single" role-name="key worker"></coordinator-check>`);
    await answerAll(el, 'not-sure');
    await submit(el);
    const steps = [...$(el, NEXT_STEPS)!.querySelectorAll('li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim());
    expect(steps.some((s) => s.includes('If you do not know who your key worker is, your team’s office can tell you.'))).to.equal(true);
    const said = $(el, '[part~="result"]')!.textContent;
    expect(said).not.to.match(/you have an? (excellent|good)/i);
    expect(section(el, 'Going well')).to.equal(null);
  });
});

// The widget draws its disclosures' triangle itself: the list-item marker a summary has by default
// made the first style and layout of fifty widgets on a page about a sixth slower.
describe('<coordinator-check> disclosure triangles', () => {
  /** Which way a summary's triangle points: its drawn border sides, and whether it is mirrored. */
  const triangle = (summary: HTMLElement) => {
    const before = getComputedStyle(summary, '::before');
    const width = (side: string) => parseFloat(before.getPropertyValue(`border-${side}-width`));
    return {
      marker: getComputedStyle(summary).display,
      points: width('top') && !width('bottom') ? 'down' : width('left') && !width('right') ? 'across' : 'nowhere',
      mirrored: before.transform === 'matrix(-1, 0, 0, 1, 0, 0)',
      clipped: before.clipPath.startsWith('polygon('),
    };
  };

  it('points across when closed and down when open, with no list-item marker, on every summary of the form', async () => {
    const el = await renderCheck();
    const summaries = $$(el, 'summary');
    expect(summaries.length).to.be.greaterThan(1);
    for (const summary of summaries)
      expect(triangle(summary)).to.deep.equal({marker: 'block', points: 'across', mirrored: false, clipped: true});
    await open(el);
    expect(triangle(disclosure(el)!.querySelector('summary')!)).to.deep.equal({marker: 'block', points: 'down', mirrored: false, clipped: true});
  });

  it('points the other way across in a right-to-left page', async () => {
    const el = await renderCheck(html`<coordinator-check layout="single" dir="rtl"></coordinator-check>`);
    expect(triangle(disclosure(el)!.querySelector('summary')!)).to.deep.equal({
      marker: 'block',
      points: 'across',
      mirrored: true,
      clipped: true,
    });
  });

  it('points the same way on the result page', async () => {
    const el = await renderCheck();
    await answerAll(el, 'yes');
    await submit(el);
    const summaries = $$(el, 'summary');
    expect(summaries.length).to.be.greaterThan(0);
    for (const summary of summaries) expect(triangle(summary).points).to.equal('across');
  });
});
