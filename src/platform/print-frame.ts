import {css} from 'lit';
import type {Strings} from '../i18n/strings.js';
import {contactFields, traitDetails, type ResultDocument} from '../i18n/result-view.js';

/** What a printout shows: the result in words, for one page's copy and date. */
export interface PrintContent {
  readonly doc: ResultDocument;
  readonly strings: Strings;
  /** The widget's heading, also the printed document's title (and so a PDF's suggested name). */
  readonly title: string;
  /** The date the check was done, already written in the copy's language. */
  readonly date: string;
  readonly lang: string;
}

export interface PrintOptions {
  /** Prints the frame's window; a test can stand in for the browser's dialog. Default `win.print()`. */
  readonly print?: (win: Window) => void;
  /** Removes the frame this long after printing even if `afterprint` never comes (a host or sandbox blocking print). */
  readonly timeout?: number;
}

/** How a print ended: the frame's `afterprint`, or the fallback timeout. */
export type PrintEnd = 'afterprint' | 'timeout';

/**
 * Black on white, A4 with room for a hole punch, nothing split across pages that need not be. Written
 * as Lit's `css` so the build minifies it as it does the widget's own styles.
 */
export const PRINT_STYLES = css`
@page { size: A4; margin: 18mm 16mm; }
* { color: #000 !important; background: #fff !important; box-shadow: none !important; print-color-adjust: economy; }
html { font: 11pt/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
body { margin: 0; }
h1 { font-size: 18pt; margin: 0 0 4pt; }
h2 { font-size: 13pt; margin: 14pt 0 4pt; border-bottom: 1px solid #000; break-after: avoid; }
p, ul, ol { margin: 0 0 6pt; }
ul, ol { padding-left: 18pt; }
li { margin: 0 0 4pt; break-inside: avoid; }
.verdict { font-weight: bold; }
.status { font-weight: bold; }
.status::before { content: " — "; font-weight: normal; }
q { quotes: "“" "”"; }
`.cssText;

/** Builds the printed summary into `doc`: headings, verdict, changes since the last check, traits and statuses, notes, next steps, crisis lines, date. */
export function buildPrintout(doc: Document, {doc: result, strings: s, title, date, lang}: PrintContent): void {
  /** An element made with DOM methods only: no markup parsed, so strict CSP and Trusted Types hold. */
  const e = <K extends keyof HTMLElementTagNameMap>(tag: K, ...children: (Node | string)[]): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag);
    node.append(...children);
    return node;
  };
  doc.documentElement.lang = lang;
  doc.title = title;
  const body = doc.body ?? doc.documentElement.appendChild(e('body'));
  body.replaceChildren(
    e('h1', title),
    e('p', s.checkedOn({date})),
    Object.assign(e('p', result.verdict), {className: 'verdict'}),
    e('p', result.verdictDetail),
  );
  if (result.raisedNote) body.append(e('p', result.raisedNote));
  const status = (text: string) => Object.assign(e('span', text), {className: 'status'});
  if (result.since) {
    const lines = result.since.lines.map(({trait, change}) => e('li', e('strong', trait.title), status(s.history.change[change])));
    body.append(e('h2', result.since.heading), e('ul', ...lines));
  }
  for (const group of result.groups) {
    const list = e('ul');
    for (const line of group.lines) {
      const item = e('li', e('strong', line.trait.title), status(s.status[line.status]));
      for (const detail of traitDetails(line, s)) item.append(e('br'), detail);
      const {prompts} = line;
      if (prompts) item.append(e('br'), prompts.intro, e('ul', ...prompts.lines.map((prompt) => e('li', e('q', prompt)))));
      list.append(item);
    }
    body.append(e('h2', group.id === 'first' ? s.agenda.headingMine : group.heading), list);
  }
  const steps = e(
    'ol',
    ...result.steps.map((step) => {
      const contact = contactFields(step.contact, s).map(([label, value]) => e('li', `${label}: ${value}`));
      return e('li', step.text, ...(contact.length ? [e('ul', ...contact)] : []));
    }),
  );
  body.append(e('h2', s.nextStepsHeading), steps);
  if (result.crisis.length) {
    const lines = result.crisis.map((c) => e('li', [c.label, c.phone, c.url].filter(Boolean).join(' ')));
    body.append(e('h2', s.crisisHeading), e('ul', ...lines));
  }
}

/** Styles the frame's document: an adopted sheet, which a `style-src 'self'` policy allows (a <style> it would not). */
function style(win: Window): void {
  try {
    const sheet = new (win as unknown as typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(PRINT_STYLES);
    win.document.adoptedStyleSheets = [sheet];
  } catch {
    // No constructable sheets (older browsers): the summary still prints, plainly.
  }
}

/**
 * Prints a summary from a hidden frame put in `container` (the widget's shadow root), so the host
 * page is never restyled, marked or hidden, wherever the widget sits and however long the page is.
 * The frame has no `src`, so it is same-origin and keeps the page's CSP. It is removed on the
 * frame's `afterprint`, or after `timeout` if that never comes; the promise says which.
 */
export function printSummary(content: PrintContent, container: Node, options: PrintOptions = {}): Promise<PrintEnd> {
  const {print = (win: Window) => win.print(), timeout = 60_000} = options;
  const owner = container.ownerDocument ?? (container as Document);
  const frame = owner.createElement('iframe');
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  frame.title = content.title;
  // Through the CSSOM (allowed by CSP), never a style attribute. Not display: none, which some browsers will not print.
  Object.assign(frame.style, {
    position: 'fixed',
    right: '0',
    bottom: '0',
    width: '1px',
    height: '1px',
    border: '0',
    opacity: '0',
    pointerEvents: 'none',
  });
  container.appendChild(frame);
  const win = frame.contentWindow!;
  buildPrintout(win.document, content);
  style(win);
  return new Promise<PrintEnd>((resolve) => {
    const end = (how: PrintEnd) => {
      clearTimeout(timer);
      win.removeEventListener('afterprint', onAfter);
      frame.remove();
      resolve(how);
    };
    const onAfter = () => end('afterprint');
    // On phones print() returns at once and printing happens later: wait for the frame to say so.
    const timer = setTimeout(() => end('timeout'), timeout);
    win.addEventListener('afterprint', onAfter);
    try {
      print(win);
    } catch {
      end('timeout');
    }
  });
}
