import {html, nothing, type TemplateResult} from 'lit';
import type {ViewContext} from '../view-context.js';

/** What is saved on this device, as the saved line needs to know it. */
export interface SavedStatus {
  /** A record is kept under this widget's storage key. */
  readonly hasRecord: boolean;
  /** The kept record holds past checks. */
  readonly hasChecks: boolean;
  /** Another window changed the answers: the person is offered them. */
  readonly offered: boolean;
  /** False once storage failed; undefined before anything was written. */
  readonly stored: boolean | undefined;
  /** The record could not be read, so nothing is written over it. */
  readonly paused: boolean;
}

export interface SavedActions {
  readonly onClear: () => void;
  readonly onLoad: () => void;
  readonly onKeep: () => void;
}

/** What is saved on this device, and the person's say over it: clear it, or load another window's answers. */
export function savedView(ctx: ViewContext, remember: boolean, saved: SavedStatus, actions: SavedActions): TemplateResult | typeof nothing {
  const s = ctx.strings;
  const clear = html`<button type="button" part="button" class="secondary" @click=${actions.onClear}>${s.clearSaved}</button>`;
  if (!remember)
    return saved.hasRecord ? html`<p class="saved">${saved.hasChecks ? s.savedEarlierChecks : s.savedEarlier} ${clear}</p>` : nothing;
  if (saved.offered) {
    return html`<div class="saved" role="status">
      <p>${s.storageChanged}</p>
      <button type="button" part="button" @click=${actions.onLoad}>${s.storageLoad}</button>
      <button type="button" part="button" class="secondary" @click=${actions.onKeep}>${s.storageKeep}</button>
    </div>`;
  }
  const line = saved.stored === false ? s.storageFailed : saved.paused ? s.storagePaused : s.remembered;
  return html`<p class="saved">${line} ${clear}</p>`;
}
