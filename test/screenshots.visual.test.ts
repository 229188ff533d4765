import {expect, html} from '@open-wc/testing';
import {executeServerCommand, setViewport} from '@web/test-runner-commands';
import {visualDiff} from '@web/test-runner-visual-regression';
import type {CoordinatorCheck} from '../src/coordinator-check/coordinator-check-element.js';
import {en} from '../src/i18n/en.js';
import {answer, button, renderCheck, STATES} from './helpers.js';

// Screenshots of the widget compared with the baselines committed in test/screenshots/baseline/.
// Run only in Chromium (the `visual` group in web-test-runner.config.mjs): a baseline is one
// browser's pixels. `npm run test:update-screenshots` rewrites the baselines on purpose.

const isChromium = navigator.userAgent.includes('Chrome/') && !navigator.userAgent.includes('Firefox');
const FIXED_NOW = Date.parse('2026-03-02T10:00:00Z');
const RealDate = Date;

/** The step-by-step layout's own states: a step with an answer chosen, and "Check your answers". */
const STEPPED: Readonly<Record<string, (el: CoordinatorCheck) => Promise<void>>> = {
  step: (el) => answer(el, 'communication-1', 'sometimes'),
  check: async (el) => {
    for (let step = 0; step < 5; step++) {
      for (const radio of el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[value="yes"]')) radio.click();
      button(el, en.continue).click();
      await el.updateComplete;
    }
  },
};

async function show(state: string, width: number): Promise<CoordinatorCheck> {
  await setViewport({width, height: 900});
  const stepped = Object.hasOwn(STEPPED, state);
  const el = await renderCheck(
    stepped ? html`<coordinator-check></coordinator-check>` : html`<coordinator-check layout="single"></coordinator-check>`,
  );
  await (stepped ? STEPPED[state] : STATES[state as keyof typeof STATES])(el);
  await el.updateComplete;
  return el;
}

/** Runs `check` expecting the visual diff to fail; returns its message. */
async function diffFailure(check: () => Promise<void>): Promise<string> {
  try {
    await check();
  } catch (error) {
    return String((error as Error).message);
  }
  return 'no failure';
}

describe('<coordinator-check> screenshots (Chromium only)', () => {
  let update = false;
  let style: HTMLStyleElement;

  before(async () => {
    if (!isChromium) throw new Error(`Visual tests run in Chromium only (baselines are Chromium's pixels); this is ${navigator.userAgent}`);
    ({update} = await executeServerCommand<{update: boolean}, undefined>('screenshot-mode'));
    // A plain host page with a fixed, installed font; a fixed clock for the result's date.
    style = document.createElement('style');
    style.textContent = `html, body { margin: 0; padding: 0; background: #fff; font: 16px 'DejaVu Sans', sans-serif; }`;
    document.head.append(style);
    globalThis.Date = class extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length) super(...(args as [number]));
        else super(FIXED_NOW);
      }
      static override now() {
        return FIXED_NOW;
      }
    } as DateConstructor;
  });

  after(() => {
    globalThis.Date = RealDate;
    style?.remove();
  });

  for (const width of [320, 1024]) {
    for (const state of [...Object.keys(STATES), ...Object.keys(STEPPED)]) {
      const name = `chromium-${state}-${width}`;
      it(`looks as it did in the ${state} state at ${width}px wide (baseline ${name}.png)`, async () => {
        if (!update) {
          // The plugin fails on a missing baseline too; this says which file and how to make it.
          const baseline = await fetch(`/test/screenshots/baseline/${name}.png`, {method: 'HEAD'});
          expect(baseline.ok, `test/screenshots/baseline/${name}.png is missing: run npm run test:update-screenshots`).to.equal(true);
        }
        const el = await show(state, width);
        await visualDiff(el, name);
      });
    }
  }

  // The two tests below prove the threshold is tight enough: they break the page on purpose and
  // expect the comparison with the real baseline to fail. (Left out when writing baselines.)
  it('catches a missing border: the widget outline made transparent fails the comparison', async () => {
    const el = await show('result', 320);
    const sabotage = document.createElement('style');
    sabotage.textContent = 'coordinator-check::part(base) { border-color: transparent; }';
    document.head.append(sabotage);
    try {
      expect(await diffFailure(() => visualDiff(el, 'sabotaged/chromium-result-320'))).to.match(/Visual diff failed/);
    } finally {
      sabotage.remove();
    }
  });

  it('catches a moved button: the buttons nudged 12px sideways fail the comparison', async () => {
    const el = await show('form', 1024);
    const sabotage = document.createElement('style');
    sabotage.textContent = 'coordinator-check::part(button) { margin-inline-start: 12px; }';
    document.head.append(sabotage);
    try {
      expect(await diffFailure(() => visualDiff(el, 'sabotaged/chromium-form-1024'))).to.match(/Visual diff failed/);
    } finally {
      sabotage.remove();
    }
  });
});
