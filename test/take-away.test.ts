import {aTimeout, expect, html, waitUntil} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import type {CoordinatorCheck} from '../src/coordinator-check/coordinator-check-element.js';
import type {CoordinatorCheckResultEvent} from '../src/coordinator-check/events.js';
import {en} from '../src/i18n/en.js';
import {resolveTraits, roleWords} from '../src/i18n/resolve.js';
import {describeResult, draftText, summaryText, type Notes} from '../src/i18n/result-view.js';
import {BUILT_IN_TRAIT_IDS} from '../src/model/traits.js';
import type {Answer, Answers} from '../src/model/types.js';
import {STORAGE_VERSION, storageName} from '../src/platform/storage.js';
import {
  $,
  $$,
  answer,
  answerAll,
  button,
  collectResults,
  describeEl,
  expectFocusOn,
  NEXT_STEPS,
  RAISED_QUESTION,
  renderCheck,
  savedLine,
  STATEMENTS,
  statementIds,
  submit,
  TOTAL,
} from './helpers.js';

const PREFIX = 'coordinator-check:';
const IS_FIREFOX = navigator.userAgent.includes('Firefox');
const words = roleWords('care co-ordinator');
const traits = resolveTraits(en, words);
const title = (id: (typeof BUILT_IN_TRAIT_IDS)[number]) => en.traits[id].title;

// Statement by statement: communication met, organisation partly met, listening not met,
// approachable not sure, accessible met.
const MIXED: Answer[] = ['yes', 'yes', 'sometimes', 'sometimes', 'sometimes', 'no', 'no', 'not-sure', 'not-sure', 'yes', 'yes', 'yes'];
const NOTE = 'He forgot to tell my GP about the new tablets on 3 March.';

/** Today as the widget words it: "27 November 2026". */
const today = () => new Date().toLocaleDateString('en-GB', {dateStyle: 'long'});

/** The summary the model gives for these answers and notes today, in English, for England. */
function expectedSummary(answers: Answers, notes: Notes = {}): string {
  const doc = describeResult({strings: en, words, traits, answers, notes, region: 'england'});
  return summaryText(doc, en, en.heading(words), today());
}

function expectedDraft(answers: Answers, notes: Notes = {}): string {
  return draftText(describeResult({strings: en, words, traits, answers, notes, region: 'england'}), en);
}

/** Every statement id, in the order shown. */
const IDS = traits.flatMap((t) => t.statements.map((s) => s.id));
const answersOf = (given: readonly Answer[]): Answers => Object.fromEntries(IDS.map((id, i) => [id, given[i]]));

/** What `remember` keeps in storage, as far as these tests read it. */
type Stored = {answers: Answers};

// Every stub is undone after each test, newest first.
const restores: (() => void)[] = [];
function stub<T extends object>(target: T, key: PropertyKey, value: unknown): void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, {value, configurable: true, writable: true});
  restores.push(() => (own ? Object.defineProperty(target, key, own) : delete (target as Record<PropertyKey, unknown>)[key]));
}

function stubGetter<T extends object>(target: T, key: PropertyKey, get: () => unknown): void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, {get, configurable: true});
  restores.push(() => (own ? Object.defineProperty(target, key, own) : delete (target as Record<PropertyKey, unknown>)[key]));
}

/** Replaces the clipboard; `writeText` records what it was given, then resolves or rejects. */
function stubClipboard(outcome: 'resolve' | 'reject' | 'missing'): string[] {
  const copied: string[] = [];
  const clipboard =
    outcome === 'missing'
      ? undefined
      : {
          writeText: (text: string) => {
            copied.push(text);
            return outcome === 'resolve' ? Promise.resolve() : Promise.reject(new DOMException('Denied', 'NotAllowedError'));
          },
        };
  stub(navigator, 'clipboard', clipboard);
  return copied;
}

/** Captures what a download would save: the Blob and the link that was clicked. */
function stubDownload(): {blobs: Blob[]; links: {download: string; href: string; connected: boolean}[]} {
  const blobs: Blob[] = [];
  const links: {download: string; href: string; connected: boolean}[] = [];
  const create = URL.createObjectURL.bind(URL);
  stub(URL, 'createObjectURL', (blob: Blob) => {
    blobs.push(blob);
    return create(blob);
  });
  stub(HTMLAnchorElement.prototype, 'click', function (this: HTMLAnchorElement) {
    links.push({download: this.download, href: this.href, connected: this.isConnected});
  });
  return {blobs, links};
}

/** Stands in for the browser's print: runs `during`, then (unless told otherwise) says printing is over. */
/** Stands in for each print frame's print(), counting calls and reading what it would print. */
function stubFramePrint(): {printed: string[]; restore: () => void} {
  const printed: string[] = [];
  const stubbed = new WeakSet<Window>();
  const real = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow')!;
  Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
    configurable: true,
    get(this: HTMLIFrameElement) {
      const win = real.get!.call(this) as Window | null;
      // print() is the window's own property (Window is a global): replaced once per frame.
      if (win && !stubbed.has(win)) {
        stubbed.add(win);
        Object.defineProperty(win, 'print', {configurable: true, value: () => printed.push(win.document.body.innerText)});
      }
      return win;
    },
  });
  return {printed, restore: () => Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', real)};
}

function stubWarn(): unknown[][] {
  const warnings: unknown[][] = [];
  stub(console, 'warn', (...args: unknown[]) => warnings.push(args));
  return warnings;
}

/** Every Storage write (localStorage and sessionStorage), still passed through. */
function spyStorage(): string[] {
  const calls: string[] = [];
  for (const method of ['setItem', 'removeItem', 'clear'] as const) {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- kept unbound on purpose: applied to the right Storage below
    const original = Storage.prototype[method] as (...args: unknown[]) => unknown;
    stub(Storage.prototype, method, function (this: Storage, ...args: unknown[]) {
      calls.push(`${this === localStorage ? 'localStorage' : 'sessionStorage'}.${method}(${args.join(', ')})`);
      return original.apply(this, args);
    });
  }
  return calls;
}

function throwing(name = 'SecurityError') {
  return () => {
    throw new DOMException('The operation is insecure.', name);
  };
}

const traitNote = (el: CoordinatorCheck, traitId: string) =>
  $$<HTMLDetailsElement>(el, 'details[data-trait]').find((d) => d.dataset.trait === traitId)!;

