import {html, nothing, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {AGENDA_LIMIT, AGREED_LIMIT, type PastCheck} from '../model/history.js';
import type {Trait} from '../model/types.js';
import {domId, type ViewContext} from './view-context.js';

/** A check's agenda: what may be picked, and where picks and agreed notes go. */
export interface AgendaState {
  readonly check: PastCheck;
  /** The traits that may be picked (not fully met), in the order they were asked. */
  readonly traits: readonly Trait[];
  /** Sets the ids apart from another agenda on the same page (a past check that is open). */
  readonly idPrefix: string;
  readonly onPick: (traitId: string, on: boolean) => void;
  readonly onAgree: (traitId: string, text: string) => void;
}

/**
 * "Choose what to talk about first": a tick box per trait not fully met, up to three (the rest wait,
 * and a line says why); under each ticked one, an optional "What we agreed" note for after the appointment.
 */
export function agendaView(ctx: ViewContext, state: AgendaState): TemplateResult | typeof nothing {
  const s = ctx.strings.agenda;
  const {check, traits, idPrefix} = state;
  if (!traits.length) return nothing;
  const full = check.agenda.length >= AGENDA_LIMIT;
  const hint = domId(ctx, `${idPrefix}-hint`);
  return html`<fieldset class="agenda" aria-describedby=${hint}>
    <legend>${s.legend}</legend>
    <p class="hint" id=${hint}>${s.hint({limit: AGENDA_LIMIT})}</p>
    ${traits.map((trait) => {
      const picked = check.agenda.includes(trait.id);
      const id = domId(ctx, `${idPrefix}-${trait.id}`);
      return html`<div class="agenda-item">
        <label class="option checkbox"
          ><input
            type="checkbox"
            data-trait=${trait.id}
            .checked=${live(picked)}
            ?disabled=${full && !picked}
            @change=${(e: Event) => state.onPick(trait.id, (e.target as HTMLInputElement).checked)}
          /><span class="answer-text">${trait.title}</span></label
        >
        ${picked ? agreedField(ctx, id, trait, check.agreed[trait.id] ?? '', state.onAgree) : nothing}
      </div>`;
    })}
    <p class="hint" role="status">${full ? s.full({limit: AGENDA_LIMIT}) : ''}</p>
  </fieldset>`;
}

/** "What we agreed" about one picked trait; also shown alone for an open past check. */
export function agreedField(
  ctx: ViewContext,
  id: string,
  trait: Pick<Trait, 'id' | 'title'>,
  text: string,
  onAgree: AgendaState['onAgree'],
): TemplateResult {
  const s = ctx.strings.agenda;
  return html`<div class="agreed">
    <label for=${id}>${s.agreedLabel({trait: trait.title})}</label>
    <p class="hint" id="${id}-hint">${s.agreedHint}</p>
    <textarea
      id=${id}
      rows="2"
      maxlength=${AGREED_LIMIT}
      aria-describedby="${id}-hint"
      .value=${live(text)}
      @input=${(e: Event) => onAgree(trait.id, (e.target as HTMLTextAreaElement).value)}
    ></textarea>
  </div>`;
}
