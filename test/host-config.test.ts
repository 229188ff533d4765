import {expect, fixture, html, nextFrame} from '@open-wc/testing';
import {telHref} from '../src/internal/links.js';
import {LIMITS, type CoordinatorCheckConfig} from '../src/config/parse-config.js';
import {CoordinatorCheck} from '../src/coordinator-check/coordinator-check-element.js';
import type {CoordinatorCheckResultEvent} from '../src/coordinator-check/events.js';
import {en} from '../src/i18n/en.js';
import {REGION_FACTS, REGIONS, type Region} from '../src/model/regions.js';
import {roleWords} from '../src/i18n/resolve.js';
import {BUILT_IN_TRAIT_IDS} from '../src/model/traits.js';
import {
  $,
  $$,
  answer,
  answerAll,
  button,
  collectResults,
  HEADING,
  NEXT_STEPS,
  renderCheck,
  SOMETIMES,
  STATEMENT,
  statementIds,
  statusOf,
  submit,
  TOTAL,
  dateLine,
  verdictHeading,
} from './helpers.js';

/** Text as a person reads it: whitespace collapsed. */
const read = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The next step that names the advice service. */
const adviceStep = (el: CoordinatorCheck) => $(el, `${NEXT_STEPS} li[data-step="advice"]`);

/** Every href in the widget. */
/** The label of each answer, in the order shown. */
const answerLabels = (el: CoordinatorCheck) => $$<HTMLInputElement>(el, 'input[type=radio]').map((r) => r.closest('label')!);

/** Every href in the widget. */
const hrefs = (el: CoordinatorCheck): string[] => $$<HTMLAnchorElement>(el, 'a[href]').map((a) => a.getAttribute('href')!);

/** Renders an element inside `wrapper` markup, returning the element. */
async function renderIn(wrapper: ReturnType<typeof html>): Promise<CoordinatorCheck> {
  const outer = await fixture<HTMLElement>(wrapper);
  const el = outer.querySelector('coordinator-check')!;
  await el.updateComplete;
  return el;
}

/** Sets properties and waits for the widget to show them. */
async function change(el: CoordinatorCheck, props: Partial<CoordinatorCheck>): Promise<void> {
  Object.assign(el, props);
  await el.updateComplete;
}

/** Answers every statement "No" and submits, so next steps and the crisis box show. */
async function toResult(el: CoordinatorCheck): Promise<void> {
  await answerAll(el, 'no');
  await submit(el);
}

const checkedAnswers = (el: CoordinatorCheck): Record<string, string> =>
  Object.fromEntries($$<HTMLInputElement>(el, 'input[type=radio][data-statement]:checked').map((r) => [r.dataset.statement!, r.value]));

/** Goes back from the result to the questions, as a person would. */
async function changeAnswers(el: CoordinatorCheck): Promise<void> {
  button(el, en.changeAnswers).click();
  await el.updateComplete;
}

/** An `<script type="application/json">` holding `config`. */
function jsonScript(config: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = typeof config === 'string' ? config : JSON.stringify(config);
  return script;
}

/** Waits for the MutationObserver and the update it asks for. */
async function settle(el: CoordinatorCheck): Promise<void> {
  await nextFrame();
  await el.updateComplete;
}