/** Opens a trait's note panel and waits for its text box, which is made on first opening. */
async function openNote(el: CoordinatorCheck, traitId: string): Promise<HTMLTextAreaElement> {
  const details = traitNote(el, traitId);
  if (!details.open) details.querySelector('summary')!.click();
  await waitUntil(() => details.querySelector('textarea'), 'the note text box appears');
  return details.querySelector('textarea')!;
}

/** Opens a trait's note and writes in it, as typing would (one input event). */
async function writeNote(el: CoordinatorCheck, traitId: string, text: string): Promise<void> {
  await openNote(el, traitId);
  const textarea = traitNote(el, traitId).querySelector('textarea')!;
  textarea.value = text;
  textarea.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  await el.updateComplete;
}

/** Clicks a button and waits for what it started, including an async copy, to finish. */
async function press(el: CoordinatorCheck, text: string): Promise<void> {
  button(el, text).click();
  await aTimeout(0);
  await el.updateComplete;
}

/** The result's status line: what the last take-away action said. */
const messageLine = (el: CoordinatorCheck) => $(el, '[part~="result"] > [role="status"]');
const message = (el: CoordinatorCheck) => messageLine(el)!.textContent.trim();
/** The result's line that says `words`, found by them alone (its role is what the tests check). */
const lineSaying = (el: CoordinatorCheck, words: string) => $$(el, '[part~="result"] p').find((p) => p.textContent.trim() === words) ?? null;
/** The summary to copy by hand, a read-only box named as the result. */
const summaryBox = (el: CoordinatorCheck) =>
  $$<HTMLTextAreaElement>(el, 'textarea').find((t) => t.getAttribute('aria-label') === en.resultHeading) ?? null;

async function openDraft(el: CoordinatorCheck): Promise<HTMLTextAreaElement> {
  const details = $<HTMLDetailsElement>(el, 'details[part~="draft"]')!;
  details.querySelector('summary')!.click();
  await el.updateComplete;
  expect(details.open).to.equal(true);
  return details.querySelector<HTMLTextAreaElement>('textarea')!;
}

const isShown = (node: Element) => node.getClientRects().length > 0 && getComputedStyle(node).visibility === 'visible';

/** The rules inside a sheet's `@media print` blocks, as a sheet that applies on screen. */
function printRulesOf(sheets: readonly CSSStyleSheet[]): CSSStyleSheet {
  const rules = sheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
    .flatMap((rule) => [...rule.cssRules].map((r) => r.cssText));
  expect(rules.length, 'print rules').to.be.greaterThan(0);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  return sheet;
}

/**
 * Runs `check` with the page in print. Chromium emulates print media; Firefox cannot (emulateMedia is
 * Chromium-only), so there the widget's own `@media print` rules are applied directly.
 */
async function inPrint(el: CoordinatorCheck, check: () => void): Promise<void> {
  if (!IS_FIREFOX) {
    await emulateMedia({media: 'print'});
    try {
      check();
    } finally {
      await emulateMedia({media: 'screen'});
    }
    return;
  }
  const root = el.shadowRoot!;
  const before = root.adoptedStyleSheets;
  root.adoptedStyleSheets = [...before, printRulesOf(before)];
  try {
    check();
  } finally {
    root.adoptedStyleSheets = before;
  }
}

/** A complete check with the mixed answers, a note on "Really listens", submitted. */
async function completeCheck(el: CoordinatorCheck, notes: Notes = {listening: NOTE}): Promise<Answers> {
  await answerAll(el, MIXED);
  for (const [trait, text] of Object.entries(notes)) await writeNote(el, trait, text);
  await submit(el);
  expect($(el, '[part~="result"]'), 'the result is shown').to.exist;
  return answersOf(MIXED);
}

