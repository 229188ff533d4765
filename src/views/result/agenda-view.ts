import {html, nothing, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {AGENDA_LIMIT, AGREED_LIMIT, type PastCheck, type PickOutcome} from '../../model/history.js';
import type {Trait} from '../../model/types.js';
import {domId, type ViewContext} from '../view-context.js';

/** A check's agenda: what may be picked, and where picks and agreed notes go. */
export interface AgendaState {
  readonly check: PastCheck;
  /** The traits that may be picked (not fully met), in the order they were asked. */
  readonly traits: readonly Trait[];
  /** What the last tick did, to say it: the trait moved to the top, came off, or had to wait. */
  readonly lastPick: PickOutcome | undefined;
  /** Whether notes are kept on the device (`remember`): the hint under each says which. */
  readonly kept: boolean;
  readonly onPick: (traitId: string, on: boolean) => void;
  readonly onAgree: (traitId: string, text: string) => void;
}

/**
 * "Choose what to talk about first": a tick box per trait not fully met, up to three; a fourth tick
 * is refused with a line saying why (the boxes stay available, so none drops out of the Tab order).
 * Under each ticked one, an optional "What we agreed" note for after the appointment.
 */
export function agendaView(ctx: ViewContext, state: AgendaState): TemplateResult | typeof nothing {
  const s = ctx.strings.agenda;
  const {check, traits, lastPick} = state;
  if (!traits.length) return nothing;
  const full = check.agenda.length >= AGENDA_LIMIT;
  // Ids under "agenda:", which no trait id can contain, so none can clash.
  const hint = domId(ctx, 'agenda:hint');
  const status = domId(ctx, 'agenda:status');
  const title = (id: string) => traits.find((t) => t.id === id)?.title ?? id;
  const said = !lastPick
    ? ''
    : lastPick.outcome === 'full'
      ? s.full({limit: AGENDA_LIMIT})
      : s[lastPick.outcome]({trait: title(lastPick.traitId)});
  return html`<fieldset class="agenda" aria-describedby=${hint}>
    <legend>${s.legend}</legend>
    <p class="hint" id=${hint}>${s.hint({limit: AGENDA_LIMIT})}</p>
    ${traits.map((trait) => {
      const picked = check.agenda.includes(trait.id);
      return html`<div class="agenda-item">
        <label class="option checkbox"
          ><input
            type="checkbox"
            data-trait=${trait.id}
            .checked=${live(picked)}
            aria-describedby=${full && !picked ? status : nothing}
            @change=${(e: Event) => state.onPick(trait.id, (e.target as HTMLInputElement).checked)}
          /><span class="answer-text">${trait.title}</span></label
        >
        ${
          picked
            ? agreedField(
                ctx,
                domId(ctx, `agenda:${trait.id}`),
                trait,
                check.agreed[trait.id] ?? '',
                state.kept ? s.agreedHint : s.agreedHintOnce,
                state.onAgree,
              )
            : nothing
        }
      </div>`;
    })}
    <p class="hint" id=${status} role="status">${said}</p>
  </fieldset>`;
}

/** "What we agreed" about one picked trait; also shown alone for an open past check. */
export function agreedField(
  ctx: ViewContext,
  id: string,
  trait: Pick<Trait, 'id' | 'title'>,
  text: string,
  hint: string,
  onAgree: AgendaState['onAgree'],
): TemplateResult {
  const s = ctx.strings.agenda;
  return html`<div class="agreed">
    <label for=${id}>${s.agreedLabel({...ctx.words, trait: trait.title})}</label>
    <p class="hint" id="${id}:hint">${hint}</p>
    <textarea
      id=${id}
      rows="2"
      maxlength=${AGREED_LIMIT}
      aria-describedby="${id}:hint"
      .value=${live(text)}
      @input=${(e: Event) => onAgree(trait.id, (e.target as HTMLTextAreaElement).value)}
    ></textarea>
  </div>`;
}
