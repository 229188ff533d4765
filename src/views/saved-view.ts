import {html, nothing, type TemplateResult} from 'lit';
import type {SavedAnswersController} from '../controllers/saved-answers-controller.js';
import type {ViewContext} from './view-context.js';

/** What is saved on this device, and the person's say over it: clear it, or load another window's answers. */
export function savedView(
  ctx: ViewContext,
  remember: boolean,
  saved: Pick<SavedAnswersController, 'hasRecord' | 'hasChecks' | 'offered' | 'stored' | 'paused' | 'loadOffered' | 'keepMine'>,
  onClear: () => void,
): TemplateResult | typeof nothing {
  const s = ctx.strings;
  const clear = html`<button type="button" part="button" class="secondary" @click=${onClear}>${s.clearSaved}</button>`;
  if (!remember)
    return saved.hasRecord ? html`<p class="saved">${saved.hasChecks ? s.savedEarlierChecks : s.savedEarlier} ${clear}</p>` : nothing;
  if (saved.offered) {
    return html`<div class="saved" role="status">
      <p>${s.storageChanged}</p>
      <button type="button" part="button" @click=${() => saved.loadOffered()}>${s.storageLoad}</button>
      <button type="button" part="button" class="secondary" @click=${() => saved.keepMine()}>${s.storageKeep}</button>
    </div>`;
  }
  const line = saved.stored === false ? s.storageFailed : saved.paused ? s.storagePaused : s.remembered;
  return html`<p class="saved">${line} ${clear}</p>`;
}