describe('<coordinator-check> for every host', () => {
  let warnings: string[];
  let realWarn: typeof console.warn;

  beforeEach(() => {
    warnings = [];
    realWarn = console.warn;
    // Keep the widget's own warnings to check them; let anything else through.
    console.warn = (...args: unknown[]) => {
      if (typeof args[0] === 'string' && args[0].startsWith('<coordinator-check>')) warnings.push(args[0]);
      else realWarn.apply(console, args);
    };
  });

  afterEach(() => {
    console.warn = realWarn;
  });

  describe('region', () => {
    const nations: {region: Region; advice: string[]; crisis: string[]}[] = [
      {
        region: 'england',
        advice: ['PALS', 'Patient Advice and Liaison Service', 'NHS website', 'GP surgery', 'NHS 111', 'complaints advocacy'],
        crisis: ['NHS 111', 'mental health option'],
      },
      {
        region: 'scotland',
        advice: ['PASS', 'Patient Advice and Support Service', 'Citizens Advice', '0800 917 2127'],
        crisis: ['NHS 24', '111'],
      },
      {region: 'wales', advice: ['Llais', 'Putting Things Right'], crisis: ['NHS 111', 'press 2']},
      {region: 'northern-ireland', advice: ['Patient and Client Council', '0800 917 0222'], crisis: ['Lifeline', '0808 808 8000']},
    ];
    for (const {region, advice, crisis} of nations) {
      it(`names the advice service and crisis lines for ${region}`, async () => {
        const el = await renderCheck(html`<coordinator-check layout="single" region=${region}></coordinator-check>`);
        await toResult(el);
        const step = read(adviceStep(el));
        expect(step).to.contain(en.advice[region].name);
        for (const fact of advice) expect(step).to.contain(fact);
        const box = $(el, '[part~="crisis"]')!;
        for (const fact of [...crisis, 'Samaritans', '116 123', '999']) expect(read(box)).to.contain(fact);
        const crisisLinks = [...box.querySelectorAll('a')].map((a) => a.getAttribute('href'));
        expect(crisisLinks).to.deep.equal(REGION_FACTS[region].crisis.map((line) => telHref(line.phone)));
        expect(crisisLinks).to.include('tel:116123');
        expect(crisisLinks).to.include('tel:999');
        const advicePhone = REGION_FACTS[region].advicePhone;
        expect($$<HTMLAnchorElement>(el, `${NEXT_STEPS} a`).map((a) => a.getAttribute('href'))).to.deep.equal(
          advicePhone ? [telHref(advicePhone)] : [],
        );
        expect(warnings).to.deep.equal([]);
      });
    }

    it('gives Scotland the PASS freephone as a tel: link', async () => {
      const el = await renderCheck(html`<coordinator-check layout="single" region="scotland"></coordinator-check>`);
      await toResult(el);
      const link = $<HTMLAnchorElement>(el, `${NEXT_STEPS} a`)!;
      expect(link.getAttribute('href')).to.equal('tel:08009172127');
      expect(read(link)).to.equal('0800 917 2127');
    });

    it('names no other nation’s advice service', async () => {
      for (const region of REGIONS) {
        const el = await renderCheck(html`<coordinator-check layout="single" region=${region}></coordinator-check>`);
        await toResult(el);
        const text = read($(el, '[part~="result"]'));
        for (const other of REGIONS.filter((r) => r !== region)) expect(text).not.to.contain(en.advice[other].name);
      }
    });

    for (const bad of ['France', 'England ', 'ni', '']) {
      it(`warns about region="${bad}", naming the accepted values, and uses England`, async () => {
        const el = await renderCheck(html`<coordinator-check layout="single" region=${bad}></coordinator-check>`);
        await toResult(el);
        expect(read($(el, NEXT_STEPS))).to.contain(en.advice.england.name);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(`region="${bad}"`).and.contain('england');
        for (const region of REGIONS) expect(warnings[0]).to.contain(region);
      });
    }

    it('keeps the answers when the region changes on the form, and on the result', async () => {
      const el = await renderCheck();
      const ids = statementIds(el);
      await answer(el, ids[0], 'yes');
      await answer(el, ids[3], 'sometimes');
      await change(el, {region: 'wales'});
      expect(checkedAnswers(el)).to.deep.equal({[ids[0]]: 'yes', [ids[3]]: 'sometimes'});
      await answerAll(el, 'no');
      await submit(el);
      await change(el, {region: 'scotland'});
      expect($(el, '[part~="result"]')).to.exist;
      expect(read($(el, NEXT_STEPS))).to.contain(en.advice.scotland.name);
      await changeAnswers(el);
      expect(Object.values(checkedAnswers(el))).to.have.length(ids.length);
    });
  });

  describe('role-name', () => {
    it('names the professional in the heading, intro, statements, verdict and next steps', async () => {
      const el = await renderCheck(html`<coordinator-check layout="single" role-name="key worker"></coordinator-check>`);
      expect(read($(el, `[part~="base"] > ${HEADING}`))).to.equal(en.heading(roleWords('key worker')));
      expect(read($(el, '[part~="base"]'))).not.to.contain('co-ordinator');
      expect(read($(el, `${STATEMENT} legend`))).to.contain('key worker');
      await toResult(el);
      expect(read($(el, '[part~="verdict"]'))).to.contain('key worker');
      expect(read($(el, NEXT_STEPS))).to.contain('a different key worker');
      expect(read($(el, '[part~="base"]'))).not.to.contain('co-ordinator');
    });

    const cases: [string, string, string][] = [
      ['key worker', 'Key worker', 'a key worker'],
      ['advocate', 'Advocate', 'an advocate'],
      ['lead professional', 'Lead professional', 'a lead professional'],
      ['occupational therapist', 'Occupational therapist', 'an occupational therapist'],
    ];
    for (const [role, Role, aRole] of cases) {
      it(`writes "${Role}" at a sentence start and "${aRole}" in host copy`, async () => {
        const el = await renderCheck(html`<coordinator-check layout="single" role-name=${role}></coordinator-check>`);
        el.config = {strings: {heading: '{Role}: how are things?', intro: 'Everyone should have {aRole} who helps. {count} questions.'}};
        await el.updateComplete;
        expect(read($(el, `[part~="base"] > ${HEADING}`))).to.equal(`${Role}: how are things?`);
        expect(read($(el, '[part~="base"] > p'))).to.equal(`Everyone should have ${aRole} who helps. ${TOTAL} questions.`);
      });
    }

    it('goes back to "care co-ordinator" when the role is left empty', async () => {
      const el = await renderCheck(html`<coordinator-check layout="single" role-name="  "></coordinator-check>`);
      expect(read($(el, `[part~="base"] > ${HEADING}`))).to.equal(en.heading(roleWords('care co-ordinator')));
    });

    it(`caps a role name at ${LIMITS.text} characters`, async () => {
      const el = await renderCheck(html`<coordinator-check layout="single" role-name=${'w'.repeat(LIMITS.text * 3)}></coordinator-check>`);
      const heading = read($(el, `[part~="base"] > ${HEADING}`));
      expect(heading.length).to.be.at.most(en.heading(roleWords('')).length + LIMITS.text);
    });

    it('keeps the answers when the role changes on the form, and on the result', async () => {
      const el = await renderCheck();
      const [first] = statementIds(el);
      await answer(el, first, 'sometimes');
      await change(el, {roleName: 'lead professional'});
      expect(checkedAnswers(el)).to.deep.equal({[first]: 'sometimes'});
      expect(read($(el, `${STATEMENT} legend`))).to.contain('lead professional');
      await answerAll(el, 'yes');
      await submit(el);
      await change(el, {roleName: 'key worker'});
      expect(read($(el, '[part~="verdict"]'))).to.equal(en.verdict.excellent(roleWords('key worker')));
      await changeAnswers(el);
      expect(Object.values(checkedAnswers(el))).to.deep.equal(Array(TOTAL).fill('yes'));
    });
  });

  describe('contact-name, contact-phone, contact-email and contact-url', () => {
    it("show the host's own advice service as real links, instead of the nation's generic text", async () => {
      const el = await renderCheck(html`<coordinator-check layout="single"
        region="scotland"
        contact-name="Leeds PALS"
        contact-phone="0113 206 6261"
        contact-email="pals@leeds.nhs.uk"
        contact-url="https://www.leeds.nhs.uk/pals"
      ></coordinator-check>`);
      await toResult(el);
      const step = adviceStep(el)!;
      expect(read(step)).to.contain(en.steps.advice({...roleWords('care co-ordinator'), service: 'Leeds PALS'}));
      expect(read(step)).not.to.contain(en.advice.scotland.reach);
      expect(read(step)).not.to.contain(en.advice.scotland.name);
      expect(read(step)).not.to.contain(en.advice.scotland.about);
      expect(read(step)).not.to.contain('0800 917 2127');
      const links = [...step.querySelectorAll(':scope > ul a')].map((a) => [a.getAttribute('href'), read(a)]);
      expect(links).to.deep.equal([
        ['tel:01132066261', '0113 206 6261'],
        ['mailto:pals@leeds.nhs.uk', 'pals@leeds.nhs.uk'],
        ['https://www.leeds.nhs.uk/pals', 'https://www.leeds.nhs.uk/pals'],
      ]);
      expect(warnings).to.deep.equal([]);
    });

    it("keeps the nation's service name when only a phone number is given", async () => {
      const el = await renderCheck(html`<coordinator-check layout="single" contact-phone="0113 206 6261"></coordinator-check>`);
      await toResult(el);
      const step = adviceStep(el)!;
      expect(read(step)).to.contain(en.advice.england.name);
      expect(step.querySelector('a')!.getAttribute('href')).to.equal('tel:01132066261');
    });

    it('turns a UK number written with (0) after +44 into a valid tel: link', async () => {
      const el = await renderCheck(html`<coordinator-check layout="single" contact-phone="+44 (0)113 206 6261"></coordinator-check>`);
      await toResult(el);
      expect(hrefs(el)).to.include('tel:+441132066261');
    });

    const bad: [string, string, string][] = [
      ['contact-url', 'javascript:alert(1)', 'https:'],
      ['contact-url', 'data:text/html,hi', 'https:'],
      ['contact-phone', 'ring reception', 'tel:'],
      ['contact-email', 'pals at leeds', 'mailto:'],
    ];
    for (const [attribute, value, scheme] of bad) {
      it(`drops ${attribute}="${value}" with a warning naming the attribute and the value`, async () => {
        const el = await renderCheck(html`<coordinator-check layout="single" contact-name="Leeds PALS"></coordinator-check>`);
        el.setAttribute(attribute, value);
        await toResult(el);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(attribute).and.contain(value).and.contain(scheme);
        expect(read($(el, NEXT_STEPS))).to.contain('Leeds PALS');
        expect(hrefs(el).every((href) => /^(https?|mailto|tel):/.test(href))).to.equal(true);
        expect(read($(el, NEXT_STEPS))).not.to.contain(value);
      });
    }

    it("falls back to the nation's advice when every contact detail is dropped", async () => {
      const el = await renderCheck(
        html`<coordinator-check layout="single" region="scotland" contact-url="javascript:alert(1)"></coordinator-check>`,
      );
      await toResult(el);
      expect(warnings).to.have.length(1);
      const step = read(adviceStep(el));
      expect(step).to.contain(en.advice.scotland.about);
      expect(hrefs(el)).to.include('tel:08009172127');
    });
  });

  describe('heading-level', () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`puts the top heading at h${level} and the inner ones below it`, async () => {
        const el = await renderCheck(html`<coordinator-check layout="single" heading-level=${level}></coordinator-check>`);
        const inner = (offset: number) => `H${Math.min(level + offset, 6)}`;
        expect($(el, `[part~="base"] > ${HEADING}`)!.tagName).to.equal(`H${level}`);
        expect($$(el, `fieldset[part~="trait"] > legend > ${HEADING}`).map((h) => h.tagName)).to.deep.equal(Array(5).fill(inner(1)));
        await submit(el);
        expect($(el, `[part~="error-summary"] ${HEADING}`)!.tagName).to.equal(inner(1));
        await toResult(el);
        expect(verdictHeading(el)!.tagName).to.equal(inner(1));
        expect($$(el, `[part~="result"] section > ${HEADING}`).map((h) => h.tagName)).to.deep.equal([inner(2), inner(2)]);
        expect($(el, `[part~="crisis"] ${HEADING}`)!.tagName).to.equal(inner(2));
        expect(warnings).to.deep.equal([]);
      });
    }

    for (const bad of ['0', '7', 'two', '2.5', '']) {
      it(`warns about heading-level="${bad}", naming the accepted levels, and uses h2`, async () => {
        const el = await renderCheck(html`<coordinator-check layout="single" heading-level=${bad}></coordinator-check>`);
        expect($(el, `[part~="base"] > ${HEADING}`)!.tagName).to.equal('H2');
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(`heading-level="${bad}"`).and.contain('1, 2, 3, 4, 5, 6');
      });
    }

    it('changes level live, keeping the answers', async () => {
      const el = await renderCheck();
      const [first] = statementIds(el);
      await answer(el, first, 'no');
      el.setAttribute('heading-level', '4');
      await el.updateComplete;
      expect($(el, `[part~="base"] > ${HEADING}`)!.tagName).to.equal('H4');
      expect(checkedAnswers(el)).to.deep.equal({[first]: 'no'});
    });
  });

  describe('lang', () => {
    const cy: CoordinatorCheckConfig = {
      locales: {
        cy: {
          heading: 'Sut mae eich {role} yn gwneud?',
          submit: 'Gweld fy nghanlyniadau',
          answers: {yes: 'Ydy', sometimes: 'Weithiau', no: 'Nac ydy', 'not-sure': 'Ddim yn siŵr'},
          progress: '{answered} o {total} wedi’u hateb',
        },
      },
    };

    it('is English by default, and says so', async () => {
      const el = await renderCheck();
      expect($(el, '[part~="base"]')!.getAttribute('lang')).to.equal('en');
      expect(read($(el, 'button[type=submit]'))).to.equal(en.submit);
    });

    it('uses the host translation chosen by the lang attribute, falling back to English piece by piece', async () => {
      const el = await renderCheck(html`<coordinator-check layout="single" lang="cy" .config=${cy}></coordinator-check>`);
      expect($(el, '[part~="base"]')!.getAttribute('lang')).to.equal('cy');
      expect(read($(el, 'button[type=submit]'))).to.equal('Gweld fy nghanlyniadau');
      expect(read($(el, `[part~="base"] > ${HEADING}`))).to.equal('Sut mae eich care co-ordinator yn gwneud?');
      expect(read(answerLabels(el)[0])).to.equal('Ydy');
      expect(read($(el, 'form [role="status"]'))).to.equal(`0 o ${TOTAL} wedi’u hateb`);
      expect(read($(el, 'form'))).to.contain(en.notSureHint);
      expect(warnings).to.deep.equal([]);
    });

    it('takes the nearest lang on the page when it has none of its own', async () => {
      const el = await renderIn(
        html`<div lang="cy"><section><coordinator-check layout="single" .config=${cy}></coordinator-check></section></div>`,
      );
      expect($(el, '[part~="base"]')!.getAttribute('lang')).to.equal('cy');
      expect(read($(el, 'button[type=submit]'))).to.equal('Gweld fy nghanlyniadau');
    });

    it('takes the lang of the whole page', async () => {
      document.documentElement.lang = 'cy';
      try {
        const el = await renderCheck(html`<coordinator-check layout="single" .config=${cy}></coordinator-check>`);
        expect(read($(el, 'button[type=submit]'))).to.equal('Gweld fy nghanlyniadau');
      } finally {
        document.documentElement.removeAttribute('lang');
      }
    });

    it('matches a regional lang such as cy-GB to its language', async () => {
      const el = await renderCheck(html`<coordinator-check layout="single" lang="cy-GB" .config=${cy}></coordinator-check>`);
      expect(read($(el, 'button[type=submit]'))).to.equal('Gweld fy nghanlyniadau');
      expect($(el, '[part~="base"]')!.getAttribute('lang')!.toLowerCase()).to.equal('cy-gb');
    });

    it('lets the chosen translation win over general strings, which fill what it leaves out', async () => {
      const config = {...cy, strings: {submit: 'Show me', startAgain: 'Begin again'}};
      const el = await renderCheck(html`<coordinator-check layout="single" lang="cy" .config=${config}></coordinator-check>`);
      expect(read($(el, 'button[type=submit]'))).to.equal('Gweld fy nghanlyniadau');
      expect(read(answerLabels(el)[0])).to.equal('Ydy');
      await answerAll(el, 'yes');
      await submit(el);
      expect($$(el, '[part~="result"] button').map(read)).to.include('Begin again');
    });

    it('warns about a lang with no translation, naming the ones there are, and speaks English marked as English', async () => {
      const el = await renderCheck(html`<coordinator-check layout="single" lang="fr" .config=${cy}></coordinator-check>`);
      expect(read($(el, 'button[type=submit]'))).to.equal(en.submit);
      expect($(el, '[part~="base"]')!.getAttribute('lang')).to.equal('en');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('lang="fr"').and.contain('en').and.contain('cy');
    });

    it('still shows the result, with a British date, when the page lang is not a valid language tag', async () => {
      const el = await renderIn(
        html`<div lang="cy_GB"><coordinator-check layout="single" .config=${{locales: {cy_GB: {submit: 'Gweld'}}}}></coordinator-check></div>`,
      );
      expect(read($(el, 'button[type=submit]'))).to.equal('Gweld');
      await answerAll(el, 'yes');
      await submit(el);
      expect($(el, '[part~="result"]')).to.exist;
      expect(dateLine(el)).to.match(/^Checked on \d{1,2} [A-Z][a-z]+ \d{4}$/);
    });

    it('warns about an unknown lang once, not again with every answer', async () => {
      const el = await renderCheck(html`<coordinator-check layout="single" lang="fr"></coordinator-check>`);
      const ids = statementIds(el);
      for (const id of ids.slice(0, 3)) await answer(el, id, 'yes');
      expect(warnings).to.have.length(1);
    });

    it('does not warn about a page lang it has no translation for, and marks its English as English', async () => {
      const el = await renderIn(html`<div lang="de"><coordinator-check layout="single"></coordinator-check></div>`);
      expect($(el, '[part~="base"]')!.getAttribute('lang')).to.equal('en');
      expect(warnings).to.deep.equal([]);
    });

    for (const bad of ['constructor', '__proto__', 'toString']) {
      it(`treats lang="${bad}" as a language it has no translation for`, async () => {
        const el = await renderCheck(html`<coordinator-check layout="single" lang=${bad}></coordinator-check>`);
        expect($$(el, 'fieldset[part~="trait"]')).to.have.length(5);
        expect(read($(el, 'button[type=submit]'))).to.equal(en.submit);
        expect($(el, '[part~="base"]')!.getAttribute('lang')).to.equal('en');
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(`lang="${bad.toLowerCase()}"`);
      });
    }

    it('switches language live, keeping the answers', async () => {
      const el = await renderCheck(html`<coordinator-check layout="single" .config=${cy}></coordinator-check>`);
      const [first] = statementIds(el);
      await answer(el, first, 'sometimes');
      el.setAttribute('lang', 'cy');
      await el.updateComplete;
      expect(read($(el, 'button[type=submit]'))).to.equal('Gweld fy nghanlyniadau');
      expect(checkedAnswers(el)).to.deep.equal({[first]: 'sometimes'});
      el.removeAttribute('lang');
      await el.updateComplete;
      expect(read($(el, 'button[type=submit]'))).to.equal(en.submit);
    });
  });

  describe('config', () => {
    it('takes a translation’s plural forms, chosen by the language’s own rules', async () => {
      const el = await renderIn(html`<div lang="cy"><coordinator-check layout="single"></coordinator-check></div>`);
      el.config = {
        locales: {
          cy: {
            progress: {
              zero: 'Dim wedi’u hateb o {total}',
              one: '{answered} wedi’i ateb o {total}',
              two: '{answered} wedi’u hateb (dau)',
              other: '{answered} o {total}',
            },
          },
        },
      };
      await el.updateComplete;
      expect(read($(el, 'form [role="status"]'))).to.equal(`Dim wedi’u hateb o ${TOTAL}`);
      const [first, second, third] = statementIds(el);
      await answer(el, first, 'yes');
      expect(read($(el, 'form [role="status"]'))).to.equal(`1 wedi’i ateb o ${TOTAL}`);
      await answer(el, second, 'yes');
      expect(read($(el, 'form [role="status"]'))).to.equal('2 wedi’u hateb (dau)');
      await answer(el, third, 'yes');
      // Welsh's "few" (3) was not given: "other".
      expect(read($(el, 'form [role="status"]'))).to.equal(`3 o ${TOTAL}`);
      expect(warnings).to.deep.equal([]);
    });

    it('overrides any copy by key, with templates of named values', async () => {
      const el = await renderCheck();
      el.config = {
        strings: {
          submit: 'Show me',
          progress: '{answered} of {total} done',
          answers: {'not-sure': 'Don’t know'},
          verdict: {'falls-short': 'Your {role} could do more for you.'},
          advice: {england: {name: 'Leeds PALS'}},
          crisis: {samaritans: 'Samaritans, free, any time:'},
        },
      };
      await el.updateComplete;
      expect(read($(el, 'button[type=submit]'))).to.equal('Show me');
      expect(read(answerLabels(el)[3])).to.equal('Don’t know');
      await answer(el, statementIds(el)[0], 'no');
      expect(read($(el, 'form [role="status"]'))).to.equal(`1 of ${TOTAL} done`);
      await toResult(el);
      expect(read($(el, '[part~="verdict"]'))).to.equal('Your care co-ordinator could do more for you.');
      expect(read($(el, NEXT_STEPS))).to.contain(en.steps.advice({...roleWords('care co-ordinator'), service: 'Leeds PALS'}));
      expect(read($(el, '[part~="crisis"]'))).to.contain('Samaritans, free, any time: 116 123');
      expect(warnings).to.deep.equal([]);
    });

    it('accepts the configuration as JSON text', async () => {
      const el = await renderCheck();
      el.config = JSON.stringify({strings: {submit: 'Show me'}});
      await el.updateComplete;
      expect(read($(el, 'button[type=submit]'))).to.equal('Show me');
    });

    describe('traits', () => {
      const config: CoordinatorCheckConfig = {
        traits: [
          {
            id: 'communication',
            title: 'Talks to my team',
            statements: [
              {id: 'a', text: 'My {role} tells my GP about changes.'},
              {id: 'b', text: 'My {role} tells my psychiatrist about changes.'},
              {id: 'c', text: 'My support worker knows what is going on.'},
              {id: 'd', text: 'I am told who has been told.'},
            ],
          },
          {
            id: 'kindness',
            title: 'Kind',
            statements: [{id: 'a', text: 'My {role} is kind to me.'}],
            suggestions: ['Could we start with how I am?'],
          },
          {
            id: 'culture',
            title: 'Respects my culture',
            statements: [
              {id: 'a', text: 'My culture is respected.'},
              {id: 'b', text: 'I can use my language.'},
            ],
          },
          {id: 'carers', title: 'Includes my carer', statements: [{id: 'a', text: 'My carer is listened to.'}]},
        ],
      };

      it("rewords a built-in trait and adds the host's own after the five", async () => {
        const el = await renderCheck(html`<coordinator-check layout="single" role-name="key worker" .config=${config}></coordinator-check>`);
        const traits = $$(el, 'fieldset[part~="trait"]');
        expect(traits.map((t) => read(t.querySelector('legend')))).to.deep.equal([
          '1. Talks to my team',
          ...BUILT_IN_TRAIT_IDS.slice(1).map((id, i) => `${i + 2}. ${en.traits[id].title}`),
          '6. Kind',
          '7. Respects my culture',
          '8. Includes my carer',
        ]);
        expect(traits.map((t) => t.querySelectorAll('fieldset').length)).to.deep.equal([
          4,
          ...BUILT_IN_TRAIT_IDS.slice(1).map((id) => en.traits[id].statements.length),
          1,
          2,
          1,
        ]);
        expect(read(traits[0].querySelector(':scope fieldset > legend'))).to.equal('My key worker tells my GP about changes.');
        // The built-in statements, with communication's two replaced by four, and four of the host's own.
        const total = TOTAL - en.traits.communication.statements.length + 4 + 4;
        expect(read($(el, 'form [role="status"]'))).to.equal(en.progress({answered: 0, total}));
        expect(read($(el, '[part~="base"] > p'))).to.contain(`Answer ${total} short questions`);
        expect(warnings).to.deep.equal([]);
      });

      it('scores, shows and reports the traits as configured', async () => {
        const el = await renderCheck(html`<coordinator-check layout="single" .config=${config}></coordinator-check>`);
        const results = collectResults(el);
        const ids = statementIds(el);
        await answerAll(
          el,
          ids.map((id) => (id.startsWith('kindness') ? 'no' : id === 'communication.d' ? 'sometimes' : 'yes')),
        );
        await submit(el);
        const detail = (results[0] as CoordinatorCheckResultEvent).detail;
        expect(detail.traits.map((t) => [t.id, t.status])).to.deep.equal([
          ['communication', 'partly-met'],
          ['organisation', 'met'],
          ['listening', 'met'],
          ['approachable', 'met'],
          ['accessible', 'met'],
          ['kindness', 'not-met'],
          ['culture', 'met'],
          ['carers', 'met'],
        ]);
        expect(detail.traits[0]).to.deep.equal({id: 'communication', status: 'partly-met', score: 7, max: 8});
        expect(Object.keys(detail.answers)).to.deep.equal(ids);
        expect(ids).to.include.members(['communication.a', 'communication.d', 'kindness.a', 'culture.b']);
        expect(ids).not.to.include('communication-1');
        expect(detail.verdict).to.equal('mixed');
        const kind = $$(el, '[part~="result"] [part~="trait"]').find((r) => read(r).includes('Kind'))!;
        expect(statusOf(kind)).to.equal(en.status['not-met']);
        expect(read(kind.querySelector('ul'))).to.contain('Could we start with how I am?');
        expect($$(el, '[part~="result"] [part~="trait"]')).to.have.length(8);
      });

      it(`shows at most ${LIMITS.statementsPerTrait} statements in a trait and ${LIMITS.addedTraits} added traits, with warnings naming the paths`, async () => {
        const el = await renderCheck();
        el.config = {
          traits: [
            {id: 'listening', statements: Array.from({length: 6}, (_, i) => ({id: `s${i}`, text: `Statement ${i}`}))},
            ...Array.from({length: 4}, (_, i) => ({id: `own${i}`, title: `Own ${i}`, statements: [{id: 'a', text: `Own ${i}`}]})),
          ],
        };
        await el.updateComplete;
        const traits = $$(el, 'fieldset[part~="trait"]');
        expect(traits).to.have.length(5 + LIMITS.addedTraits);
        expect(traits[2].querySelectorAll('fieldset')).to.have.length(LIMITS.statementsPerTrait);
        expect(warnings.some((w) => w.includes('traits[0].statements'))).to.equal(true);
        expect(warnings.some((w) => w.includes('traits[4]'))).to.equal(true);
      });

      it('keeps each answer to its own statement when a statement id is used twice', async () => {
        const el = await renderCheck();
        el.config = {
          traits: [
            {
              id: 'listening',
              statements: [
                {id: 'a', text: 'First'},
                {id: 'a', text: 'Second'},
              ],
            },
          ],
        };
        await el.updateComplete;
        const names = $$<HTMLInputElement>(el, 'input[type=radio]').map((r) => r.name);
        expect(new Set(names).size).to.equal($$(el, STATEMENT).length);
      });

      it('gives statements whose ids differ only in "." and "_" radios of their own', async () => {
        const el = await renderCheck();
        el.config = {
          traits: [
            {id: 'a', statements: [{id: 'b_c', text: 'First'}]},
            {id: 'a_b', statements: [{id: 'c', text: 'Second'}]},
          ],
        };
        await el.updateComplete;
        await answer(el, 'a.b_c', 'yes');
        await answer(el, 'a_b.c', 'no');
        expect(checkedAnswers(el)).to.include({'a.b_c': 'yes', 'a_b.c': 'no'});
        const ids = $$(el, STATEMENT).map((f) => f.id);
        expect(new Set(ids).size).to.equal(ids.length);
      });

      it("fills the role into a host trait's title", async () => {
        const el = await renderCheck(html`<coordinator-check layout="single" role-name="key worker"></coordinator-check>`);
        el.config = {traits: [{id: 'accessible', title: 'Reaching your {role}'}]};
        await el.updateComplete;
        expect(read($$(el, 'fieldset[part~="trait"] > legend')[4])).to.equal('5. Reaching your key worker');
      });
    });

    describe('crisis and contact', () => {
      it('replaces the crisis lines entirely', async () => {
        const el = await renderCheck(html`<coordinator-check layout="single" region="wales"></coordinator-check>`);
        el.config = {
          crisis: [
            {label: 'Our crisis team, day or night:', phone: '029 2000 0000'},
            {label: 'Shout, by text:', url: 'https://giveusashout.org'},
          ],
        };
        await toResult(el);
        const box = $(el, '[part~="crisis"]')!;
        expect([...box.querySelectorAll('li')].map(read)).to.deep.equal([
          'Our crisis team, day or night: 029 2000 0000',
          // Shown as the browser reads it, which is where the link goes.
          'Shout, by text: https://giveusashout.org/',
        ]);
        expect([...box.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
          'tel:02920000000',
          'https://giveusashout.org/',
        ]);
        expect(read(box)).not.to.contain('Samaritans');
      });

      it('hides the crisis box with `crisis: false`', async () => {
        const el = await renderCheck(html`<coordinator-check layout="single" .config=${{crisis: false}}></coordinator-check>`);
        await toResult(el);
        expect($(el, '[part~="result"]')).to.exist;
        expect($(el, '[part~="crisis"]')).to.equal(null);
      });

      for (const crisis of [null, {}, 'none', [], [{phone: '999'}]]) {
        it(`still shows the nation's crisis lines when \`crisis\` is ${JSON.stringify(crisis)}, with a warning naming it`, async () => {
          const el = await renderCheck(html`<coordinator-check layout="single" region="northern-ireland"></coordinator-check>`);
          el.config = {crisis} as unknown as CoordinatorCheckConfig;
          await toResult(el);
          const box = $(el, '[part~="crisis"]')!;
          expect([...box.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(
            REGION_FACTS['northern-ireland'].crisis.map((line) => telHref(line.phone)),
          );
          expect(read(box)).to.contain('Lifeline');
          expect(warnings.length).to.be.greaterThan(0);
          expect(warnings.every((w) => w.startsWith('<coordinator-check>: crisis'))).to.equal(true);
        });
      }

      it('shows a crisis number written with words as text, with no link', async () => {
        const el = await renderCheck(
          html`<coordinator-check layout="single" .config=${{crisis: [{label: 'NHS 111:', phone: '111, press 2'}]}}></coordinator-check>`,
        );
        await toResult(el);
        const box = $(el, '[part~="crisis"]')!;
        expect([...box.querySelectorAll('li')].map(read)).to.deep.equal(['NHS 111: 111, press 2']);
        expect(box.querySelector('a')).to.equal(null);
        expect(warnings).to.deep.equal([]);
      });

      it("puts the team's own crisis or duty number first", async () => {
        const el = await renderCheck(
          html`<coordinator-check layout="single" region="wales" .config=${{teamCrisis: {phone: '029 2000 0000'}}}></coordinator-check>`,
        );
        await toResult(el);
        const lines = $$(el, '[part~="crisis"] li');
        expect(read(lines[0])).to.equal(`${en.crisis.team} 029 2000 0000`);
        expect(lines[0].querySelector('a')!.getAttribute('href')).to.equal('tel:02920000000');
        expect(lines).to.have.length(REGION_FACTS.wales.crisis.length + 1);
      });

      it("replaces the nation's advice with the configured contact", async () => {
        const el = await renderCheck(html`<coordinator-check layout="single" region="wales"></coordinator-check>`);
        el.config = {contact: {name: 'Cardiff and Vale advocacy', email: 'help@example.org', url: 'https://example.org/help'}};
        await toResult(el);
        const step = adviceStep(el)!;
        expect(read(step)).to.contain(en.steps.advice({...roleWords('care co-ordinator'), service: 'Cardiff and Vale advocacy'}));
        expect(read(step)).not.to.contain('Llais');
        expect([...step.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
          'mailto:help@example.org',
          'https://example.org/help',
        ]);
      });
    });

    describe('a <script type="application/json"> child', () => {
      it('is read when the element upgrades', async () => {
        const tag = `coordinator-check-upgrade-${Math.random().toString(36).slice(2, 8)}`;
        const holder = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement(tag) as CoordinatorCheck;
        el.setAttribute('layout', 'single');
        el.append(jsonScript({strings: {submit: 'Show me'}, traits: [{id: 'kindness', title: 'Kind', statements: [{id: 'a', text: 'Kind.'}]}]}));
        holder.append(el);
        CoordinatorCheck.define(tag);
        await el.updateComplete;
        expect(read($(el, 'button[type=submit]'))).to.equal('Show me');
        expect($$(el, 'fieldset[part~="trait"]')).to.have.length(6);
      });

      it('is read again whenever it changes, keeping the answers', async () => {
        const el = await renderCheck();
        const [first] = statementIds(el);
        await answer(el, first, 'yes');
        const script = jsonScript({strings: {submit: 'Show me'}});
        el.append(script);
        await settle(el);
        expect(read($(el, 'button[type=submit]'))).to.equal('Show me');
        script.textContent = JSON.stringify({strings: {submit: 'Next'}});
        await settle(el);
        expect(read($(el, 'button[type=submit]'))).to.equal('Next');
        script.remove();
        await settle(el);
        expect(read($(el, 'button[type=submit]'))).to.equal(en.submit);
        expect(checkedAnswers(el)).to.deep.equal({[first]: 'yes'});
      });

      it('warns about malformed JSON and shows the built-in check', async () => {
        const el = document.createElement('coordinator-check');
        el.setAttribute('layout', 'single');
        el.append(jsonScript('{"strings": {"submit": "Show me"'));
        const holder = await fixture<HTMLDivElement>(html`<div></div>`);
        holder.append(el);
        await el.updateComplete;
        expect($$(el, 'fieldset[part~="trait"]')).to.have.length(5);
        expect(read($(el, 'button[type=submit]'))).to.equal(en.submit);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('JSON');
      });

      it('ignores JSON longer than the limit, with a warning', async () => {
        const el = document.createElement('coordinator-check');
        el.setAttribute('layout', 'single');
        el.append(jsonScript({strings: {submit: 'Show me', notSureHint: 'x'.repeat(LIMITS.jsonChars)}}));
        const holder = await fixture<HTMLDivElement>(html`<div></div>`);
        holder.append(el);
        await el.updateComplete;
        expect(read($(el, 'button[type=submit]'))).to.equal(en.submit);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(String(LIMITS.jsonChars));
      });
    });

    it('names the path of a wrong shape, and applies the rest', async () => {
      const el = await renderCheck();
      el.config = {
        strings: {submit: 'Show me'},
        traits: [
          {id: 'communication', title: 'Talks to my team'},
          {id: 'listening', title: 'Hears me'},
          {id: 'kindness', title: 'Kind', statements: 'be kind'},
        ],
        crisis: false,
      } as never;
      await el.updateComplete;
      expect(warnings.some((w) => w.includes('traits[2].statements'))).to.equal(true);
      expect(read($(el, 'button[type=submit]'))).to.equal('Show me');
      expect($$(el, 'fieldset[part~="trait"]').map((t) => read(t.querySelector('legend')))).to.deep.equal([
        '1. Talks to my team',
        `2. ${en.traits.organisation.title}`,
        '3. Hears me',
        `4. ${en.traits.approachable.title}`,
        `5. ${en.traits.accessible.title}`,
      ]);
      await toResult(el);
      expect($(el, '[part~="crisis"]')).to.equal(null);
    });

    it(`cuts a title longer than ${LIMITS.text} characters`, async () => {
      const el = await renderCheck(
        html`<coordinator-check layout="single" .config=${{traits: [{id: 'listening', title: 'T'.repeat(LIMITS.text * 2)}]}}></coordinator-check>`,
      );
      expect(read($$(el, 'fieldset[part~="trait"] > legend')[2])).to.equal(`3. ${'T'.repeat(LIMITS.text)}`);
      expect(warnings.some((w) => w.includes('traits[0].title'))).to.equal(true);
    });

    it('keeps the answers when the configuration changes on the form, and on the result', async () => {
      const el = await renderCheck();
      const ids = statementIds(el);
      await answer(el, ids[0], 'yes');
      await answer(el, ids[9], 'not-sure');
      el.config = {strings: {submit: 'Show me'}, traits: [{id: 'kindness', title: 'Kind', statements: [{id: 'a', text: 'Kind.'}]}]};
      await el.updateComplete;
      expect(checkedAnswers(el)).to.deep.equal({[ids[0]]: 'yes', [ids[9]]: 'not-sure'});
      await answerAll(el, [...SOMETIMES, 'sometimes']);
      await submit(el);
      el.config = {strings: {nextStepsHeading: 'What you told us'}, crisis: false};
      await el.updateComplete;
      expect($$(el, `[part~="result"] section > ${HEADING}`).map(read)).to.include('What you told us');
      expect($$(el, '[part~="result"] [part~="trait"]')).to.have.length(5);
      await changeAnswers(el);
      expect(Object.values(checkedAnswers(el))).to.deep.equal(SOMETIMES);
    });
  });

  describe('markup in host text', () => {
    const attack = '<img src=x onerror="window.__coordinatorCheckPwned = 1">';
    const pwned = () => (window as unknown as {__coordinatorCheckPwned?: number}).__coordinatorCheckPwned;

    it('is shown as text everywhere, never parsed', async () => {
      const el = await renderCheck(html`<coordinator-check layout="single"
        role-name=${attack}
        contact-name=${attack}
        .config=${{
          strings: {submit: attack, progress: `${attack} {answered}`},
          traits: [
            {id: 'communication', title: attack, statements: [{id: 'a', text: attack}], suggestions: [attack]},
            {id: 'kindness', title: attack, statements: [{id: 'a', text: attack}]},
          ],
          crisis: [{label: attack, phone: '999'}],
        }}
      ></coordinator-check>`);
      expect(read($(el, 'fieldset[part~="trait"] > legend'))).to.equal(`1. ${attack}`);
      expect(read($(el, 'button[type=submit]'))).to.equal(attack);
      expect(read($(el, `[part~="base"] > ${HEADING}`))).to.contain(attack);
      await toResult(el);
      expect(read($(el, NEXT_STEPS))).to.contain(attack);
      expect(read($(el, '[part~="result"] [part~="trait"] ul'))).to.contain(attack);
      expect(read($(el, '[part~="crisis"]'))).to.contain(attack);
      await nextFrame();
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(pwned()).to.equal(undefined);
    });

    it('is shown as text when it comes in a <script> child', async () => {
      const el = document.createElement('coordinator-check');
      el.setAttribute('layout', 'single');
      el.append(jsonScript({traits: [{id: 'listening', title: attack}]}));
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      holder.append(el);
      await el.updateComplete;
      expect(read($$(el, 'fieldset[part~="trait"] > legend')[2])).to.equal(`3. ${attack}`);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(pwned()).to.equal(undefined);
    });

    it('never gives a link a scheme other than https:, http:, mailto: or tel:', async () => {
      const el = await renderCheck(html`<coordinator-check layout="single" contact-url="javascript:alert(1)"></coordinator-check>`);
      el.config = {
        contact: {name: 'PALS', url: 'data:text/html,<script>alert(1)</script>', phone: '0113 206 6261'},
        crisis: [
          {label: 'Help', url: 'JavaScript:alert(1)'},
          {label: 'Web', url: 'https://example.org'},
        ],
      };
      await toResult(el);
      expect($$(el, `${NEXT_STEPS} a, [part~="crisis"] a`).map((a) => a.getAttribute('href'))).to.deep.equal([
        'tel:01132066261',
        'https://example.org/',
      ]);
      expect(hrefs(el).every((href) => /^(https?|mailto|tel):/.test(href))).to.equal(true);
      expect(warnings.filter((w) => /javascript:|data:/i.test(w))).to.have.length(3);
    });
  });

  describe('accessibility', () => {
    const custom: CoordinatorCheckConfig = {
      strings: {progress: '{answered} of {total} done'},
      traits: [
        {
          id: 'accessible',
          statements: [
            {id: 'text', text: 'I can text my {role}.'},
            {id: 'reply', text: 'I hear back within a day.'},
            {id: 'away', text: 'I know who to call when they are away.'},
          ],
        },
        {
          id: 'kindness',
          title: 'Kind',
          statements: [{id: 'a', text: 'My {role} is kind to me.'}],
          suggestions: ['Could we start with how I am?'],
        },
      ],
      contact: {name: 'Leeds PALS', phone: '0113 206 6261', email: 'pals@leeds.nhs.uk', url: 'https://www.leeds.nhs.uk/pals'},
      crisis: [
        {label: 'Our crisis team:', phone: '0800 000 0000'},
        {label: 'Samaritans, free, any time:', phone: '116 123'},
      ],
    };

    it('passes axe with a custom configuration, on the questions, the error summary and the result', async () => {
      const el = await renderCheck(
        html`<coordinator-check layout="single" heading-level="3" role-name="key worker" region="scotland" .config=${custom}></coordinator-check>`,
      );
      await expect(el).to.be.accessible();
      await answer(el, statementIds(el)[0], 'yes');
      await submit(el);
      expect($(el, '[part~="error-summary"]')).to.exist;
      await expect(el).to.be.accessible();
      await answerAll(
        el,
        statementIds(el).map((_, i) => (['yes', 'sometimes', 'no', 'not-sure'] as const)[i % 4]),
      );
      await submit(el);
      expect($(el, '[part~="result"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    const ar: CoordinatorCheckConfig = {
      locales: {
        ar: {
          submit: 'عرض نتائجي',
          nextStepsHeading: 'ما يمكنك فعله',
          answers: {yes: 'نعم', sometimes: 'أحيانا', no: 'لا', 'not-sure': 'لست متأكدا'},
        },
      },
    };

    it('lays out right to left, in the host translation, and passes axe', async () => {
      const el = await renderIn(html`<div dir="rtl" lang="ar"><coordinator-check layout="single" .config=${ar}></coordinator-check></div>`);
      const base = $(el, '[part~="base"]')!;
      expect(base.getAttribute('lang')).to.equal('ar');
      expect(getComputedStyle(base).direction).to.equal('rtl');
      expect(read($(el, 'button[type=submit]'))).to.equal('عرض نتائجي');
      const option = answerLabels(el)[0].getBoundingClientRect();
      const radio = $(el, 'input[type=radio]')!.getBoundingClientRect();
      expect(radio.right).to.be.greaterThan(option.right - radio.width - 20);
      await expect(el).to.be.accessible();
      await toResult(el);
      expect($$(el, `[part~="result"] section > ${HEADING}`).map(read)).to.include('ما يمكنك فعله');
      await expect(el).to.be.accessible();
    });

    for (const dir of ['ltr', 'rtl'] as const) {
      it(`starts the action buttons at the start edge of the text (${dir})`, async () => {
        const el = await renderIn(html`<div dir=${dir}><coordinator-check layout="single"></coordinator-check></div>`);
        await toResult(el);
        const verdict = $(el, `[part~="result"] > section > ${HEADING}`)!.getBoundingClientRect();
        const button = $(el, '[part~="result"] > div > button')!.getBoundingClientRect();
        const [edge, start] = dir === 'ltr' ? [verdict.left, button.left] : [verdict.right, button.right];
        expect(Math.abs(edge - start)).to.be.below(1);
      });
    }
  });
});
