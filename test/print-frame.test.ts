import {expect, fixture, html} from '@open-wc/testing';
import {en} from '../src/i18n/en.js';
import {PRINT_STYLES, printSummary} from '../src/platform/print-frame.js';
import {printContent} from './print-content.js';

/** Everything about the host document that printing must leave alone. */
function hostState(): string {
  const attributes = (el: Element) => [...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ');
  return JSON.stringify({
    html: attributes(document.documentElement),
    body: attributes(document.body),
    adopted: document.adoptedStyleSheets.length,
    sheets: document.styleSheets.length,
    styles: document.querySelectorAll('style, link[rel~="stylesheet"]').length,
    printing: document.querySelectorAll('[data-coordinator-check-printing]').length,
  });
}

/** A widget-like shadow root inside another component's shadow root, under a positioned container on a long page. */
async function nestedContainer(): Promise<ShadowRoot> {
  const page = await fixture<HTMLDivElement>(html`<div style="position: relative; transform: translateZ(0)">
    <div style="height: 4000px">A long host page</div>
    <div class="outer"></div>
    <div style="height: 4000px">More of it</div>
  </div>`);
  const outer = page.querySelector('.outer')!.attachShadow({mode: 'open'});
  const inner = document.createElement('div');
  inner.style.position = 'absolute';
  outer.append(inner);
  return inner.attachShadow({mode: 'open'});
}

const PRINTED = [
  'Checked on 2 December 2026',
  'Keeps everyone informed',
  'Not met',
  'Partly met',
  'Not sure',
  'Met',
  'Your example:',
  en.nextStepsHeading,
  'pals@leeds.nhs.uk',
  'If you need help now',
  '116 123',
];

describe('printing never changes the host page', () => {
  let observer: MutationObserver;
  let hostMutations: MutationRecord[];
  beforeEach(() => {
    hostMutations = [];
    observer = new MutationObserver((records) => hostMutations.push(...records));
    observer.observe(document, {attributes: true, subtree: true});
  });
  afterEach(() => observer.disconnect());

  it('prints the summary from its own frame, leaving no stylesheet or attribute on the host document before, during or after', async () => {
    const container = await nestedContainer();
    const before = hostState();
    const during: {host?: string; text?: string; title?: string; sheets?: string; inContainer?: boolean} = {};
    const end = await printSummary(printContent(), container, {
      print: (win) => {
        during.host = hostState();
        during.text = win.document.body.innerText;
        during.title = win.document.title;
        during.sheets = [...win.document.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('')).join('');
        during.inContainer = container.querySelector('iframe')?.contentWindow === win;
        win.dispatchEvent(new Event('afterprint'));
      },
    });
    expect(end).to.equal('afterprint');
    expect(during.host, 'during print').to.equal(before);
    expect(hostState(), 'after print').to.equal(before);
    expect(hostMutations.map((m) => `${(m.target as Element).tagName} ${m.attributeName}`)).to.deep.equal([]);
    expect(during.inContainer).to.equal(true);
    expect(during.title).to.equal('How is your care co-ordinator doing?');
    for (const text of PRINTED) expect(during.text).to.contain(text);
    expect(during.sheets).to.match(/@page \{ size: a4/i);
    expect(container.querySelector('iframe'), 'the frame is removed after printing').to.equal(null);
  });

  it('removes its frame after the fallback timeout when afterprint never comes (print overridden, or blocked in a sandbox)', async () => {
    const container = await nestedContainer();
    const before = hostState();
    const end = await printSummary(printContent(), container, {print: () => {}, timeout: 50});
    expect(end).to.equal('timeout');
    expect(container.querySelector('iframe')).to.equal(null);
    expect(hostState()).to.equal(before);
  });

  it('prints two widgets independently, and three clicks leave nothing behind', async () => {
    const [one, two] = [await nestedContainer(), await nestedContainer()];
    const before = hostState();
    const seen: string[] = [];
    const print = (win: Window) => void seen.push(win.document.querySelector('h1')!.textContent);
    await Promise.all([one, two, one].map((container) => printSummary(printContent(), container, {print, timeout: 30})));
    expect(seen).to.deep.equal(Array(3).fill('How is your care co-ordinator doing?'));
    expect([one.querySelectorAll('iframe').length, two.querySelectorAll('iframe').length]).to.deep.equal([0, 0]);
    expect(hostState()).to.equal(before);
  });

  it('prints under a strict Content Security Policy with Trusted Types, with no violation', async () => {
    const iframe = document.createElement('iframe');
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, {once: true}));
    iframe.src = '/test/pages/csp-print.html';
    document.body.append(iframe);
    try {
      await loaded;
      const win = iframe.contentWindow as Window & {printed?: Promise<string>; frameText?: string; frameSheets?: number; violations: unknown[]};
      for (let i = 0; i < 100 && !win.printed; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await win.printed).to.equal('afterprint');
      expect(win.frameText).to.contain('Checked on 2 December 2026');
      expect(win.frameSheets, 'the print sheet is adopted under style-src self').to.equal(1);
      expect(win.violations).to.deep.equal([]);
      // The policy really was in force: an inline style attribute set from script is refused.
      const probe = win.document.createElement('div');
      probe.setAttribute('style', 'color: red');
      win.document.body.append(probe);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(win.violations.length).to.be.greaterThan(0);
    } finally {
      iframe.remove();
    }
  });

  it('builds the printout with DOM methods and an adopted sheet only: no <style>, no script, no inline style', async () => {
    const container = await nestedContainer();
    let markup = '';
    await printSummary(printContent(), container, {
      print: (win) => {
        markup = win.document.documentElement.outerHTML;
        win.dispatchEvent(new Event('afterprint'));
      },
    });
    expect(markup).not.to.match(/<style|<script|style=/);
    expect(markup).to.match(/^<html lang="en">/);
    expect(PRINT_STYLES).to.contain('#000');
  });
});