describe('<coordinator-check> take-away and privacy', () => {
  afterEach(() => {
    while (restores.length) restores.pop()!();
    for (const store of [localStorage, sessionStorage]) {
      for (const key of Object.keys(store)) if (key.startsWith(PREFIX)) store.removeItem(key);
    }
  });

  describe('Print', () => {
    it('prints the summary from a frame of its own, leaving the host page as it was, and removes the frame after', async () => {
      const wrapper = (await renderCheck(
        html`<div><p id="around">The host page's own text</p><coordinator-check layout="single"></coordinator-check></div>`,
      )) as unknown as HTMLElement;
      const el = wrapper.querySelector<CoordinatorCheck>('coordinator-check')!;
      await el.updateComplete;
      await completeCheck(el);
      const sheetsBefore = [...document.adoptedStyleSheets];
      const attributesBefore = [...el.attributes].map((a) => a.name);
      const stub = stubFramePrint();
      try {
        await press(el, en.print);
      } finally {
        stub.restore();
      }
      expect(stub.printed).to.have.length(1);
      expect(stub.printed[0]).to.contain(el.result && $(el, '[part~="verdict"]')!.textContent.trim());
      expect(document.adoptedStyleSheets, 'no stylesheet added to the host page').to.deep.equal(sheetsBefore);
      expect(
        [...el.attributes].map((a) => a.name),
        'no attribute added to the element',
      ).to.deep.equal(attributesBefore);
      const frame = el.shadowRoot!.querySelector('iframe')!;
      expect(frame, 'the print frame, inside the widget').to.exist;
      frame.contentWindow!.dispatchEvent(new Event('afterprint'));
      expect(el.shadowRoot!.querySelector('iframe'), 'the frame is gone after printing').to.equal(null);
    });

    it(
      'prints a clean summary: the date and results shown; buttons, messages, the draft and text boxes hidden; black on white ' +
        '(print media emulated in Chromium; in Firefox the widget’s print rules applied directly)',
      async () => {
        const el = await renderCheck(
          html`<coordinator-check layout="single" remember storage-key="print" theme="auto" style="--coordinator-check-text: #0a6; --coordinator-check-background: #123"></coordinator-check>`,
        );
        await completeCheck(el);
        stubClipboard('reject');
        await press(el, en.copySummary);
        await openDraft(el);
        expect(summaryBox(el), 'the copy fallback is on screen').to.exist;
        expect(isShown(button(el, en.print)), 'buttons show on screen').to.equal(true);

        await inPrint(el, () => {
          const dateLine = $$(el, '[part~="result"] p').find((p) => p.textContent.includes(en.checkedOn({date: today()})))!;
          expect(dateLine, 'the date line').to.exist;
          for (const node of [
            dateLine,
            $(el, '[part~="verdict"]')!,
            ...$$(el, '[part~="result"] [part~="trait"]'),
            $(el, NEXT_STEPS)!,
            $(el, '[part~="crisis"]')!,
          ]) {
            expect(isShown(node), `${node.className || node.tagName} is printed`).to.equal(true);
          }
          for (const node of [
            ...$$(el, 'button, a[part~="button"]'),
            ...$$(el, 'textarea'),
            $(el, '[part~="draft"]')!,
            messageLine(el)!,
            savedLine(el)!,
          ]) {
            expect(isShown(node), `${node.className || node.tagName} "${node.textContent.trim().slice(0, 30)}" is not printed`).to.equal(false);
          }
          const base = $(el, '[part~="base"]')!;
          expect(getComputedStyle(base).color).to.equal('rgb(0, 0, 0)');
          expect(getComputedStyle(base).backgroundColor).to.equal('rgb(255, 255, 255)');
          // Every printed piece of text, links included, is black.
          const texts = $$(el, '[part~="result"] *').filter(
            (n) => isShown(n) && [...n.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim()),
          );
          expect(texts.length).to.be.greaterThan(10);
          for (const node of texts) expect(getComputedStyle(node).color, node.textContent.trim().slice(0, 40)).to.equal('rgb(0, 0, 0)');
        });
      },
    );

    it(
      'hides the note text boxes when the questions are printed ' +
        '(print media emulated in Chromium; in Firefox the widget’s print rules applied directly)',
      async () => {
        const el = await renderCheck();
        await writeNote(el, 'listening', NOTE);
        expect(isShown(traitNote(el, 'listening').querySelector('textarea')!)).to.equal(true);
        await inPrint(el, () => {
          for (const textarea of $$(el, 'textarea')) expect(isShown(textarea)).to.equal(false);
        });
      },
    );

    it(
      'prints no buttons when the questions are printed, the "See my results" button included ' +
        '(print media emulated in Chromium; in Firefox the widget’s print rules applied directly)',
      async () => {
        const el = await renderCheck(html`<coordinator-check layout="single" remember storage-key="print"></coordinator-check>`);
        expect(isShown($(el, 'button[type="submit"]')!)).to.equal(true);
        await inPrint(el, () => {
          for (const node of $$(el, 'button')) expect(isShown(node), node.textContent.trim()).to.equal(false);
        });
      },
    );
  });

  describe('Copy summary', () => {
    it('copies the summary with the date, every status, the notes and the next steps, and says so in a status region', async () => {
      const el = await renderCheck();
      const answers = await completeCheck(el, {listening: NOTE, communication: 'My GP is always told.'});
      const copied = stubClipboard('resolve');
      expect(message(el)).to.equal('');

      await press(el, en.copySummary);

      expect(copied).to.have.length(1);
      const text = copied[0];
      expect(text).to.equal(expectedSummary(answers, {listening: NOTE, communication: 'My GP is always told.'}));
      expect(text).to.contain(`Checked on ${today()}`);
      for (const [id, status] of [
        ['communication', 'Met'],
        ['organisation', 'Partly met'],
        ['listening', 'Not met'],
        ['approachable', 'Not sure'],
        ['accessible', 'Met'],
      ] as const) {
        expect(text).to.contain(`- ${title(id)}: ${status}`);
      }
      expect(text).to.contain(NOTE);
      expect(text).to.contain('My GP is always told.');
      expect(text).to.contain(en.nextStepsHeading);
      expect(text).to.contain(en.steps.talk(words));
      expect(text).to.contain('116 123');

      const status = lineSaying(el, en.copied)!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(message(el)).to.equal(en.copied);
      expect(isShown(status)).to.equal(true);
      expect(summaryBox(el)).to.equal(null);
    });

    it('words what it said in the language on screen, so a change of language rewords it', async () => {
      const el = await renderCheck();
      await completeCheck(el);
      stubClipboard('resolve');
      await press(el, en.copySummary);
      expect(message(el)).to.equal(en.copied);
      el.config = {locales: {cy: {copied: 'Wedi’i gopïo.'}}};
      el.setAttribute('lang', 'cy');
      await el.updateComplete;
      expect(message(el)).to.equal('Wedi’i gopïo.');
    });

    for (const outcome of ['reject', 'missing'] as const) {
      it(`shows the summary selected in a read-only box, and says so, when the clipboard ${outcome === 'reject' ? 'refuses' : 'is missing'}`, async () => {
        const el = await renderCheck();
        const answers = await completeCheck(el);
        stubClipboard(outcome);

        await press(el, en.copySummary);
        await waitUntil(() => summaryBox(el), 'the fallback box appears');
        await el.updateComplete;

        const box = summaryBox(el)!;
        expect(box.readOnly).to.equal(true);
        expect(box.value).to.equal(expectedSummary(answers, {listening: NOTE}));
        expect(box.selectionStart).to.equal(0);
        expect(box.selectionEnd).to.equal(box.value.length);
        expect(isShown(box)).to.equal(true);
        expect(message(el)).to.equal(en.copyFailed);
        expect(lineSaying(el, en.copyFailed)!.getAttribute('role')).to.equal('status');
      });
    }

    it('puts keyboard focus on the selected summary, so Ctrl+C copies it', async () => {
      const el = await renderCheck();
      await completeCheck(el);
      stubClipboard('reject');
      await press(el, en.copySummary);
      await waitUntil(() => summaryBox(el), 'the fallback box appears');
      await el.updateComplete;
      expectFocusOn(summaryBox(el), 'focus on the selected summary');
    });
  });

  describe('Download', () => {
    it('saves the summary as a .txt file named with the date', async () => {
      const el = await renderCheck();
      const answers = await completeCheck(el);
      const {blobs, links} = stubDownload();

      await press(el, en.download);

      expect(blobs).to.have.length(1);
      expect(blobs[0].type).to.equal('text/plain');
      expect(await blobs[0].text()).to.equal(expectedSummary(answers, {listening: NOTE}));
      expect(links).to.have.length(1);
      expect(links[0].download).to.match(/^coordinator-check-\d{4}-\d{2}-\d{2}\.txt$/);
      expect(links[0].href).to.match(/^blob:/);
      expect(links[0].connected, 'the link is in the document when clicked').to.equal(true);
      expect($$(el, 'a[download]'), 'no link is left behind').to.have.length(0);
    });

    it('names the file with the same day as the date in the summary (the local date, not UTC)', async () => {
      const el = await renderCheck();
      await completeCheck(el);
      const {links} = stubDownload();
      await press(el, en.download);
      const now = new Date();
      const local = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
      expect(links[0].download).to.equal(`coordinator-check-${local}.txt`);
    });
  });

  describe('when a take-away action fails', () => {
    it('says so on screen, and offers the text to copy by hand, when the clipboard never answers', async function () {
      // The widget waits 3 seconds for the clipboard before it gives up.
      this.timeout(15000);
      const el = await renderCheck();
      await completeCheck(el);
      stub(navigator, 'clipboard', {writeText: () => new Promise(() => {})});
      button(el, en.copySummary).click();
      await new Promise((resolve) => setTimeout(resolve, 3500));
      await el.updateComplete;
      expect(message(el)).to.equal(en.copyFailed);
      expect(summaryBox(el)!.value).to.contain(en.nextStepsHeading);
    });

    it('says so on screen when the browser will not make the download', async () => {
      const el = await renderCheck();
      await completeCheck(el);
      stub(URL, 'createObjectURL', () => {
        throw new DOMException('Blocked', 'SecurityError');
      });
      await press(el, en.download);
      expect(message(el)).to.equal(en.takeAwayFailed);
    });

    it('offers no email link for a draft too long for a mail app, and says to copy it instead', async () => {
      const el = await renderCheck(html`<coordinator-check layout="single" contact-email="pals@example.nhs.uk"></coordinator-check>`);
      await completeCheck(el);
      const draft = await openDraft(el);
      expect(button(el, en.draftEmail), 'a short draft has its email link').to.exist;
      draft.value = 'A long message. '.repeat(200);
      draft.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(button(el, en.draftEmail), 'no email link').to.equal(undefined);
      expect($(el, '[part~="draft"]')!.textContent).to.contain(en.draftTooLong);
    });
  });

  describe('Draft a message', () => {
    it('is a closed panel until opened, then prefilled with what is going well and what to raise, without the notes', async () => {
      const el = await renderCheck();
      const answers = await completeCheck(el);
      const details = $<HTMLDetailsElement>(el, 'details[part~="draft"]')!;
      expect(details.open).to.equal(false);
      expect(details.querySelector('summary')!.textContent.trim()).to.equal(en.draftToggle);

      const textarea = await openDraft(el);

      expect(textarea.labels[0].textContent.trim()).to.equal(en.draftLabel(roleWords('care co-ordinator')));
      expect(textarea.value).to.equal(expectedDraft(answers, {listening: NOTE}));
      expect(textarea.value).to.contain(en.draftWell);
      expect(textarea.value).to.contain(`- ${title('communication')}`);
      expect(textarea.value).to.contain(en.draftRaise);
      expect(textarea.value.split('\n')).to.include(`- ${title('listening')}`);
      expect(textarea.value).not.to.contain(NOTE);
    });

    it('keeps what the person types, where they type it, through later re-renders, and copies the edited text', async () => {
      const el = await renderCheck();
      await completeCheck(el);
      const textarea = await openDraft(el);
      const original = textarea.value;
      textarea.focus();
      textarea.setSelectionRange(0, 0);
      await sendKeys({type: 'Dear Sam. '});
      await el.updateComplete;
      expect(textarea.value).to.equal(`Dear Sam. ${original}`);

      // Other parts of the result re-render: a copy message appears.
      const copied = stubClipboard('resolve');
      await press(el, en.copySummary);
      expect(message(el)).to.equal(en.copied);
      expect($<HTMLTextAreaElement>(el, '[part~="draft"] textarea')!.value).to.equal(`Dear Sam. ${original}`);

      await press(el, en.draftCopy);
      expect(copied).to.have.length(2);
      expect(copied[1]).to.equal(`Dear Sam. ${original}`);
      expect(message(el)).to.equal(en.copied);
    });

    it('selects the message for copying by hand when the clipboard refuses', async () => {
      const el = await renderCheck();
      await completeCheck(el);
      const textarea = await openDraft(el);
      stubClipboard('reject');
      await press(el, en.draftCopy);
      expect(message(el)).to.equal(en.copyFailed);
      expect(textarea.selectionStart).to.equal(0);
      expect(textarea.selectionEnd).to.equal(textarea.value.length);
    });

    it('opens the email app with the subject and the edited message, to the contact email the host set', async () => {
      const el = await renderCheck(
        html`<coordinator-check layout="single" contact-name="Leeds PALS" contact-email="pals@example.nhs.uk"></coordinator-check>`,
      );
      await completeCheck(el);
      const textarea = await openDraft(el);
      textarea.value += '\nCan we meet on Tuesday? 50% of visits were late & short.';
      textarea.dispatchEvent(new Event('input', {bubbles: true}));
      await el.updateComplete;

      const link = button(el, en.draftEmail) as HTMLAnchorElement;
      const href = link.getAttribute('href')!;
      expect(href.startsWith('mailto:pals@example.nhs.uk?')).to.equal(true);
      const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
      expect([...params.keys()]).to.deep.equal(['subject', 'body']);
      expect(params.get('subject')).to.equal(en.draftSubject);
      expect(params.get('body')).to.equal(textarea.value);
    });

    it('addresses the email to no one when the host set no contact email', async () => {
      const el = await renderCheck(
        html`<coordinator-check layout="single" contact-name="Leeds PALS" contact-phone="0113 206 6261"></coordinator-check>`,
      );
      await completeCheck(el);
      await openDraft(el);
      const href = (button(el, en.draftEmail) as HTMLAnchorElement).getAttribute('href')!;
      expect(href.startsWith(`mailto:?subject=${encodeURIComponent(en.draftSubject)}&body=`)).to.equal(true);
    });

    it('uses the contact email the host set even when everything is going well', async () => {
      const el = await renderCheck(html`<coordinator-check layout="single" contact-email="pals@example.nhs.uk"></coordinator-check>`);
      await answerAll(el, 'yes');
      await submit(el);
      await openDraft(el);
      const href = (button(el, en.draftEmail) as HTMLAnchorElement).getAttribute('href')!;
      expect(href.startsWith('mailto:pals@example.nhs.uk?')).to.equal(true);
    });

    it('starts again from the new result after the answers are changed and submitted again', async () => {
      const el = await renderCheck();
      await completeCheck(el);
      const textarea = await openDraft(el);
      textarea.value = 'My own words';
      textarea.dispatchEvent(new Event('input', {bubbles: true}));
      await el.updateComplete;
      await press(el, en.changeAnswers);
      await answerAll(el, 'yes');
      await submit(el);
      expect($<HTMLTextAreaElement>(el, '[part~="draft"] textarea')!.value).to.equal(
        expectedDraft(answersOf(Array(TOTAL).fill('yes')), {listening: NOTE}),
      );
    });
  });

  describe('Notes', () => {
    it('offers each trait a closed "Add an example about <trait>" panel with a labelled text box', async () => {
      const el = await renderCheck();
      const notes = $$<HTMLDetailsElement>(el, 'details[data-trait]');
      expect(notes).to.have.length(5);
      for (const [i, details] of notes.entries()) {
        expect(details.open).to.equal(false);
        expect(describeEl(details.closest('fieldset[part~="trait"]'))).to.equal(describeEl($$(el, 'fieldset[part~="trait"]')[i]));
        expect(details.querySelector('summary')!.textContent.trim()).to.equal(en.noteToggle({trait: title(BUILT_IN_TRAIT_IDS[i])}));
        expect(details.dataset.trait).to.equal(BUILT_IN_TRAIT_IDS[i]);
        expect(details.querySelector('textarea'), 'no text box until the panel is opened').to.equal(null);
        const textarea = await openNote(el, BUILT_IN_TRAIT_IDS[i]);
        expect(textarea.labels[0].textContent.trim()).to.equal(en.noteLabel({trait: title(BUILT_IN_TRAIT_IDS[i])}));
        expect(el.shadowRoot!.getElementById(textarea.getAttribute('aria-describedby')!)!.textContent.trim()).to.equal(en.noteHint);
      }
    });

    it('takes typing, and keeps the panel open with focus in it when the person deletes what they typed', async () => {
      const el = await renderCheck();
      const details = traitNote(el, 'listening');
      const textarea = await openNote(el, 'listening');
      textarea.focus();
      await sendKeys({type: 'No'});
      await el.updateComplete;
      expect(textarea.value).to.equal('No');
      await sendKeys({press: 'Backspace'});
      await sendKeys({press: 'Backspace'});
      await el.updateComplete;
      expect(textarea.value).to.equal('');
      expect(details.open, 'the panel stays open').to.equal(true);
      expectFocusOn(textarea, 'focus stays in the text box');
    });

    it('stops a note at 2,000 characters: typing more adds nothing', async () => {
      const el = await renderCheck();
      for (const trait of BUILT_IN_TRAIT_IDS) expect((await openNote(el, trait)).maxLength, trait).to.equal(2000);
      await writeNote(el, 'listening', 'a'.repeat(1999));
      const textarea = traitNote(el, 'listening').querySelector('textarea')!;
      textarea.focus();
      textarea.setSelectionRange(1999, 1999);
      await sendKeys({type: 'bcd'});
      await el.updateComplete;
      expect(textarea.value.length).to.equal(2000);
      expect(textarea.value.endsWith('ab')).to.equal(true);
    });

    it('puts a note in the result, the summary and the download, and not in the draft unless the person asks', async () => {
      const el = await renderCheck();
      await completeCheck(el);
      const row = $$(el, '[part~="result"] [part~="trait"]').find((r) => r.textContent.includes(title('listening')))!;
      expect(row.textContent.replace(/\s+/g, ' ')).to.contain(`${en.yourExample} ${NOTE}`);

      const copied = stubClipboard('resolve');
      await press(el, en.copySummary);
      expect(copied[0]).to.contain(`${en.yourExample} ${NOTE}`);

      const {blobs} = stubDownload();
      await press(el, en.download);
      expect(await blobs[0].text()).to.contain(`${en.yourExample} ${NOTE}`);

      expect((await openDraft(el)).value).not.to.contain(NOTE);
    });

    it('leaves a note on a trait that is going well out of the draft too', async () => {
      const el = await renderCheck();
      await completeCheck(el, {communication: 'My GP is always told.'});
      expect((await openDraft(el)).value).not.to.contain('My GP is always told.');
    });

    it('never puts a note in the event detail, the result property, the page or any storage', async () => {
      const writes = spyStorage();
      const el = await renderCheck();
      const results = collectResults(el);
      await completeCheck(el, {listening: NOTE, communication: 'Secret one', accessible: 'Secret two'});

      expect(results).to.have.length(1);
      const detail = (results[0] as CoordinatorCheckResultEvent).detail;
      for (const note of [NOTE, 'Secret one', 'Secret two']) {
        expect(JSON.stringify(detail)).not.to.contain(note);
        expect(JSON.stringify(el.result)).not.to.contain(note);
        expect(document.documentElement.outerHTML).not.to.contain(note);
        expect(location.href).not.to.contain(encodeURIComponent(note));
        for (const store of [localStorage, sessionStorage]) expect(JSON.stringify({...store})).not.to.contain(note);
      }
      expect(writes).to.deep.equal([]);
    });
  });

  describe('remember', () => {
    const KEY = 'resume';
    const remembering = (key = KEY) => renderCheck(html`<coordinator-check layout="single" remember storage-key=${key}></coordinator-check>`);

    it('restores answers and notes after the widget is removed and made again with the same storage key', async () => {
      const first = await remembering();
      const ids = statementIds(first);
      await answerAll(first, MIXED);
      await writeNote(first, 'listening', NOTE);
      first.remove();

      const second = await remembering();
      const checked = Object.fromEntries($$<HTMLInputElement>(second, 'input:checked').map((r) => [r.dataset.statement!, r.value]));
      expect(checked).to.deep.equal(Object.fromEntries(ids.map((id, i) => [id, MIXED[i]])));
      expect(traitNote(second, 'listening').open).to.equal(true);
      expect(traitNote(second, 'listening').querySelector('textarea')!.value).to.equal(NOTE);
      expect($(second, 'form [role="status"]')!.textContent.trim()).to.equal(en.progress({answered: TOTAL, total: TOTAL}));
      await submit(second);
      expect(second.result!.answers).to.deep.equal(answersOf(MIXED));
    });

    it('restores the answer to "have you raised it?" too, so nothing given is asked again', async () => {
      const first = await remembering();
      await answerAll(first, MIXED);
      $<HTMLInputElement>(first, `${RAISED_QUESTION} input[value="not-yet"]`)!.click();
      await first.updateComplete;
      expect((JSON.parse(localStorage.getItem(storageName(KEY))!) as {raised?: string}).raised).to.equal('not-yet');
      first.remove();

      const second = await remembering();
      expect($<HTMLInputElement>(second, `${RAISED_QUESTION} input:checked`)?.value).to.equal('not-yet');
      await submit(second);
      expect(second.result!.raised).to.equal('not-yet');
      await press(second, en.startAgain);
      await press(second, en.startAgainYes);
      const after = JSON.parse(localStorage.getItem(storageName(KEY)) ?? '{}') as {raised?: string};
      expect(after.raised, 'Start again forgets it').to.equal(undefined);
    });

    it('keeps the answer to "have you raised it?" only while it is asked, so a stale one never comes back ticked', async () => {
      const first = await remembering();
      await answerAll(first, MIXED);
      $<HTMLInputElement>(first, `${RAISED_QUESTION} input[value="better"]`)!.click();
      await first.updateComplete;
      await answerAll(first, 'yes');
      expect($(first, RAISED_QUESTION), 'nothing falls short: not asked').to.equal(null);
      const record = JSON.parse(localStorage.getItem(storageName(KEY))!) as {raised?: string};
      expect(record.raised, 'and not kept').to.equal(undefined);
      first.remove();
      const second = await remembering();
      await answerAll(second, MIXED);
      expect($$(second, `${RAISED_QUESTION} input:checked`), 'asked afresh').to.have.length(0);
    });

    it('says so in one line with a "Clear my answers" button, which removes what it stored', async () => {
      const el = await remembering();
      const saved = savedLine(el)!;
      expect(saved.textContent.replace(/\s+/g, ' ').trim()).to.equal(`${en.remembered} ${en.clearSaved}`);
      await answerAll(el, MIXED);
      await writeNote(el, 'listening', NOTE);
      expect(localStorage.getItem(storageName(KEY))).not.to.equal(null);

      await press(el, en.clearSaved);

      expect(localStorage.getItem(storageName(KEY))).to.equal(null);
      expect($$(el, 'input:checked')).to.have.length(0);
      el.remove();
      const again = await remembering();
      expect($$(again, 'input:checked')).to.have.length(0);
      expect(traitNote(again, 'listening').querySelector('textarea')?.value ?? '', 'no note text remains').to.equal('');
    });

    it('stores answers and notes under its storage key, with the schema version', async () => {
      const el = await remembering();
      const ids = statementIds(el);
      await answerAll(el, MIXED);
      await writeNote(el, 'listening', NOTE);
      expect(storageName(KEY)).to.equal(`${PREFIX}${KEY}`);
      expect(JSON.parse(localStorage.getItem(`${PREFIX}${KEY}`)!)).to.deep.equal({
        v: STORAGE_VERSION,
        answers: Object.fromEntries(ids.map((id, i) => [id, MIXED[i]])),
        notes: {listening: NOTE},
        history: [],
      });
    });

    it('keeps two widgets with different storage keys apart', async () => {
      const wrapper = (await renderCheck(
        html`<div>
          <coordinator-check layout="single" remember storage-key="one"></coordinator-check>
          <coordinator-check layout="single" remember storage-key="two"></coordinator-check>
        </div>`,
      )) as unknown as HTMLElement;
      const [one, two] = [...wrapper.querySelectorAll<CoordinatorCheck>('coordinator-check')];
      await one.updateComplete;
      await two.updateComplete;
      await answerAll(one, 'no');
      await writeNote(one, 'listening', NOTE);
      await answerAll(two, 'yes');
      expect((JSON.parse(localStorage.getItem(`${PREFIX}one`)!) as Stored).answers['communication-1']).to.equal('no');
      expect((JSON.parse(localStorage.getItem(`${PREFIX}two`)!) as Stored).answers['communication-1']).to.equal('yes');
      expect(localStorage.getItem(`${PREFIX}two`)).not.to.contain(NOTE);

      wrapper.remove();
      const again = await remembering('two');
      expect($$<HTMLInputElement>(again, 'input:checked').every((r) => r.value === 'yes')).to.equal(true);
      expect(traitNote(again, 'listening').querySelector('textarea')?.value ?? '', 'no note text remains').to.equal('');
    });

    const ignored: [string, string][] = [
      ['corrupt JSON', '{"v":1,"answers":{"communication-1":"yes"'],
      ['another schema version', JSON.stringify({v: STORAGE_VERSION + 1, answers: {'communication-1': 'yes'}, notes: {listening: 'old'}})],
      ['no schema version', JSON.stringify({answers: {'communication-1': 'yes'}, notes: {}})],
      ['the wrong shape', JSON.stringify({v: STORAGE_VERSION, answers: 'yes', notes: {}})],
      ['JSON that is not an object', 'null'],
    ];
    for (const [name, raw] of ignored) {
      it(`ignores ${name} with a console warning, leaves it in place, and saves nothing over it until cleared`, async () => {
        localStorage.setItem(storageName(KEY), raw);
        const warnings = stubWarn();
        const el = await remembering();
        expect($$(el, 'input:checked')).to.have.length(0);
        expect(traitNote(el, 'listening').querySelector('textarea')?.value ?? '', 'no note text remains').to.equal('');
        expect(warnings).to.have.length(1);
        expect(String(warnings[0][0])).to.contain(storageName(KEY));
        expect(localStorage.getItem(storageName(KEY)), 'a record it cannot read is never deleted').to.equal(raw);
        expect(savedLine(el)!.textContent).to.contain(en.storagePaused);
        await completeCheck(el);
        expect(el.result!.verdict).to.equal('mixed');
        expect(localStorage.getItem(storageName(KEY)), 'nor written over').to.equal(raw);
        button(el, en.clearSaved).click();
        await el.updateComplete;
        expect(localStorage.getItem(storageName(KEY)), 'the person can clear it').to.equal(null);
      });
    }

    it('drops saved answers and notes for statements and traits that no longer exist, with a warning, and keeps the rest', async () => {
      localStorage.setItem(
        storageName(KEY),
        JSON.stringify({
          v: STORAGE_VERSION,
          answers: {'communication-1': 'yes', 'retired-1': 'no', 'listening-2': 'maybe'},
          notes: {listening: NOTE, retired: 'gone'},
          history: [],
        }),
      );
      const warnings = stubWarn();
      const el = await remembering();
      expect(Object.fromEntries($$<HTMLInputElement>(el, 'input:checked').map((r) => [r.dataset.statement, r.value]))).to.deep.equal({
        'communication-1': 'yes',
      });
      expect(traitNote(el, 'listening').querySelector('textarea')!.value).to.equal(NOTE);
      // Cleaned up at the next save, once any configuration has arrived: the person's next answer.
      await answer(el, 'communication-2', 'no');
      // One for the answer that is not an answer ("maybe"), one for the questions that are gone.
      expect(warnings).to.have.length(2);
      for (const [message] of warnings) expect(String(message)).to.contain(storageName(KEY));
      expect(JSON.parse(localStorage.getItem(storageName(KEY))!)).to.deep.equal({
        v: STORAGE_VERSION,
        answers: {'communication-1': 'yes', 'communication-2': 'no'},
        notes: {listening: NOTE},
        history: [],
      });
    });

    it('reads the new key when storage-key changes, and leaves the record under the old key as it was', async () => {
      const [first, second] = STATEMENTS.map((st) => st.id);
      localStorage.setItem(storageName('new-key'), JSON.stringify({v: STORAGE_VERSION, answers: {[second]: 'no'}, notes: {}, history: []}));
      const el = await remembering('old-key');
      await answer(el, first, 'yes');
      const old = localStorage.getItem(storageName('old-key'));
      expect(old).not.to.equal(null);
      el.storageKey = 'new-key';
      await el.updateComplete;
      await el.updateComplete;
      expect(localStorage.getItem(storageName('old-key')), 'the old record is kept').to.equal(old);
      // The new key's answers are read in; what the person gave here stays too.
      const checked = Object.fromEntries($$<HTMLInputElement>(el, 'input:checked').map((r) => [r.dataset.statement!, r.value]));
      expect(checked).to.deep.equal({[first]: 'yes', [second]: 'no'});
      localStorage.removeItem(storageName('old-key'));
      localStorage.removeItem(storageName('new-key'));
    });

    /** This window answers the first statement "Yes"; then another window saves only the second as "No". */
    async function answeredHereAndElsewhere(): Promise<{el: CoordinatorCheck; first: string; second: string; theirs: string}> {
      const [first, second] = STATEMENTS.map((st) => st.id);
      const el = await remembering();
      await answer(el, first, 'yes');
      const theirs = JSON.stringify({v: STORAGE_VERSION, answers: {[second]: 'no'}, notes: {}, history: []});
      // What another tab does: write, then the browser tells this window with a storage event.
      localStorage.setItem(storageName(KEY), theirs);
      window.dispatchEvent(new StorageEvent('storage', {key: storageName(KEY), newValue: theirs, storageArea: localStorage}));
      await el.updateComplete;
      return {el, first, second, theirs};
    }

    it('offers answers changed in another window instead of writing over them, and loads them if asked', async () => {
      const {el, first, second, theirs} = await answeredHereAndElsewhere();
      expect(savedLine(el)!.textContent).to.contain(en.storageChanged);
      await answer(el, first, 'no');
      expect(localStorage.getItem(storageName(KEY)), 'not written over while the offer stands').to.equal(theirs);
      button(el, en.storageLoad).click();
      await el.updateComplete;
      expect(Object.fromEntries($$<HTMLInputElement>(el, 'input:checked').map((r) => [r.dataset.statement, r.value]))).to.deep.equal({
        [second]: 'no',
      });
    });

    it('keeps this window’s answers when the person says so, and saves them', async () => {
      const {el, first} = await answeredHereAndElsewhere();
      button(el, en.storageKeep).click();
      await el.updateComplete;
      await el.updateComplete;
      expect((JSON.parse(localStorage.getItem(storageName(KEY))!) as Stored).answers).to.deep.equal({[first]: 'yes'});
    });

    it('lets the person clear answers saved on an earlier visit even when remember is off, and keeps today’s', async () => {
      const [first] = STATEMENTS.map((st) => st.id);
      localStorage.setItem(storageName(KEY), JSON.stringify({v: STORAGE_VERSION, answers: {[first]: 'no'}, notes: {}, history: []}));
      const el = await renderCheck(html`<coordinator-check layout="single" storage-key=${KEY}></coordinator-check>`);
      expect($$(el, 'input:checked'), 'nothing is restored without remember').to.have.length(0);
      expect(savedLine(el)!.textContent).to.contain(en.savedEarlier);
      await answer(el, first, 'yes');
      button(el, en.clearSaved).click();
      await el.updateComplete;
      expect(localStorage.getItem(storageName(KEY))).to.equal(null);
      expect(savedLine(el)).to.equal(null);
      expect($$<HTMLInputElement>(el, 'input:checked').map((r) => r.value)).to.deep.equal(['yes']);
    });

    it("keeps saved answers to a host's own questions when its configuration arrives after the element starts", async () => {
      const config = {traits: [{id: 'extra', title: 'Extra', statements: [{id: 'one', text: 'One more thing.'}]}]};
      localStorage.setItem(
        storageName(KEY),
        JSON.stringify({v: STORAGE_VERSION, answers: {'communication-1': 'yes', 'extra.one': 'no'}, notes: {extra: NOTE}, history: []}),
      );
      const warnings = stubWarn();
      const el = await remembering();
      el.config = config;
      await el.updateComplete;
      expect($$<HTMLInputElement>(el, 'input:checked').map((r) => [r.dataset.statement, r.value])).to.deep.equal([
        ['communication-1', 'yes'],
        ['extra.one', 'no'],
      ]);
      expect(traitNote(el, 'extra').querySelector('textarea')!.value).to.equal(NOTE);
      await answer(el, 'communication-2', 'yes');
      expect(warnings).to.deep.equal([]);
      expect((JSON.parse(localStorage.getItem(storageName(KEY))!) as Stored).answers).to.deep.equal({
        'communication-1': 'yes',
        'communication-2': 'yes',
        'extra.one': 'no',
      });
    });

    // [what is wrong, how to break it, whether that shows before the first write]
    const broken: [string, () => void, boolean][] = [
      [
        'reading and writing throw',
        () => {
          stub(Storage.prototype, 'getItem', throwing());
          stub(Storage.prototype, 'setItem', throwing());
        },
        true,
      ],
      [
        'every storage call throws (storage disabled)',
        () => {
          for (const method of ['getItem', 'setItem', 'removeItem']) stub(Storage.prototype, method, throwing());
        },
        true,
      ],
      ['localStorage itself cannot be reached (blocked by the browser)', () => stubGetter(window, 'localStorage', throwing()), true],
      ['the storage is full', () => stub(Storage.prototype, 'setItem', throwing('QuotaExceededError')), false],
    ];
    for (const [name, breakStorage, atStart] of broken) {
      it(`completes, and says quietly that answers cannot be saved, when ${name}`, async () => {
        breakStorage();
        const warnings = stubWarn();
        const el = await remembering();
        const results = collectResults(el);
        const line = () => savedLine(el)!.textContent.replace(/\s+/g, ' ').trim();
        if (atStart) expect(line(), 'before any answer').to.equal(`${en.storageFailed} ${en.clearSaved}`);
        await answerAll(el, MIXED);
        expect(line(), 'after answering').to.equal(`${en.storageFailed} ${en.clearSaved}`);
        await writeNote(el, 'listening', NOTE);
        await submit(el);
        expect(results).to.have.length(1);
        expect($(el, '[part~="result"]')).to.exist;
        expect(line(), 'on the result').to.equal(`${en.storageFailed} ${en.clearSaved}`);
        expect(
          warnings.filter((w) => String(w[0]).includes('cannot be saved')),
          'one warning',
        ).to.have.length(1);
        await press(el, en.clearSaved);
        expect($$(el, 'input:checked')).to.have.length(0);
        expect($(el, 'form')).to.exist;
      });
    }
  });

  describe('privacy', () => {
    it('makes no network request, sets no cookie and writes no storage in a complete run without remember', async () => {
      const requests: string[] = [];
      const resources: string[] = [];
      const writes = spyStorage();
      const cookieSets: string[] = [];
      const cookiesBefore = document.cookie;
      const fetchBefore = window.fetch.bind(window);
      stub(window, 'fetch', (...args: Parameters<typeof fetch>) => {
        requests.push(`fetch ${args[0] instanceof Request ? args[0].url : String(args[0])}`);
        return fetchBefore(...args);
      });
      // eslint-disable-next-line @typescript-eslint/unbound-method -- kept unbound on purpose: applied to the right request below
      const open = XMLHttpRequest.prototype.open;
      stub(XMLHttpRequest.prototype, 'open', function (this: XMLHttpRequest, ...args: unknown[]) {
        requests.push(`XMLHttpRequest ${String(args[1])}`);
        return (open as (...a: unknown[]) => void).apply(this, args);
      });
      stub(navigator, 'sendBeacon', (url: string) => (requests.push(`sendBeacon ${url}`), true));
      const SocketBefore = window.WebSocket;
      stub(window, 'WebSocket', function (url: string) {
        requests.push(`WebSocket ${url}`);
        return new SocketBefore(url);
      });
      const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
      Object.defineProperty(document, 'cookie', {
        configurable: true,
        get: () => cookie.get!.call(document) as string,
        set: (value: string) => {
          cookieSets.push(value);
          cookie.set!.call(document, value);
        },
      });
      restores.push(() => delete (document as {cookie?: unknown}).cookie);

      const el = await renderCheck();
      const observer = new PerformanceObserver((list) => resources.push(...list.getEntries().map((e) => e.name)));
      observer.observe({type: 'resource'});
      const entriesBefore = performance.getEntriesByType('resource').length;
      try {
        const print = stubFramePrint();
        stubClipboard('resolve');
        const {links} = stubDownload();

        await completeCheck(el, {listening: NOTE, accessible: 'Replies within a day.'});
        await press(el, en.print);
        await press(el, en.copySummary);
        await press(el, en.download);
        const draft = await openDraft(el);
        draft.value += '\nThank you.';
        draft.dispatchEvent(new Event('input', {bubbles: true}));
        await el.updateComplete;
        await press(el, en.draftCopy);
        await press(el, en.changeAnswers);
        await submit(el);
        await press(el, en.startAgain);
        await aTimeout(200);

        print.restore();
        expect(print.printed).to.have.length(1);
        expect(links).to.have.length(1);
        expect(links[0].href.startsWith('blob:')).to.equal(true);
        expect(requests).to.deep.equal([]);
        expect(resources).to.deep.equal([]);
        expect(performance.getEntriesByType('resource').length).to.equal(entriesBefore);
        expect(cookieSets).to.deep.equal([]);
        expect(document.cookie).to.equal(cookiesBefore);
        expect(writes).to.deep.equal([]);
        expect(Object.keys(localStorage).filter((k) => k.startsWith(PREFIX))).to.deep.equal([]);
      } finally {
        observer.disconnect();
      }
    });

    it('fails this check if anything is sent: a request the widget did not make is caught', async () => {
      // The detectors above are real: the same observer sees a request made during a run.
      const resources: string[] = [];
      const observer = new PerformanceObserver((list) => resources.push(...list.getEntries().map((e) => e.name)));
      observer.observe({type: 'resource'});
      await fetch(`/package.json?probe=${Date.now()}`).then((r) => r.text());
      await aTimeout(200);
      observer.disconnect();
      expect(resources.some((name) => name.includes('probe='))).to.equal(true);
    });
  });

  describe('accessibility', () => {
    it('passes axe with every note open and written in', async () => {
      const el = await renderCheck(html`<coordinator-check layout="single" remember storage-key="axe"></coordinator-check>`);
      for (const id of BUILT_IN_TRAIT_IDS) await writeNote(el, id, `About ${id}`);
      expect($$<HTMLDetailsElement>(el, 'details[data-trait]').every((d) => d.open)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('passes axe on the result with the draft open, a copy message and the copy-by-hand box showing', async () => {
      const el = await renderCheck(
        html`<coordinator-check layout="single" remember storage-key="axe" contact-email="pals@example.nhs.uk"></coordinator-check>`,
      );
      await completeCheck(el);
      await openDraft(el);
      stubClipboard('reject');
      await press(el, en.copySummary);
      await waitUntil(() => summaryBox(el), 'the fallback box appears');
      expect(message(el)).to.equal(en.copyFailed);
      await expect(el).to.be.accessible();
    });
  });
});
