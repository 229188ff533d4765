// A test-runner command: renders a printout to PDF with Chromium (the page's own browser), and reads
// it back with poppler-utils (apt-get install poppler-utils): page count, page size, text per page.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

export function printPdfPlugin() {
  return {
    name: 'print-pdf',
    async executeCommand({command, payload, session}) {
      if (command !== 'print-pdf') return undefined;
      const page = session.browser.getPage(session.id);
      const pdfPage = await page.browser().newPage();
      let pdf;
      try {
        await pdfPage.setContent(payload.html, {waitUntil: 'load'});
        await pdfPage.addStyleTag({content: payload.css});
        // The printout's own @page rule decides the paper, as it does in the print dialog.
        pdf = await pdfPage.pdf({preferCSSPageSize: true});
      } finally {
        await pdfPage.close();
      }
      const dir = mkdtempSync(join(tmpdir(), 'coordinator-check-pdf-'));
      try {
        const file = join(dir, 'printout.pdf');
        writeFileSync(file, pdf);
        const info = execFileSync('pdfinfo', [file], {encoding: 'utf8'});
        const pages = Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
        const size = /^Page size:\s+(.+)$/m.exec(info)[1].trim();
        const texts = Array.from({length: pages}, (_, i) =>
          execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-'], {encoding: 'utf8'}),
        );
        return {pages, size, texts};
      } finally {
        rmSync(dir, {recursive: true, force: true});
      }
    },
  };
}
