import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {localDay} from '../model/dates.js';
import {printSummary, type PrintContent} from '../platform/print-frame.js';

type Host = ReactiveControllerHost & HTMLElement & {readonly renderRoot: HTMLElement | DocumentFragment};

/** What the take-away actions say back to the person. */
export interface TakeAwayWords {
  readonly copied: string;
  readonly copyFailed: string;
  readonly takeAwayFailed: string;
}

/** A clipboard that has not answered by then is taken as refused, so the person is never left waiting. */
const COPY_TIMEOUT = 3000;

/**
 * The ways a person takes their result away: print, copy to the clipboard, download a text file.
 * Holds what the last action did (worded by `message` in the copy on screen, so it follows a change
 * of language) and, when the clipboard is refused, the text shown for copying by hand (`fallback`).
 * Printing never touches the host page: it prints a frame of its own.
 */
export class TakeAwayController implements ReactiveController {
  /** What the last action did: worded when shown, and announced politely. */
  private _said: keyof TakeAwayWords | undefined;
  /** The summary shown for copying by hand when the clipboard was refused. */
  private _fallback: string = '';

  private readonly _host: Host;

  constructor(host: Host) {
    this._host = host;
    host.addController(this);
  }

  /** What the last action said, in these words (the copy on screen). */
  message(words: TakeAwayWords): string {
    return this._said ? words[this._said] : '';
  }

  get fallback(): string {
    return this._fallback;
  }

  hostDisconnected(): void {
    this._said = undefined;
    this._fallback = '';
  }

  /** Forgets what the last action said. */
  clear(): void {
    this._said = undefined;
    this._fallback = '';
    this._host.requestUpdate();
  }

  /**
   * Copies text; where the clipboard is refused or does not answer, selects it on screen so the
   * person can copy it. `selector` names the box to select: the summary fallback, or the draft.
   */
  async copy(text: string, selector: 'summary' | 'draft-text'): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const stalled = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('no answer')), COPY_TIMEOUT)));
      await Promise.race([navigator.clipboard.writeText(text), stalled]);
      this._said = 'copied';
    } catch {
      this._said = 'copyFailed';
      this._fallback = selector === 'summary' ? text : '';
    } finally {
      clearTimeout(timer);
    }
    this._host.requestUpdate();
    if (this._said !== 'copyFailed') return;
    await this._host.updateComplete;
    this._host.renderRoot.querySelector<HTMLTextAreaElement>(`.${selector}`)?.select();
  }

  /**
   * Saves text as a file named with today's local date (`coordinator-check-2026-12-02.txt`, or the
   * `history` JSON file); says so if the browser will not.
   */
  download(text: string, kind: 'summary' | 'history' = 'summary'): void {
    try {
      const url = URL.createObjectURL(new Blob([text], {type: kind === 'history' ? 'application/json' : 'text/plain'}));
      // The local date as YYYY-MM-DD, the same day as "Checked on" in the file.
      const date = localDay(new Date());
      const name = kind === 'history' ? `coordinator-check-history-${date}.json` : `coordinator-check-${date}.txt`;
      const link = Object.assign(document.createElement('a'), {href: url, download: name});
      this._host.renderRoot.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch {
      this._said = 'takeAwayFailed';
      this._host.requestUpdate();
    }
  }

  /** Prints the summary alone, from a frame of its own: the host page is never changed. */
  print(content: PrintContent): void {
    void printSummary(content, this._host.renderRoot);
  }
}
