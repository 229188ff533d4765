import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {CoordinatorCheck} from '../src/coordinator-check/coordinator-check-element.js';
import type {CheckResult} from '../src/model/types.js';
import {answersFor, type Answer, type Answers} from '../src/model/types.js';
import {$, $$, answer, describeEl, STATEMENT, STATEMENTS, statementIds, submit, TOTAL} from './helpers.js';
import {STRICT_CSP} from './pages/strict-csp.js';

// Each hostile page in test/pages/ is loaded into a same-origin iframe, so the test can reach into
// the page, the element and its open shadow root while the page keeps its own styles and policy.

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

type PageWindow = Window &
  typeof globalThis & {
    violations: Violation[];
    results: CheckResult[];
    errors: string[];
    definitions: string[];
    scriptsRan?: boolean;
    trustedTypes?: {createPolicy(name: string, rules: {createHTML?: (input: string) => string}): unknown};
    loadWidget: () => Promise<void>;
    CoordinatorCheck: {CoordinatorCheck: typeof CoordinatorCheck};
    moduleA: {CoordinatorCheck: typeof CoordinatorCheck};
    moduleB: {CoordinatorCheck: typeof CoordinatorCheck};
  };

interface Page {
  win: PageWindow;
  doc: Document;
  /** Every `<coordinator-check>` on the page, upgraded and rendered (unless `defined: false`). */
  checks: CoordinatorCheck[];
}

const frames: HTMLIFrameElement[] = [];

async function openPage(name: string, {sandbox, defined = true}: {sandbox?: string; defined?: boolean} = {}): Promise<Page> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'display: block; width: 1024px; height: 768px; border: 0';
  if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, {once: true}));
  iframe.src = `/test/pages/${name}`;
  document.body.append(iframe);
  frames.push(iframe);
  await loaded;
  const win = iframe.contentWindow as PageWindow;
  const doc = iframe.contentDocument!;
  const checks = [...doc.querySelectorAll<CoordinatorCheck>('coordinator-check')];
  if (defined) {
    await win.customElements.whenDefined('coordinator-check');
    await Promise.all(checks.map((el) => el.updateComplete));
  }
  return {win, doc, checks};
}

afterEach(() => {
  for (const iframe of frames.splice(0)) iframe.remove();
});

/** The answer for statement `index` in instance `instance`: every instance gets a different pattern. */
/** An answer that fits the statement at `index`, varied by instance. */
const patterned = (instance: number, index: number): Answer => {
  const fitting = answersFor(STATEMENTS[index]?.kind);
  return fitting[(instance + index) % fitting.length];
};
const answered = (n: number) => `${n} of ${TOTAL} answered`;
const RADIOS = STATEMENTS.reduce((sum, st) => sum + answersFor(st.kind).length, 0);

async function answerWith(el: CoordinatorCheck, pick: (index: number) => Answer): Promise<Answers> {
  const given: Record<string, Answer> = {};
  for (const [i, id] of statementIds(el).entries()) {
    given[id] = pick(i);
    await answer(el, id, given[id]);
  }
  return given;
}

/** The checked value per statement, read from the radios themselves. */
const checkedAnswers = (el: CoordinatorCheck): Answers =>
  Object.fromEntries(
    $$<HTMLInputElement>(el, 'input[type="radio"][data-statement]:checked').map((r) => [r.dataset.statement!, r.value as Answer]),
  );

const progress = (el: CoordinatorCheck) => $(el, 'form [role="status"]')!.textContent.trim();

