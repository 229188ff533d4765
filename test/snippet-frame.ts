// Runs a snippet of HTML as a page of its own (a same-origin srcdoc frame), with a recorder first,
// and completes the checks in it: for the README's snippets and the snippet builder's.
import type {CoordinatorCheck} from '../src/coordinator-check/coordinator-check-element.js';
import type {CheckResult} from '../src/model/types.js';
import {answerAll, stepCaption, submit} from './helpers.js';

export type SnippetWindow = Window & {said: {warn: string[]; error: string[]; log: string[]}; results: CheckResult[]};

export const CDN = 'https://cdn.jsdelivr.net/npm/coordinator-check@';

/** The snippet with its addresses pointing at this build (the CDN's `…@version/` becomes `/`). */
export async function localise(html: string): Promise<string> {
  const {version} = (await (await fetch('/package.json')).json()) as {version: string};
  return html
    .replaceAll(`${CDN}${version}/`, '/')
    .replaceAll('https://your-site.example/coordinator-check/', '/dist/')
    .replaceAll('https://your-blog.example', location.origin);
}

export async function until(check: () => unknown, what: string, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const frames: HTMLIFrameElement[] = [];
export const removeFrames = () => frames.splice(0).forEach((frame) => frame.remove());

/** Runs `html` in a page of its own, after test/pages/snippet-record.js. */
export async function runSnippet(html: string): Promise<{win: SnippetWindow; doc: Document}> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.srcdoc = `<!doctype html><html lang="en"><link rel="icon" href="data:,"><script src="/test/pages/snippet-record.js"></script>${html}`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return {win: frame.contentWindow as SnippetWindow, doc: frame.contentDocument!};
}

/**
 * Answers "Yes" to every statement of `el` and stops where the answers are sent: step by step, it
 * answers each step and presses Continue until "Check your answers"; with `layout="single"` it
 * answers the one page. Either way the submit button is then the one that sends the answers.
 */
export async function answerToTheEnd(el: CoordinatorCheck): Promise<void> {
  // A step's caption heads its trait's legend; the one on "Check your answers" heads the form.
  for (let steps = 0; stepCaption(el)?.closest('legend'); steps++) {
    if (steps > 30) throw new Error('Continue never reached "Check your answers"');
    await answerAll(el, 'yes');
    await submit(el);
  }
  await answerAll(el, 'yes');
}

/** Completes every check in `doc` with all "Yes", in either layout; returns how many there were. */
export async function completeAll(doc: Document): Promise<number> {
  const checks = [...doc.querySelectorAll<CoordinatorCheck>('coordinator-check')];
  for (const el of checks) {
    // Its form, whichever page it is on (a check already walked to "Check your answers" has no radios).
    await until(() => el.shadowRoot?.querySelector('form button[type="submit"]'), 'the widget to render');
    await el.updateComplete;
    await answerToTheEnd(el);
    await submit(el);
  }
  return checks.length;
}
