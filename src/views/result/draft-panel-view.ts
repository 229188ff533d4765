import {html, type TemplateResult} from 'lit';
import {draftMailto} from '../../internal/links.js';
import type {ViewContext} from '../view-context.js';

/** The draft message, and where the person's edits and actions go. */
export interface DraftState {
  readonly text: string;
  /** Whether the person's examples are in the draft: off until they tick the box. */
  readonly includeNotes: boolean;
  /** The person has changed the text: the box can no longer rewrite it without losing their words. */
  readonly edited: boolean;
  readonly onIncludeNotes: (value: boolean) => void;
  /** The host's advice service email, if any: the draft opens addressed to it. */
  readonly email: string | undefined;
  readonly onInput: (text: string) => void;
  readonly onCopy: (text: string) => void;
}

/** "Draft a message": an editable first draft, to copy or open in the person's email app. */
export function draftPanelView(ctx: ViewContext, state: DraftState): TemplateResult {
  const s = ctx.strings;
  const id = `${ctx.uid}-draft`;
  // Too long a link is cut short by some mail apps: then the person copies the message instead.
  const mailto = draftMailto(state.email, s.draftSubject, state.text);
  return html`<details class="draft" part="draft">
    <summary>${s.draftToggle}</summary>
    <label class="option checkbox"
      ><input
        type="checkbox"
        .checked=${state.includeNotes}
        ?disabled=${state.edited}
        @change=${(e: Event) => state.onIncludeNotes((e.target as HTMLInputElement).checked)}
      /><span class="answer-text">${s.draftIncludeNotes}</span></label
    >
    <label for=${id}>${s.draftLabel(ctx.words)}</label>
    <textarea
      id=${id}
      class="draft-text"
      rows="10"
      .value=${state.text}
      @input=${(e: Event) => state.onInput((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    <div class="actions">
      <button type="button" part="button" @click=${() => state.onCopy(state.text)}>${s.draftCopy}</button>
      ${mailto ? html`<a class="button secondary" part="button" href=${mailto}>${s.draftEmail}</a>` : html`<p class="hint">${s.draftTooLong}</p>`}
    </div>
  </details>`;
}
