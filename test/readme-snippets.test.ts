// Every ```html block in README.md, run as written in a page of its own: only the addresses change
// (the CDN and the self-hosted examples become this build), so the README cannot drift from what works.
import {expect} from '@open-wc/testing';
import type {CoordinatorCheck} from '../src/coordinator-check-element.js';
import type {CheckResult} from '../src/model/types.js';
import {answerAll, submit} from './helpers.js';

type SnippetWindow = Window & {said: {warn: string[]; error: string[]; log: string[]}; results: CheckResult[]};

async function readmeBlocks(): Promise<string[]> {
  const readme = await (await fetch('/README.md')).text();
  return [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

/** The snippet with its addresses pointing at this build; an element-only example gets the module script. */
async function localise(block: string): Promise<string> {
  const {version} = await (await fetch('/package.json')).json();
  let html = block
    .replaceAll(`https://cdn.jsdelivr.net/npm/coordinator-check@${version}/`, '/')
    .replaceAll('https://your-site.example/coordinator-check/', '/dist/')
    .replaceAll('https://your-blog.example', location.origin);
  if (!html.includes('<script src=') && !html.includes('<script type="module" src=') && !html.includes('<iframe')) {
    html = `<script type="module" src="/dist/coordinator-check.js"></script>\n${html}`;
  }
  return html;
}

const until = async (check: () => unknown, what: string, ms = 8000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** Runs `html` in a same-origin frame, with the recorder first. */
async function run(html: string): Promise<{win: SnippetWindow; doc: Document; frame: HTMLIFrameElement}> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.srcdoc = `<!doctype html><html lang="en"><link rel="icon" href="data:,"><script src="/test/pages/readme-record.js"></script>${html}`;
  document.body.append(frame);
  await loaded;
  return {win: frame.contentWindow as SnippetWindow, doc: frame.contentDocument!, frame};
}

/** Completes every check in `doc` (all "Yes"). */
async function completeAll(doc: Document): Promise<number> {
  const checks = [...doc.querySelectorAll<CoordinatorCheck>('coordinator-check')];
  for (const el of checks) {
    await until(() => el.shadowRoot?.querySelector('input[type="radio"]'), 'the widget to render');
    await el.updateComplete;
    await answerAll(el, 'yes');
    await submit(el);
  }
  return checks.length;
}

describe('the README’s HTML snippets, run as written', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
    localStorage.removeItem('coordinator-check:cmht');
  });

  it('has a snippet for the module, the classic script and the iframe, and no placeholder hash', async () => {
    const blocks = await readmeBlocks();
    expect(blocks.some((b) => b.includes('dist/coordinator-check.js"'))).to.equal(true);
    expect(blocks.some((b) => b.includes('dist/coordinator-check.iife.js"'))).to.equal(true);
    expect(blocks.some((b) => b.includes('embed.html?'))).to.equal(true);
    expect(blocks.filter((b) => b.includes('sha384-'))).to.deep.equal([]);
  });

  it('every one shows a working check, completes, and says nothing on the console', async function () {
    this.timeout(60000);
    const blocks = await readmeBlocks();
    for (const block of blocks) {
      const label = block.trim().split('\n')[0]!.slice(0, 90);
      const {win, doc, frame} = await run(await localise(block));
      frames.push(frame);
      let completed: number;
      const embed = doc.querySelector<HTMLIFrameElement>('iframe[data-coordinator-check]');
      if (embed) {
        // The iframe snippet: the check is inside the embed page, the result reaches this page.
        await until(() => embed.contentDocument?.querySelector('coordinator-check')?.shadowRoot?.querySelector('input'), `${label}: the embed page`);
        completed = await completeAll(embed.contentDocument!);
        await until(() => win.results.length, `${label}: the result posted to the page`);
        await until(() => embed.clientHeight !== 1800, `${label}: the frame resized`);
      } else {
        await win.customElements.whenDefined('coordinator-check');
        completed = await completeAll(doc);
      }
      expect(completed, label).to.be.at.least(1);
      expect(win.results.map((r) => r.verdict), label).to.deep.equal(Array(completed).fill('excellent'));
      expect([...win.said.warn, ...win.said.error], label).to.deep.equal([]);
      if (block.includes('console.log(event.detail.verdict)')) expect(win.said.log, label).to.deep.equal(['excellent']);
    }
  });
});
