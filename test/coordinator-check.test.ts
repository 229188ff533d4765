import {expect, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {CoordinatorCheck} from '../src/coordinator-check/coordinator-check-element.js';
import {CoordinatorCheckResultEvent} from '../src/coordinator-check/events.js';
import {en} from '../src/i18n/en.js';
import {BUILT_IN_TRAIT_IDS} from '../src/model/traits.js';
import {roleWords} from '../src/i18n/resolve.js';
import {answersFor} from '../src/model/types.js';
import {
  $,
  $$,
  answer,
  answerAll,
  button,
  collectResults,
  deepActiveElement,
  describeEl,
  expectFocusOn,
  HEADING,
  inlineError,
  NEXT_STEPS,
  renderCheck,
  SOMETIMES,
  STATEMENT,
  STATEMENTS,
  statementIds,
  statusOf,
  submit,
  TOTAL,
} from './helpers.js';

const progress = (answered: number) => en.progress({answered, total: TOTAL});

describe('<coordinator-check>', () => {
  describe('the form', () => {
    it('shows the five traits, each a fieldset with a legend, and a radio group per statement', async () => {
      const el = await renderCheck();
      const traits = $$(el, 'fieldset[part~="trait"]');
      expect(traits).to.have.length(5);
      expect(traits.map((f) => f.querySelector(':scope > legend')!.textContent.replace(/\s+/g, ' ').trim())).to.deep.equal(
        BUILT_IN_TRAIT_IDS.map((id, i) => `${i + 1}. ${en.traits[id].title}`),
      );
      const statements = $$(el, STATEMENT);
      expect(statements).to.have.length(TOTAL);
      for (const [i, group] of statements.entries()) {
        expect(group.querySelector(':scope > legend')!.textContent.trim()).to.equal(STATEMENTS[i].text);
        const radios = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
        expect(radios.map((r) => r.closest('label')!.textContent.trim())).to.deep.equal(
          answersFor(STATEMENTS[i].kind).map((a) => en.answers[a]),
        );
        // The radios are written out once for each scale: they must follow the model's order and values.
        expect(radios.map((r) => r.value)).to.deep.equal(answersFor(STATEMENTS[i].kind));
        expect(new Set(radios.map((r) => r.name)).size).to.equal(1);
      }
      expect(new Set($$<HTMLInputElement>(el, 'input').map((r) => r.name)).size).to.equal(TOTAL);
    });

    it('offers Yes, Sometimes, No and Not sure for how often something happens, and no "Sometimes" for a fact', async () => {
      const el = await renderCheck();
      const labels = (id: string) =>
        $$<HTMLInputElement>(el, 'input[type="radio"]')
          .filter((r) => r.dataset.statement === id)
          .map((r) => r.closest('label')!.textContent.trim());
      expect(labels('accessible-1')).to.deep.equal(['Yes', 'No', 'Not sure']);
      expect(labels('accessible-2')).to.deep.equal(['Yes', 'No', 'Not sure']);
      expect(labels('accessible-3')).to.deep.equal(['Yes', 'Sometimes', 'No', 'Not sure']);
      expect(labels('organisation-2')).to.deep.equal(['Yes', 'Sometimes', 'No', 'Not sure']);
    });

    it('tells the person, with the questions on being easy to reach, that no one is on call all the time', async () => {
      const el = await renderCheck();
      const accessible = $$(el, 'fieldset[part~="trait"]')[4];
      expect(accessible.querySelector(':scope > legend + p')!.textContent.trim()).to.equal(
        en.traits.accessible.hint!({role: 'care co-ordinator', Role: 'Care co-ordinator', aRole: 'a care co-ordinator'}),
      );
    });

    it('gives radio groups names that differ between two instances on one page', async () => {
      const wrapper = await renderCheck(
        html`<div><coordinator-check layout="single"></coordinator-check><coordinator-check layout="single"></coordinator-check></div>`,
      );
      const [a, b] = [...(wrapper as unknown as HTMLElement).querySelectorAll('coordinator-check')] as CoordinatorCheck[];
      await a.updateComplete;
      await b.updateComplete;
      const names = (el: CoordinatorCheck) => new Set($$<HTMLInputElement>(el, 'input').map((r) => r.name));
      const both = [...names(a)].filter((n) => names(b).has(n));
      expect(names(a).size).to.equal(TOTAL);
      expect(both).to.deep.equal([]);
    });

    it('counts answers as they are given', async () => {
      const el = await renderCheck();
      expect($(el, 'form [role="status"]')!.textContent.trim()).to.equal(progress(0));
      const [first, second] = statementIds(el);
      await answer(el, first, 'yes');
      await answer(el, second, 'not-sure');
      await answer(el, first, 'no');
      expect($(el, 'form [role="status"]')!.textContent.trim()).to.equal(progress(2));
      expect($(el, 'form [role="status"]')!.getAttribute('role')).to.equal('status');
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
      // The first answer is "Sometimes", so "have you raised it?" joins the form: one more radio group.
      expect(answered).to.equal(TOTAL + 1);
      expect($(el, 'form [role="status"]')!.textContent.trim()).to.equal(progress(TOTAL));
      expectFocusOn($(el, 'button[type="submit"]'), 'focus after the last Tab');
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
      expectFocusOn(radio, 'focus stays on the answer given');
    });
  });

  describe('submitting with answers missing', () => {
    it('shows an error summary linking to each unanswered statement, focuses it, and fires no event', async () => {
      const el = await renderCheck();
      const results = collectResults(el);
      const ids = statementIds(el);
      for (const id of ids.slice(0, 7)) await answer(el, id, 'yes');
      await submit(el);
      const summary = $(el, '[part~="error-summary"]')!;
      expect(summary).to.exist;
      expect(summary.textContent).to.contain('There is a problem');
      expectFocusOn(summary, 'focus on the error summary');
      const links = [...summary.querySelectorAll('a')];
      expect(links).to.have.length(TOTAL - 7);
      expect($$(el, STATEMENT).filter(inlineError)).to.have.length(TOTAL - 7);
      expect(results).to.have.length(0);
      expect(el.result).to.equal(undefined);
    });

    it('announces the error summary to screen readers: its heading and links sit inside role="alert"', async () => {
      const el = await renderCheck();
      for (const id of statementIds(el).slice(0, 7)) await answer(el, id, 'yes');
      await submit(el);
      const summary = $(el, '[part~="error-summary"]')!;
      const alert = summary.matches('[role="alert"]') ? summary : summary.querySelector('[role="alert"]');
      expect(alert, 'an element with role="alert" in the error summary').to.exist;
      expect(alert!.textContent).to.contain(en.errorTitle);
      expect(alert!.querySelectorAll('a')).to.have.length(TOTAL - 7);
    });

    it('describes each unanswered statement by its inline error message (aria-describedby), and only those', async () => {
      const el = await renderCheck();
      const ids = statementIds(el);
      for (const id of ids.slice(0, 7)) await answer(el, id, 'yes');
      await submit(el);
      const invalid = $$(el, STATEMENT).filter(inlineError);
      expect(invalid).to.have.length(TOTAL - 7);
      for (const fieldset of invalid) {
        const legend = fieldset.querySelector('legend')!.textContent.trim();
        const describedBy = (fieldset.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
        expect(describedBy, `aria-describedby of "${legend}"`).not.to.be.empty;
        const descriptions = describedBy.map((id) => el.shadowRoot!.getElementById(id));
        expect(
          descriptions.map((d) => describeEl(d)),
          `what "${legend}" points at`,
        ).to.include(describeEl(inlineError(fieldset)));
      }
      for (const fieldset of $$(el, STATEMENT).filter((f) => !inlineError(f))) {
        const describedBy = (fieldset.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
        expect(
          describedBy.map((id) => el.shadowRoot!.getElementById(id)?.textContent?.trim()),
          'an answered statement',
        ).not.to.include(en.errorInline);
      }
    });

    it('moves focus to the statement when its link is followed', async () => {
      const el = await renderCheck();
      await submit(el);
      const link = $$<HTMLAnchorElement>(el, '[part~="error-summary"] a')[2];
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
      expect($$(el, STATEMENT).filter(inlineError)).to.have.length(TOTAL - 1);
      expect($$(el, '[part~="error-summary"] a')).to.have.length(TOTAL - 1);
    });
  });

  describe('submitting a complete check', () => {
    it('fires one result event with a typed detail, and shows the result with focus on its heading', async () => {
      const el = await renderCheck();
      const results = collectResults(el);
      let bubbledToDocument = 0;
      const onDocument = () => bubbledToDocument++;
      document.addEventListener('coordinator-check-result', onDocument);
      // Communication met; organisation partly met; listening not met; approachable partly met; accessible not sure.
      await answerAll(el, ['yes', 'yes', 'yes', 'no', 'sometimes', 'no', 'no', 'sometimes', 'yes', 'not-sure', 'not-sure', 'not-sure']);
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
        {id: 'organisation', status: 'partly-met', score: 3, max: 6},
        {id: 'listening', status: 'not-met', score: 0, max: 4},
        {id: 'approachable', status: 'partly-met', score: 3, max: 4},
        {id: 'accessible', status: 'unsure', score: 0, max: 0},
      ]);
      expect(Object.keys(event.detail.answers)).to.have.length(TOTAL);
      expect(Number.isNaN(Date.parse(event.detail.completedAt))).to.equal(false);
      expect(el.result).to.deep.equal(event.detail);

      const heading = $(el, `[part~="result"] ${HEADING}`)!;
      expectFocusOn(heading, 'focus on the result heading');
      // The verdict is the heading: the first thing a screen reader reads once focus moves there.
      expect(heading.textContent.trim()).to.equal(en.verdict.mixed(roleWords('care co-ordinator')));
      expect(heading.querySelector('[part~="verdict"]')).to.exist;
      const text = $(el, '[part~="result"]')!.textContent;
      expect(text).to.contain('Going well');
      expect(text).to.contain('Could be better');
      expect(text).to.contain('Not sure yet');
      expect(text).to.contain('PALS');
      expect(text).to.contain('116 123');
    });

    it('names each trait with its status in words, and gives suggested words for the ones that fall short', async () => {
      const el = await renderCheck();
      await answerAll(el, ['yes', 'yes', 'no', 'no', 'no', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes']);
      await submit(el);
      const rows = $$(el, '[part~="result"] [part~="trait"]');
      expect(rows).to.have.length(5);
      const organisation = rows.find((r) => r.textContent.includes(en.traits.organisation.title))!;
      expect(statusOf(organisation)).to.equal('Not met');
      expect(organisation.querySelectorAll('ul > li')).to.have.length(en.traits.organisation.suggestions.length);
      const met = rows.filter((r) => statusOf(r) === 'Met');
      expect(met).to.have.length(4);
      expect(met.every((r) => !r.querySelector('ul'))).to.equal(true);
      expect($$(el, `${NEXT_STEPS} > li`).map((li) => li.dataset.step)).to.deep.equal(['keep', 'talk', 'someone-with-you', 'manager', 'advice']);
    });

    it('calls an all-Yes co-ordinator excellent', async () => {
      const el = await renderCheck();
      const results = collectResults(el);
      await answerAll(el, 'yes');
      await submit(el);
      expect((results[0] as CoordinatorCheckResultEvent).detail.verdict).to.equal('excellent');
      expect($(el, '[part~="verdict"]')!.textContent).to.contain('excellent');
    });

    it('calls all Yes but one Sometimes good overall, with a word about that one thing and no talk of a change', async () => {
      const el = await renderCheck();
      await answerAll(
        el,
        STATEMENTS.map((s) => (s.id === 'listening-1' ? 'sometimes' : 'yes')),
      );
      await submit(el);
      expect(el.result!.verdict).to.equal('good');
      expect($$(el, `${NEXT_STEPS} > li`).map((li) => li.dataset.step)).to.deep.equal(['keep', 'talk']);
      const text = $(el, '[part~="result"]')!.textContent;
      for (const never of ['different', 'manager', 'PALS']) expect(text).not.to.contain(never);
    });

    it('keeps the answers when the person chooses to change them', async () => {
      const el = await renderCheck();
      await answerAll(el, SOMETIMES);
      await submit(el);
      button(el, en.changeAnswers).click();
      await el.updateComplete;
      expect($$(el, 'fieldset[part~="trait"]')).to.have.length(5);
      const checked = $$<HTMLInputElement>(el, 'input:checked');
      expect(checked.map((r) => r.value)).to.deep.equal(SOMETIMES);
      expectFocusOn($(el, `[part~="base"] > ${HEADING}`), 'focus on the form heading');
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
      const el = await renderCheck(html`<coordinator-check-again layout="single"></coordinator-check-again>`);
      expect($$(el, 'fieldset[part~="trait"]')).to.have.length(5);
    });

    it('uses an open shadow root, which hides the fallback content once upgraded', async () => {
      const el = await renderCheck(
        html`<coordinator-check layout="single"><p id="fallback">Read the five traits on our site.</p></coordinator-check>`,
      );
      expect(el.shadowRoot).to.exist;
      expect(el.querySelector('#fallback')!.getClientRects().length).to.equal(0);
    });
  });

  describe('accessibility', () => {
    for (const [name, fill, ready] of [
      ['the questions', 0, false],
      ['the error summary', 4, false],
      ['the result', TOTAL, true],
    ] as const) {
      it(`passes axe on ${name}`, async () => {
        const el = await renderCheck();
        const ids = statementIds(el);
        for (const id of ids.slice(0, fill)) await answer(el, id, (['yes', 'no', 'not-sure'] as const)[ids.indexOf(id) % 3]);
        if (fill) await submit(el);
        expect(Boolean($(el, '[part~="result"]'))).to.equal(ready);
        await expect(el).to.be.accessible();
      });
    }
  });
});

describe('<coordinator-check> colours', () => {
  // Dark mode comes from a same-origin frame rather than emulateMedia: a page in a frame sees
  // `prefers-color-scheme` as the frame element's `color-scheme`, in Chromium and Firefox alike, while
  // puppeteer's media emulation is CDP-only and does nothing for Firefox over WebDriver BiDi.
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  async function framedChecks(markup: string): Promise<{frame: HTMLIFrameElement; checks: CoordinatorCheck[]}> {
    frame = document.createElement('iframe');
    frame.style.colorScheme = 'light';
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, {once: true}));
    frame.srcdoc = `<!doctype html><script type="module" src="/src/coordinator-check.ts"></script>${markup}`;
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow! as Window & typeof globalThis;
    await win.customElements.whenDefined('coordinator-check');
    const checks = [...frame.contentDocument!.querySelectorAll<CoordinatorCheck>('coordinator-check')];
    await Promise.all(checks.map((el) => el.updateComplete));
    return {frame, checks};
  }

  const colours = (el: CoordinatorCheck) => {
    const style = el.ownerDocument.defaultView!.getComputedStyle($(el, '[part~="base"]')!);
    return {color: style.color, background: style.backgroundColor};
  };

  it('uses the host\'s colours in light mode, and its own dark palette with theme="auto" in dark mode', async () => {
    const hostColours = '--coordinator-check-text: rgb(34, 34, 34); --coordinator-check-background: rgb(255, 250, 240)';
    const {frame, checks} = await framedChecks(
      `<coordinator-check theme="auto" style="${hostColours}"></coordinator-check><coordinator-check style="${hostColours}"></coordinator-check>`,
    );
    const [auto, fixed] = checks as [CoordinatorCheck, CoordinatorCheck];
    const win = frame.contentWindow!;
    expect(win.matchMedia('(prefers-color-scheme: dark)').matches, 'the frame starts light').to.equal(false);
    const light = {color: 'rgb(34, 34, 34)', background: 'rgb(255, 250, 240)'};
    expect(colours(auto)).to.deep.equal(light);

    frame.style.colorScheme = 'dark';
    await waitUntil(() => win.matchMedia('(prefers-color-scheme: dark)').matches, 'the frame turns dark');
    expect(colours(auto), 'theme="auto" in dark mode').to.deep.equal({color: 'rgb(240, 244, 245)', background: 'rgb(29, 35, 39)'});
    expect(colours(fixed), 'without theme="auto" the host colours stay').to.deep.equal(light);
  });
});
