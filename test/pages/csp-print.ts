// Prints a summary through the print frame under the strict policy (Trusted Types included), and
// records what the frame held, for test/print-frame.test.ts.
import {printSummary} from '../../src/platform/print-frame.js';
import {printContent} from '../print-content.js';

const page = window as unknown as Record<string, unknown>;
const container = document.getElementById('widget')!.attachShadow({mode: 'open'});
page.printed = printSummary(printContent(), container, {
  print: (win) => {
    page.frameText = win.document.body.textContent;
    page.frameSheets = win.document.adoptedStyleSheets.length;
    win.dispatchEvent(new Event('afterprint'));
  },
});
