import type {ReactiveController, ReactiveControllerHost} from 'lit';

type Host = ReactiveControllerHost & HTMLElement & {readonly renderRoot: HTMLElement | DocumentFragment};

/** What the take-away actions say back to the person. */
export interface TakeAwayWords {
  readonly copied: string;
  readonly copyFailed: string;
}

// Shown only while printing: hides the host page around the widget. Adopted, so strict CSP allows it.
const PRINTING = 'data-coordinator-check-printing';
const PRINT_PAGE = `@media print{body *{visibility:hidden!important}[${PRINTING}],[${PRINTING}] *{visibility:visible!important}[${PRINTING}]{position:absolute;inset:0 0 auto}}`;

/**
 * The ways a person takes their result away: print, copy to the clipboard, download a text file.
 * Holds what the last action said (`message`) and, when the clipboard is refused, the text shown for
 * copying by hand (`fallback`).
 */
export class TakeAwayController implements ReactiveController {
  /** The last copy confirmation or failure, announced politely. */
  message = '';
  /** The summary shown for copying by hand when the clipboard was refused. */
  fallback = '';

  private readonly _host: Host;
  /** Shows the host page again after printing; set while a print is under way. */
  private _afterPrint: (() => void) | undefined;

  constructor(host: Host) {
    this._host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    // Removed while printing: the page must not stay hidden.
    this._afterPrint?.();
  }

  /** Forgets what the last action said. */
  clear(): void {
    this.message = this.fallback = '';
    this._host.requestUpdate();
  }

  /**
   * Copies text; where the clipboard is refused, selects it on screen so the person can copy it.
   * `selector` names the text box to select: the summary fallback box, or the draft's own box.
   */
  async copy(text: string, words: TakeAwayWords, selector: 'summary' | 'draft-text'): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.message = words.copied;
    } catch {
      this.message = words.copyFailed;
      this.fallback = selector === 'summary' ? text : '';
    }
    this._host.requestUpdate();
    if (this.message !== words.copyFailed) return;
    await this._host.updateComplete;
    this._host.renderRoot.querySelector<HTMLTextAreaElement>(`.${selector}`)?.select();
  }

  /** Saves text as a `.txt` file named with today's local date. */
  download(text: string): void {
    const url = URL.createObjectURL(new Blob([text], {type: 'text/plain'}));
    // The local date as YYYY-MM-DD, the same day as "Checked on" in the file.
    const date = new Date().toLocaleDateString('sv');
    const link = Object.assign(document.createElement('a'), {href: url, download: `coordinator-check-${date}.txt`});
    this._host.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** Prints the widget alone: the rest of the page is hidden while printing, and shown again after. */
  print(): void {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PRINT_PAGE);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    this._host.toggleAttribute(PRINTING, true);
    const afterPrint = (this._afterPrint = () => {
      removeEventListener('afterprint', afterPrint);
      this._afterPrint = undefined;
      this._host.removeAttribute(PRINTING);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    });
    // Undone after printing: on phones print() returns before the page is printed.
    addEventListener('afterprint', afterPrint);
    print();
  }
}
