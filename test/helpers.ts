import {expect, fixture, html} from '@open-wc/testing';
import '../src/coordinator-check.js';
import type {CoordinatorCheck} from '../src/coordinator-check/coordinator-check-element.js';
import {en} from '../src/i18n/en.js';
import {resolveTraits, roleWords} from '../src/i18n/resolve.js';
import type {Answer} from '../src/model/types.js';

/** The built-in statements in the order shown, as the model words them for a care co-ordinator. */
export const STATEMENTS = resolveTraits(en, roleWords('care co-ordinator')).flatMap((t) => t.statements);

/** How many statements the built-in check asks. */
export const TOTAL = STATEMENTS.length;

/** "Sometimes" for every statement it fits, and "No" for the facts, where it does not. */
export const SOMETIMES: readonly Answer[] = STATEMENTS.map((s) => (s.kind === 'fact' ? 'no' : 'sometimes'));

/** Renders a fresh `<coordinator-check>` with the given markup (or the default one). */
export async function renderCheck(template = html`<coordinator-check layout="single"></coordinator-check>`): Promise<CoordinatorCheck> {
  const el = await fixture<CoordinatorCheck>(template);
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: CoordinatorCheck, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);

export const $$ = <T extends Element = HTMLElement>(el: CoordinatorCheck, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** Statement ids in the order shown. */
export const statementIds = (el: CoordinatorCheck): string[] => [
  ...new Set($$<HTMLInputElement>(el, 'input[type="radio"][data-statement]').map((r) => r.dataset.statement!)),
];

/** Clicks an answer for a statement, as a person would. */
export async function answer(el: CoordinatorCheck, statementId: string, value: Answer): Promise<void> {
  $$<HTMLInputElement>(el, 'input[type="radio"]')
    .find((r) => r.dataset.statement === statementId && r.value === value)!
    .click();
  await el.updateComplete;
}

/** Answers every statement: the same answer, or one per statement in order. */
export async function answerAll(el: CoordinatorCheck, answers: Answer | readonly Answer[]): Promise<void> {
  const ids = statementIds(el);
  for (const [i, id] of ids.entries()) await answer(el, id, typeof answers === 'string' ? answers : answers[i]);
}

export async function submit(el: CoordinatorCheck): Promise<void> {
  $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
  await el.updateComplete;
}

/** The button (or button-like link) with this text. */
export const button = (el: CoordinatorCheck, text: string): HTMLElement =>
  $$(el, 'button, a[part~="button"]').find((b) => b.textContent.trim() === text)!;

/** Any heading, at whichever level the host's `heading-level` puts it. */
export const HEADING = ':is(h1, h2, h3, h4, h5, h6)';

/** A statement: a radio group, the fieldset inside a trait's fieldset. */
export const STATEMENT = 'fieldset[part~="trait"] fieldset';

/** The next steps: the result's one ordered list. */
export const NEXT_STEPS = '[part~="result"] ol';

/** "Have you raised it?": the form's one question group outside the traits. */
export const RAISED_QUESTION = '[part~="form"] > fieldset:not([part~="trait"])';

/** The heading that holds the verdict, the result's first. */
export const verdictHeading = (el: CoordinatorCheck): HTMLElement | null => $(el, '[part~="verdict"]')?.closest<HTMLElement>(HEADING) ?? null;

/** What the result says under the verdict, a paragraph each: the detail, any note on raising it, then the date. */
export const underVerdict = (el: CoordinatorCheck): string[] =>
  [...(verdictHeading(el)?.parentElement?.querySelectorAll(':scope > p') ?? [])].map((p) => p.textContent.replace(/\s+/g, ' ').trim());

/** What is saved on this device: the line with "Clear my answers", or the offer of another window's answers; null when neither shows. */
export const savedLine = (el: CoordinatorCheck): HTMLElement | null =>
  $$(el, 'button')
    .find((b) => [en.clearSaved, en.storageLoad].includes(b.textContent.trim()))
    ?.closest<HTMLElement>('p, [role="status"]') ?? null;

/** "Checked on 2 December 2026": the last line under the verdict. */
export const dateLine = (el: CoordinatorCheck): string | undefined => underVerdict(el).slice(-1)[0];

/** The section whose own heading reads `name`, under `root` (the whole widget unless given). */
export const section = (el: CoordinatorCheck, name: string, root: ParentNode = el.shadowRoot!): HTMLElement | null =>
  [...root.querySelectorAll<HTMLElement>('section')].find((s) => s.querySelector(`:scope > ${HEADING}`)?.textContent.trim() === name) ?? null;

/** "Step 2 of 6", as the copy words it, with any numbers. */
const STEP_OF = new RegExp(`^${en.stepOf({n: 0, total: 0}).replaceAll('0', '\\d+')}$`);

/** The line above a step's heading that says how far the person is ("Step 2 of 6"), by its words; null on one page. */
export const stepCaption = (el: CoordinatorCheck): HTMLElement | null =>
  $$(el, '[part~="form"] span').find((span) => STEP_OF.test(span.textContent.trim())) ?? null;

/** The inline error a statement shows once it is found unanswered, by its words; null when it shows none. */
export const inlineError = (statement: Element): HTMLElement | null =>
  [...statement.querySelectorAll<HTMLElement>('p')].find((p) => p.textContent.trim() === en.errorInline) ?? null;

/** A trait's status in the result, as read: its line, less the trait's name in bold ("Not met"). */
export function statusOf(row: Element): string {
  const line = row.querySelector(':scope > p')!;
  return line.textContent.trim().slice(line.querySelector('strong')!.textContent.length).trim();
}

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * A short string that names an element: `tag#id.class[name="…"][value="…"]` (name and value for
 * form controls only), or `(none)`. Tests compare these instead of elements: a failed
 * `expect(elementA).to.equal(elementB)` makes the runner serialise two DOM nodes and hangs the
 * file until its timeout, while two strings fail at once and say what differed.
 */
export function describeEl(el: Element | null | undefined): string {
  if (!el) return '(none)';
  const id = el.id ? `#${el.id}` : '';
  const classes = [...el.classList].map((c) => `.${c}`).join('');
  const name = el.getAttribute('name');
  // localName, not instanceof: the element may come from another window (an iframe test page).
  const control = el.localName === 'input' && name !== null ? `[name="${name}"][value="${(el as HTMLInputElement).value}"]` : '';
  return `${el.localName}${id}${classes}${control}`;
}

/** {@link describeEl} of the element that has focus, looking inside shadow roots. */
export const describeFocus = (): string => describeEl(deepActiveElement());

/** Asserts that `target` has focus, failing at once with both elements named (see {@link describeEl}). */
export function expectFocusOn(target: Element | null | undefined, message = 'focus'): void {
  expect(describeEl(target), `${message}: the element that should have focus`).not.to.equal('(none)');
  expect(describeFocus(), message).to.equal(describeEl(target));
  expect(deepActiveElement() === target, `${message}: that very element, not a look-alike`).to.equal(true);
}

/** Collects the result events an element fires. */
export function collectResults(el: CoordinatorCheck): Event[] {
  const events: Event[] = [];
  el.addEventListener('coordinator-check-result', (e) => events.push(e));
  return events;
}

/** Every state a person sees, and how to reach it from a fresh widget. */
export const STATES: Readonly<Record<'form' | 'error' | 'result', (el: CoordinatorCheck) => Promise<void>>> = {
  form: async () => {},
  // All but two answered: the error summary lists two, each statement shows its message.
  error: async (el) => {
    for (const id of statementIds(el).slice(0, -2)) await answer(el, id, 'yes');
    await submit(el);
  },
  // One pattern that shows every status: met, partly met, not met and not sure (the last trait holds two facts).
  result: async (el) => {
    await answerAll(el, ['yes', 'yes', 'yes', 'sometimes', 'yes', 'no', 'no', 'not-sure', 'not-sure', 'yes', 'no', 'yes']);
    await submit(el);
  },
};