/** Cross-realm objects compared as plain data. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const isRendered = (node: Element) => {
  const rect = node.getBoundingClientRect();
  return node.getClientRects().length > 0 && rect.width > 0 && rect.height > 0;
};

const nextTask = (win: Window) => new Promise((resolve) => win.setTimeout(resolve, 50));

const isFirefox = navigator.userAgent.includes('Firefox');

describe('<coordinator-check> on hostile pages', () => {
  describe('a strict Content Security Policy sent as a response header', () => {
    it('is really sent with the CSP test pages, and only with them', async () => {
      for (const page of ['csp-esm.html', 'csp-iife.html']) {
        const response = await fetch(`/test/pages/${page}`);
        expect(response.headers.get('content-security-policy'), page).to.equal(STRICT_CSP);
      }
      expect((await fetch('/test/pages/ten.html')).headers.get('content-security-policy')).to.equal(null);
    });

    for (const [bundle, page] of [
      ['ES module', 'csp-esm.html'],
      ['classic script (IIFE)', 'csp-iife.html'],
    ] as const) {
      it(`renders, completes and fires its event with the ${bundle} bundle, with no policy violation`, async () => {
        const {win, checks} = await openPage(page);
        expect(checks).to.have.length(1);
        const el = checks[0];
        expect($$(el, 'input[type="radio"][data-statement]')).to.have.length(RADIOS);
        expect(isRendered($(el, 'button[type="submit"]')!)).to.equal(true);
        const given = await answerWith(el, () => 'yes');
        expect(progress(el)).to.equal(answered(TOTAL));
        await submit(el);
        expect($(el, '[part~="result"]')).to.exist;
        expect($(el, '[part~="verdict"]')!.textContent).to.contain('excellent');
        expect(win.results).to.have.length(1);
        expect(plain(win.results[0].answers)).to.deep.equal(given);
        expect(win.results[0].verdict).to.equal('excellent');
        expect(el.result!.verdict).to.equal('excellent');
        await nextTask(win);
        expect(win.violations).to.deep.equal([]);
      });

      it(`enforces the policy on the ${bundle} page, so the silence above means something`, async () => {
        // The listener hears a violation the page itself causes: an inline <style>, which style-src 'self' blocks.
        const {win, doc} = await openPage(page);
        const style = doc.createElement('style');
        style.textContent = 'body { color: red; }';
        doc.head.append(style);
        await nextTask(win);
        expect(win.violations.map((v) => v.directive)).to.deep.equal(['style-src-elem']);
      });
    }

    // Chromium and newer Firefox (ESR 153) implement Trusted Types; Firefox ESR 140 does not, and ignores the
    // two directives. Each engine is held to what it implements: a Firefox that has Trusted Types must
    // enforce them, and only a Firefox may lack them.
    const hasTrustedTypes = 'trustedTypes' in window;
    it(`${hasTrustedTypes ? 'enforces Trusted Types on the page, so Lit worked through its allowed "lit-html" policy' : 'works where the browser has no Trusted Types, and the two directives change nothing'} (${isFirefox ? 'Firefox' : 'Chromium'})`, async () => {
      const {win, doc, checks} = await openPage('csp-esm.html');
      if (!hasTrustedTypes) {
        expect(isFirefox, 'only Firefox ESR may lack Trusted Types').to.equal(true);
        expect(win.trustedTypes, 'window.trustedTypes').to.equal(undefined);
        await nextTask(win);
        expect(win.violations, 'no policy violation').to.deep.equal([]);
        expect($$(checks[0], 'input[type="radio"]')).to.have.length(RADIOS);
        return;
      }
      expect(win.trustedTypes, 'window.trustedTypes').to.exist;
      // A raw string into an HTML sink must be refused, which is what Lit's templates would hit without a policy.
      // (The error comes from the iframe's realm, so compare its name, not its constructor.)
      expect(() => {
        doc.createElement('div').innerHTML = '<b>raw</b>';
      })
        .to.throw()
        .with.property('name', 'TypeError');
      // A policy name the header does not allow is refused too.
      expect(() => win.trustedTypes!.createPolicy('not-allowed', {createHTML: (s: string) => s})).to.throw();
      await nextTask(win);
      expect(win.violations.map((v) => v.directive).sort()).to.deep.equal(['require-trusted-types-for', 'trusted-types']);
      // ...while the widget, which rendered under that regime, has all its radios.
      expect($$(checks[0], 'input[type="radio"]')).to.have.length(RADIOS);
    });
  });

  describe('both bundles on one page, and the ES module twice', () => {
    it('defines the element once, throws no error, and every instance works', async () => {
      const {win, checks} = await openPage('twice.html');
      // Three copies of the code really ran: two module instances and the classic script's global.
      const classes = new Set([win.moduleA.CoordinatorCheck, win.moduleB.CoordinatorCheck, win.CoordinatorCheck.CoordinatorCheck]);
      expect(classes.size).to.equal(3);
      expect(win.definitions.filter((name) => name === 'coordinator-check')).to.have.length(1);
      // Calling define() again from any copy is harmless.
      for (const copy of classes) copy.define();
      expect(win.definitions.filter((name) => name === 'coordinator-check')).to.have.length(1);
      const defined = win.customElements.get('coordinator-check')!;
      expect([...classes].some((copy) => defined.prototype instanceof copy)).to.equal(true);

      expect(checks).to.have.length(3);
      const events: Event[] = [];
      win.document.addEventListener('coordinator-check-result', (e) => events.push(e));
      for (const [i, el] of checks.entries()) {
        expect(el).to.be.instanceOf(defined);
        expect($$(el, 'input[type="radio"][data-statement]')).to.have.length(RADIOS);
        const given = await answerWith(el, (j) => patterned(i, j));
        await submit(el);
        expect($(el, '[part~="result"]'), `instance ${i}`).to.exist;
        expect(events).to.have.length(i + 1);
        expect(events[i].target === el, `the event comes from instance ${i}`).to.equal(true);
        expect(plain((events[i] as CustomEvent<CheckResult>).detail.answers)).to.deep.equal(given);
      }
      await nextTask(win);
      expect(win.errors).to.deep.equal([]);
    });
  });

  describe('a theme stylesheet that fights back', () => {
    it('keeps every radio and the submit button visible, hit-testable and working', async () => {
      const {win, doc, checks} = await openPage('theme.html');
      const el = checks[0];
      // The theme really applies to the page around the widget.
      expect(win.getComputedStyle(doc.querySelector('h1')!).letterSpacing).not.to.be.oneOf(['normal', '0px']);
      const shadow = el.shadowRoot!;
      const radios = $$<HTMLInputElement>(el, 'input[type="radio"][data-statement]');
      expect(radios).to.have.length(RADIOS);
      for (const radio of radios) {
        const rect = radio.getBoundingClientRect();
        expect(rect.width, radio.name).to.be.greaterThan(10);
        expect(rect.height, radio.name).to.be.greaterThan(10);
        expect(win.getComputedStyle(radio).opacity).to.equal('1');
        expect(isRendered(radio.closest('label')!)).to.equal(true);
      }
      // A person can hit the first radio of each statement where it is drawn.
      for (const id of statementIds(el)) {
        const radio = radios.find((r) => r.dataset.statement === id)!;
        radio.scrollIntoView({block: 'center'});
        const rect = radio.getBoundingClientRect();
        expect(describeEl(shadow.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2)), id).to.equal(describeEl(radio));
      }
      const given = await answerWith(el, (i) => patterned(2, i));
      expect(progress(el)).to.equal(answered(TOTAL));
      expect(isRendered($(el, 'form [role="status"]')!)).to.equal(true);

      const button = $<HTMLButtonElement>(el, 'button[type="submit"]')!;
      button.scrollIntoView({block: 'center'});
      const rect = button.getBoundingClientRect();
      expect(rect.height).to.be.at.least(44);
      expect(rect.width).to.be.at.least(44);
      expect(shadow.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2)).to.equal(button);
      const events: Event[] = [];
      el.addEventListener('coordinator-check-result', (e) => events.push(e));
      button.click();
      await el.updateComplete;
      expect(isRendered($(el, '[part~="result"]')!)).to.equal(true);
      expect(isRendered($(el, '[part~="verdict"]')!)).to.equal(true);
      expect(events).to.have.length(1);
      expect(plain((events[0] as CustomEvent<CheckResult>).detail.answers)).to.deep.equal(given);
    });

    it('keeps its text legible: its own font size and line height, no stretched spacing, no forced capitals', async () => {
      const {win, checks} = await openPage('theme.html');
      const el = checks[0];
      const base = win.getComputedStyle($(el, '[part~="base"]')!);
      const problems: string[] = [];
      for (const selector of ['[part~="base"]', `${STATEMENT} > legend`, 'label', 'form [role="status"]', 'button[type="submit"]']) {
        const style = win.getComputedStyle($(el, selector)!);
        const fontSize = parseFloat(style.fontSize);
        const lineHeight = style.lineHeight === 'normal' ? 1.2 * fontSize : parseFloat(style.lineHeight);
        // The theme's `* {line-height: 3}` would give 3; the widget's own is 1.3 to 1.5.
        if (!(lineHeight / fontSize < 2)) problems.push(`${selector}: line-height ${style.lineHeight} at font-size ${style.fontSize}`);
        // Never smaller than the widget's body text (the browser's own button font is 13.33px).
        if (!(fontSize >= 16)) problems.push(`${selector}: font-size ${style.fontSize}`);
        if (style.fontFamily !== base.fontFamily) problems.push(`${selector}: font-family ${style.fontFamily}, not ${base.fontFamily}`);
        if (!['normal', '0px'].includes(style.letterSpacing)) problems.push(`${selector}: letter-spacing ${style.letterSpacing}`);
        if (!['normal', '0px'].includes(style.wordSpacing)) problems.push(`${selector}: word-spacing ${style.wordSpacing}`);
        if (style.textTransform !== 'none') problems.push(`${selector}: text-transform ${style.textTransform}`);
        if (style.textIndent !== '0px') problems.push(`${selector}: text-indent ${style.textIndent}`);
      }
      expect(problems).to.deep.equal([]);
      // Nothing spills sideways: the theme's `white-space: nowrap` does not push the widget wider than the page.
      expect(el.shadowRoot!.querySelector('[part~="base"]')!.scrollWidth).to.be.at.most(win.innerWidth);
    });
  });

  describe('ten instances on one page', () => {
    it('gives every instance unique ids and radio names across the page', async () => {
      const {doc, checks} = await openPage('ten.html');
      expect(checks).to.have.length(10);
      const ids = [...doc.querySelectorAll('[id]'), ...checks.flatMap((el) => $$(el, '[id]'))].map((n) => n.id);
      expect(ids.length).to.be.greaterThan(10);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).to.deep.equal([]);
      const names = checks.map((el) => new Set($$<HTMLInputElement>(el, 'input[type="radio"]').map((r) => r.name)));
      for (const set of names) expect(set.size).to.equal(TOTAL);
      const all = names.flatMap((set) => [...set]);
      expect(new Set(all).size).to.equal(10 * TOTAL);
    });

    it('keeps answers independent, and each instance fires its own event once, with its own answers', async () => {
      const {win, checks} = await openPage('ten.html');
      const given: Answers[] = [];
      for (const [i, el] of checks.entries()) {
        given.push(await answerWith(el, (j) => patterned(i, j)));
        // Answering this one leaves the next untouched.
        if (checks[i + 1]) expect(progress(checks[i + 1])).to.equal(answered(0));
      }
      for (const [i, el] of checks.entries()) expect(checkedAnswers(el), `instance ${i}`).to.deep.equal(given[i]);

      const events: Event[] = [];
      win.document.addEventListener('coordinator-check-result', (e) => events.push(e));
      for (const [i, el] of checks.entries()) {
        await submit(el);
        expect(events, `after submitting instance ${i}`).to.have.length(i + 1);
        const event = events[i] as CustomEvent<CheckResult>;
        expect(event.target === el, `the event comes from instance ${i}`).to.equal(true);
        expect(plain(event.detail.answers)).to.deep.equal(given[i]);
        expect(event.detail.verdict).to.equal(el.result!.verdict);
        // Submitting one instance leaves the not-yet-submitted ones on their form.
        for (const other of checks.slice(i + 1)) expect($(other, '[part~="result"]')).to.equal(null);
      }
      await nextTask(win);
      expect(events).to.have.length(10);
      expect(new Set(events.map((e) => e.target)).size).to.equal(10);
    });
  });

  describe('moving an instance', () => {
    it('keeps the answers when moved elsewhere in the DOM, and still completes', async () => {
      const {doc, checks} = await openPage('move.html');
      const el = checks[0];
      const ids = statementIds(el);
      const first: Record<string, Answer> = {};
      for (const [i, id] of ids.slice(0, 4).entries()) {
        first[id] = patterned(1, i);
        await answer(el, id, first[id]);
      }
      doc.getElementById('deep')!.append(el);
      await el.updateComplete;
      expect(el.parentElement!.id).to.equal('deep');
      expect(checkedAnswers(el)).to.deep.equal(first);
      expect(progress(el)).to.equal(answered(4));

      const events: Event[] = [];
      el.addEventListener('coordinator-check-result', (e) => events.push(e));
      for (const id of ids.slice(4)) await answer(el, id, 'yes');
      await submit(el);
      expect($(el, '[part~="result"]')).to.exist;
      expect(events).to.have.length(1);
      expect(plain((events[0] as CustomEvent<CheckResult>).detail.answers)).to.deep.include(first);
      // The result survives a move too.
      doc.getElementById('first')!.append(el);
      await el.updateComplete;
      expect($(el, '[part~="result"]')).to.exist;
      expect(el.result!.verdict).to.equal((events[0] as CustomEvent<CheckResult>).detail.verdict);
    });

    it('keeps the answers when removed and added back later, and still completes', async () => {
      const {win, doc, checks} = await openPage('move.html');
      const el = checks[0];
      const ids = statementIds(el);
      const first: Record<string, Answer> = {};
      for (const [i, id] of ids.slice(0, 6).entries()) {
        first[id] = patterned(3, i);
        await answer(el, id, first[id]);
      }
      el.remove();
      await nextTask(win);
      expect(el.isConnected).to.equal(false);
      doc.getElementById('second')!.prepend(el);
      await el.updateComplete;
      expect(checkedAnswers(el)).to.deep.equal(first);
      expect(progress(el)).to.equal(answered(6));

      const events: Event[] = [];
      el.addEventListener('coordinator-check-result', (e) => events.push(e));
      for (const id of ids.slice(6)) await answer(el, id, 'no');
      expect(progress(el)).to.equal(answered(TOTAL));
      await submit(el);
      expect($(el, '[part~="result"]')).to.exist;
      expect(events).to.have.length(1);
      expect(plain((events[0] as CustomEvent<CheckResult>).detail.answers)).to.deep.equal({
        ...first,
        ...Object.fromEntries(ids.slice(6).map((id) => [id, 'no'])),
      });
    });
  });

  describe('a sandboxed frame that does not allow forms', () => {
    // sandbox without allow-forms blocks form submission outright: no submit event ever fires.
    const SANDBOX = 'allow-scripts allow-same-origin';

    it('still shows the result when the person clicks "See my results"', async () => {
      const {win, checks} = await openPage('csp-esm.html', {sandbox: SANDBOX});
      const el = checks[0];
      await answerWith(el, () => 'yes');
      await submit(el);
      expect($(el, '[part~="result"]'), 'the result view').to.exist;
      expect(win.results).to.have.length(1);
    });

    it('still shows the error summary on an incomplete submit, and the result after Enter on an answer', async () => {
      const {checks} = await openPage('csp-esm.html', {sandbox: SANDBOX});
      const el = checks[0];
      await submit(el);
      expect($(el, '[part~="error-summary"]'), 'the error summary').to.exist;
      await answerWith(el, () => 'no');
      // Enter in a radio group is implicit submission: the browser clicks the submit button.
      $<HTMLInputElement>(el, 'input[type="radio"]:checked')!.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect($(el, '[part~="result"]'), 'the result view').to.exist;
    });
  });

  describe('before the upgrade', () => {
    it('shows the fallback content until the element is defined, and hides it after', async () => {
      const {win, doc, checks} = await openPage('fallback.html', {defined: false});
      const el = checks[0];
      const fallback = doc.querySelector('.fallback')!;
      expect(win.customElements.get('coordinator-check')).to.equal(undefined);
      expect(el.matches(':not(:defined)')).to.equal(true);
      expect(isRendered(fallback)).to.equal(true);
      expect(fallback.textContent).to.contain('could not load');

      await win.loadWidget();
      await win.customElements.whenDefined('coordinator-check');
      await el.updateComplete;
      expect(el.matches(':defined')).to.equal(true);
      expect(fallback.getClientRects().length).to.equal(0);
      expect($$(el, 'input[type="radio"][data-statement]')).to.have.length(RADIOS);
      expect(isRendered($(el, 'button[type="submit"]')!)).to.equal(true);
    });

    it('shows the fallback content when scripts are disabled', async () => {
      // sandbox without allow-scripts turns scripts off; allow-same-origin only lets this test look
      // inside (with sandbox="" the page is an opaque origin the test cannot read).
      const {win, doc, checks} = await openPage('no-script.html', {sandbox: 'allow-same-origin', defined: false});
      expect(win.scriptsRan).to.equal(undefined);
      expect(win.customElements.get('coordinator-check')).to.equal(undefined);
      expect(checks).to.have.length(1);
      expect(checks[0].shadowRoot).to.equal(null);
      const fallback = doc.querySelector('.fallback')!;
      expect(isRendered(fallback)).to.equal(true);
      expect(fallback.textContent).to.contain('could not load');
    });
  });
});
