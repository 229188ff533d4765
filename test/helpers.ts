import {fixture, html} from '@open-wc/testing';
import '../src/coordinator-check.js';
import type {CoordinatorCheck} from '../src/coordinator-check-element.js';
import type {Answer} from '../src/model/types.js';

/** Renders a fresh `<coordinator-check>` with the given markup (or the default one). */
export async function renderCheck(template = html`<coordinator-check></coordinator-check>`): Promise<CoordinatorCheck> {
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
export const statementIds = (el: CoordinatorCheck): string[] =>
  [...new Set($$<HTMLInputElement>(el, 'input[type="radio"]').map((r) => r.dataset.statement!))];

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
  $$(el, 'button, a.button').find((b) => b.textContent.trim() === text)!;

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
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
  // Eight of ten answered: the error summary lists two, each statement shows its message.
  error: async (el) => {
    for (const id of statementIds(el).slice(0, 8)) await answer(el, id, 'yes');
    await submit(el);
  },
  // One pattern that shows every status: met, partly met, not met and not sure.
  result: async (el) => {
    await answerAll(el, ['yes', 'yes', 'yes', 'sometimes', 'no', 'no', 'not-sure', 'not-sure', 'yes', 'no']);
    await submit(el);
  },
};
