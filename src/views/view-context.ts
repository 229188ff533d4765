import {html, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {RoleWords, Strings} from '../i18n/strings.js';

/** What every view needs to know about the page it is on. */
export interface ViewContext {
  readonly strings: Strings;
  readonly words: RoleWords;
  /** Unique per instance: every id in the shadow root starts with it. */
  readonly uid: string;
  /** Level (1-6) of the widget's top heading. */
  readonly level: number;
}

/** The shadow-root id for one of the widget's own ids (a statement, a trait's note...). */
export const domId = (ctx: ViewContext, id: string): string =>
  // Ids may hold "." (a host's "trait.statement"): fine in an id, and never read as a selector.
  `${ctx.uid}-${id}`;

export {focusIds} from '../internal/focus-ids.js';

// One template per level, so no markup is ever built from a string. Every heading can take focus
// from script (never from Tab), so the widget can move focus to it.
const HEADINGS: readonly ((id: string | undefined, content: unknown) => TemplateResult)[] = [
  (id, c) => html`<h1 class="heading" id=${ifDefined(id)} tabindex="-1">${c}</h1>`,
  (id, c) => html`<h2 class="heading" id=${ifDefined(id)} tabindex="-1">${c}</h2>`,
  (id, c) => html`<h3 class="heading" id=${ifDefined(id)} tabindex="-1">${c}</h3>`,
  (id, c) => html`<h4 class="heading" id=${ifDefined(id)} tabindex="-1">${c}</h4>`,
  (id, c) => html`<h5 class="heading" id=${ifDefined(id)} tabindex="-1">${c}</h5>`,
  (id, c) => html`<h6 class="heading" id=${ifDefined(id)} tabindex="-1">${c}</h6>`,
];

/** A heading `offset` levels below the widget's top one; `focusId` names it as a focus target. */
export const heading = (ctx: ViewContext, offset: number, content: unknown, focusId?: string): TemplateResult =>
  HEADINGS[Math.min(ctx.level + offset, 6) - 1](focusId, content);

/** A link where the value makes a safe one; otherwise the plain text. */
export const link = (value: string | undefined, href: string | undefined): unknown => (href ? html`<a href=${href}>${value}</a>` : value);

/** A question asked before something is deleted: the question takes focus (`id`), then Yes and No. */
export const confirmView = (id: string, question: string, yes: string, no: string, onYes: () => void, onNo: () => void): TemplateResult =>
  html`<div class="confirm" role="group" aria-labelledby=${id}>
    <p id=${id} tabindex="-1">${question}</p>
    <div class="actions">
      <button type="button" part="button" @click=${onYes}>${yes}</button>
      <button type="button" part="button" class="secondary" @click=${onNo}>${no}</button>
    </div>
  </div>`;
