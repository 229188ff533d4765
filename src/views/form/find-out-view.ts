import {html, nothing, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import type {FindOutDocument} from '../../i18n/find-out.js';
import {contactView, crisisView} from '../help-view.js';
import type {ViewContext} from '../view-context.js';

/** The disclosure, and its lines once it is open. */
export interface FindOutState {
  readonly open: boolean;
  /** Worded only while open: a closed disclosure costs a summary line and nothing more. */
  readonly doc: FindOutDocument | undefined;
  readonly onToggle: (open: boolean) => void;
}

/**
 * "Not sure who your care co-ordinator is, or think you do not have one?": the GOV.UK details pattern,
 * on the first screen before any question. It opens in place and never stops the person going on
 * with the check. The crisis lines come first: someone may open it looking for help now.
 */
export function findOutView(ctx: ViewContext, state: FindOutState): TemplateResult {
  const {doc} = state;
  return html`<details
    class="find-out"
    part="find-out"
    ?open=${live(state.open)}
    @toggle=${(e: Event) => state.onToggle((e.currentTarget as HTMLDetailsElement).open)}
  >
    <summary>${ctx.strings.findOut.toggle(ctx.words)}</summary>
    ${
      doc
        ? html`<div>
            ${crisisView(ctx, doc.crisis, 1)} ${doc.teamLine ? html`<p>${doc.teamLine}</p>` : nothing}
            ${doc.about.map((line) => html`<p>${line}</p>`)}
            <p>${doc.waysIntro}</p>
            <ul>
              ${doc.ways.map((way) => html`<li>${way}</li>`)}
            </ul>
            <p>${doc.noOne}</p>
            ${contactView(ctx, doc.contact)}
          </div>`
        : nothing
    }
  </details>`;
}
