// Every ```html block in README.md, run as written in a page of its own: only the addresses change
// (the CDN and the self-hosted examples become this build), so the README cannot drift from what works.
import {expect} from '@open-wc/testing';
import {completeAll, localise, removeFrames, runSnippet, until} from './snippet-frame.js';

async function readmeBlocks(): Promise<string[]> {
  const readme = await (await fetch('/README.md')).text();
  return [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/** A configuration example is only the element: it goes with the script tag above it in the README. */
const withScript = (html: string) =>
  /<script[^>]* src=|<iframe|<a href=/.test(html) ? html : `<script type="module" src="/dist/coordinator-check.js"></script>\n${html}`;

describe('the README’s HTML snippets, run as written', () => {
  afterEach(() => {
    removeFrames();
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
    for (const block of await readmeBlocks()) {
      const label = block.trim().split('\n')[0].slice(0, 90);
      const {win, doc} = await runSnippet(withScript(await localise(block)));
      let completed: number;
      const embed = doc.querySelector<HTMLIFrameElement>('iframe[data-coordinator-check]');
      const link = doc.querySelector<HTMLAnchorElement>('a[href*="check.html"]');
      if (link) {
        // A link for a site that strips scripts: followed, it opens the check page, which works.
        const page = await runSnippet(`<iframe src="${link.href}"></iframe>`);
        const frame = page.doc.querySelector('iframe')!;
        await until(() => frame.contentDocument?.querySelector('coordinator-check')?.shadowRoot?.querySelector('input'), `${label}: the page`);
        const results: unknown[] = [];
        frame.contentDocument!.addEventListener('coordinator-check-result', (event) => results.push(event));
        expect(await completeAll(frame.contentDocument!), label).to.equal(1);
        expect(results, label).to.have.length(1);
        // The link's settings reached the widget.
        const el = frame.contentDocument!.querySelector('coordinator-check')!;
        for (const [name, value] of new URL(link.href).searchParams) expect(el.getAttribute(name), `${label}: ${name}`).to.equal(value);
        continue;
      }
      if (embed) {
        // The iframe snippet: the check is inside the embed page, the result reaches this page.
        await until(
          () => embed.contentDocument?.querySelector('coordinator-check')?.shadowRoot?.querySelector('input'),
          `${label}: the embed page`,
        );
        completed = await completeAll(embed.contentDocument!);
        await until(() => win.results.length, `${label}: the result posted to the page`);
        await until(() => embed.clientHeight !== 1800, `${label}: the frame resized`);
      } else {
        await win.customElements.whenDefined('coordinator-check');
        completed = await completeAll(doc);
      }
      expect(completed, label).to.be.at.least(1);
      expect(
        win.results.map((r) => r.verdict),
        label,
      ).to.deep.equal(Array(completed).fill('excellent'));
      expect([...win.said.warn, ...win.said.error], label).to.deep.equal([]);
      if (block.includes('console.log(event.detail.verdict)')) expect(win.said.log, label).to.deep.equal(['excellent']);
    }
  });
});
