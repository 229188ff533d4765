// dist/embed.html in an iframe on another origin: configured by its URL, sized by the optional
// script, and posting its result only to the origin the host named.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {completeCheck, launchChromium, localPage} from './browser.mjs';
import {STRICT_CSP} from '../pages/strict-csp.js';
import {serve} from './static-server.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

// The host page: no inline script (the same strict policy), so what it records is in a file.
const RECORD = `
window.messages = [];
window.results = [];
addEventListener('message', (event) => window.messages.push({origin: event.origin, type: event.data && event.data.type}));
document.querySelector('iframe').addEventListener('coordinator-check-result', (event) => window.results.push(event.detail));
`;
const parentPage = (src, resize) => `<!doctype html><html lang="en"><title>A blog</title><link rel="icon" href="data:,">
<body><h1>My post</h1><iframe data-coordinator-check title="Check how well your care co-ordinator is doing" src="${src}" width="100%"></iframe>
<script src="/record.js"></script>${resize ? `<script src="${resize}"></script>` : ''}</body></html>`;

const hostPages = {'/record.js': RECORD};

describe('the embed page (dist/embed.html), in an iframe on another origin', () => {
  let widget;
  let host;
  let browser;
  before(async () => {
    widget = await serve(dist, {host: '127.0.0.1'});
    // The host's own strict policy, opened just enough for the frame and the resize script.
    const csp = `${STRICT_CSP.replace("script-src 'self'", `script-src 'self' ${widget.origin}`)}; frame-src ${widget.origin}`;
    host = await serve(dist, {host: 'localhost', pages: hostPages, csp});
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await widget?.close();
    await host?.close();
  });

  /** Opens a host page on localhost whose iframe shows embed.html from 127.0.0.1 with `query`. */
  async function openHost(query) {
    const src = `${widget.origin}/embed.html?${query}`;
    const path = `/post-${Math.random().toString(36).slice(2)}.html`;
    hostPages[path] = parentPage(src, `${widget.origin}/embed-resize.js`);
    const {page, outside, errors} = await localPage(browser);
    await page.goto(host.origin + path, {waitUntil: 'load'});
    const frame = page.frames().find((f) => f.url().startsWith(`${widget.origin}/embed.html`));
    assert.ok(frame, 'the embed frame loaded');
    return {page, frame, outside, errors};
  }

  it('shows the check configured by its URL, and the host page receives the result', async () => {
    const query = new URLSearchParams({region: 'wales', 'role-name': 'key worker', 'heading-level': '3'});
    const {page, frame, outside, errors} = await openHost(`${query}&origin=${encodeURIComponent(host.origin)}`);
    const attributes = await frame.evaluate(() =>
      Object.fromEntries([...document.querySelector('coordinator-check').attributes].map((a) => [a.name, a.value])),
    );
    assert.deepEqual(attributes, {region: 'wales', 'role-name': 'key worker', 'heading-level': '3'});
    const seen = await completeCheck(frame);
    assert.equal(seen.verdict, 'excellent');
    assert.match(seen.resultText, /key worker/);
    await page.waitForFunction(() => window.results.length === 1, {timeout: 5000});
    const [result] = await page.evaluate(() => window.results);
    assert.equal(result.verdict, 'excellent');
    assert.equal(result.traits.length, 5);
    assert.deepEqual(outside, []);
    assert.deepEqual(errors, [], 'console errors, CSP violations included');
    await page.close();
  });

  it('resizes the frame to fit the check, with the optional script', async () => {
    const {page, frame} = await openHost(`origin=${encodeURIComponent(host.origin)}`);
    // Taller than the 150px default: the first step of the check, with its heading and intro.
    await page.waitForFunction(() => document.querySelector('iframe').clientHeight > 300, {timeout: 5000});
    const [frameHeight, contentHeight] = [
      await page.evaluate(() => document.querySelector('iframe').clientHeight),
      await frame.evaluate(() => document.documentElement.getBoundingClientRect().height),
    ];
    assert.ok(Math.abs(frameHeight - Math.ceil(contentHeight)) <= 1, `frame ${frameHeight}px, content ${contentHeight}px`);
    await page.close();
  });

  it('sends nothing to a page whose origin the host did not name', async () => {
    for (const query of ['origin=https%3A%2F%2Fsomeone-else.example', '', 'origin=javascript%3Aalert(1)']) {
      const {page, frame} = await openHost(`region=scotland&${query}`);
      await completeCheck(frame);
      await new Promise((r) => setTimeout(r, 300));
      assert.deepEqual(await page.evaluate(() => [window.messages, window.results]), [[], []], query || 'no origin');
      // Without messages the frame keeps its default height.
      assert.equal(await page.evaluate(() => document.querySelector('iframe').clientHeight), 150);
      await page.close();
    }
  });

  it('leaves out parameters that are not valid, and still shows the check', async () => {
    const {page, frame} = await openHost('region=atlantis&heading-level=9&contact-url=javascript%3Aalert(1)&colour=red&config=%7Bbad');
    const seen = await frame.evaluate(async () => {
      const el = document.querySelector('coordinator-check');
      await el.updateComplete;
      return {attributes: el.getAttributeNames(), traits: el.shadowRoot.querySelectorAll('fieldset[part~="trait"]').length};
    });
    // The step-by-step flow: the first step shows one trait.
    assert.deepEqual(seen, {attributes: [], traits: 1});
    await page.close();
  });
});
