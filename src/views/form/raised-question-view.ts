import {html, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {RAISED, type Raised} from '../../model/types.js';
import {domId, type ViewContext} from '../view-context.js';

const RAISED_ID = 'raised';

/**
 * "Have you raised it?": asked only when something fell short. Its answer changes which next steps
 * come first; "I don't feel able to" leaves out every step that needs talking to the co-ordinator.
 */
export function raisedQuestionView(ctx: ViewContext, value: Raised | undefined, onChange: (value: Raised) => void): TemplateResult {
  const s = ctx.strings;
  const id = domId(ctx, RAISED_ID);
  const change = (e: Event) => onChange((e.target as HTMLInputElement).value as Raised);
  return html`<fieldset class="statement raised" id=${id} aria-describedby="${id}-hint" @change=${change}>
    <legend>${s.raisedQuestion(ctx.words)}</legend>
    <p class="hint" id="${id}-hint">${s.raisedHint}</p>
    <div class="options stacked">
      ${RAISED.map(
        (answer) => html`<label class="option">
          <input type="radio" name=${id} value=${answer} .checked=${live(value === answer)} /><span class="answer-text"
            >${s.raisedAnswers[answer]}</span
          >
        </label>`,
      )}
    </div>
  </fieldset>`;
}
