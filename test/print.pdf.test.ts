import {expect} from '@open-wc/testing';
import {en} from '../src/i18n/en.js';
import {executeServerCommand} from '@web/test-runner-commands';
import {printSummary} from '../src/platform/print-frame.js';
import {printContent} from './print-content.js';

interface Pdf {
  pages: number;
  size: string;
  texts: string[];
}

/** Prints `noteLength`-character notes through the print frame, and renders exactly what the frame held to PDF. */
async function printToPdf(noteLength: number): Promise<Pdf> {
  const container = document.body.appendChild(document.createElement('div')).attachShadow({mode: 'open'});
  let frame = {html: '', css: ''};
  await printSummary(printContent(noteLength), container, {
    print: (win) => {
      const sheets = win.document.adoptedStyleSheets;
      frame = {html: win.document.documentElement.outerHTML, css: sheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n')};
      win.dispatchEvent(new Event('afterprint'));
    },
  });
  container.host.remove();
  return executeServerCommand<Pdf, typeof frame>('print-pdf', frame);
}

describe('the printout, rendered to PDF by Chromium', () => {
  it('fits a full result with a note on every trait on one or two A4 pages, none of them blank', async () => {
    const pdf = await printToPdf(300);
    expect(pdf.size).to.contain('(A4)');
    expect(pdf.pages).to.be.within(1, 2);
    for (const [i, text] of pdf.texts.entries()) expect(text.trim().length, `page ${i + 1} has text`).to.be.greaterThan(50);
    const all = pdf.texts.join('\n');
    for (const text of [
      'How is your care co-ordinator doing?',
      'Checked on 2 December 2026',
      'Not met',
      'Partly met',
      en.nextStepsHeading,
      'If you need help now',
      'Samaritans',
    ]) {
      expect(all.replace(/\s+/g, ' ')).to.contain(text);
    }
  });

  it('has no blank page even with every note at its 2,000-character limit', async () => {
    const pdf = await printToPdf(2000);
    expect(pdf.pages).to.be.within(2, 6);
    for (const [i, text] of pdf.texts.entries()) expect(text.trim().length, `page ${i + 1} has text`).to.be.greaterThan(50);
  });
});
