import {html, type TemplateResult} from 'lit';
import {domId, focusIds, heading, type ViewContext} from '../view-context.js';

/**
 * The GOV.UK error summary: a list of links to every unanswered statement. It takes focus when
 * shown, and its alert role has it read out.
 */
export function errorSummaryView(
  ctx: ViewContext,
  statements: readonly {readonly id: string; readonly text: string}[],
  onLink: (event: Event, statementId: string) => void,
): TemplateResult {
  const s = ctx.strings;
  return html`<div class="error-summary" part="error-summary" id=${focusIds(ctx.uid).errors} tabindex="-1">
    <div role="alert">
      ${heading(ctx, 1, s.errorTitle)}
      <ul>
        ${statements.map(
          (st) => html`<li>
            <a href="#${domId(ctx, st.id)}" @click=${(e: Event) => onLink(e, st.id)}>${s.errorLink({statement: st.text})}</a>
          </li>`,
        )}
      </ul>
    </div>
  </div>`;
}
