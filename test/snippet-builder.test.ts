// The demo's snippet builder, used as a blogger would: choose, read the warnings, copy the snippet,
// and the snippet (integrity hash and all) works on a page of its own.
import {expect} from '@open-wc/testing';
import type {CoordinatorCheck} from '../src/coordinator-check/coordinator-check-element.js';
import {parseConfig} from '../src/config/parse-config.js';
import {answerToTheEnd, CDN, completeAll, localise, removeFrames, runSnippet, until} from './snippet-frame.js';

let demo: HTMLIFrameElement;

async function openBuilder(): Promise<Document> {
  demo = document.createElement('iframe');
  demo.style.cssText = 'width: 1280px; height: 900px';
  demo.src = '/demo/index.html';
  document.body.append(demo);
  await until(() => demo.contentDocument?.documentElement?.hasAttribute('data-builder-ready'), 'the builder', 15000);
  return demo.contentDocument!;
}

/** Sets a field as a person would, and waits for the snippet to follow. */
async function choose(doc: Document, id: string, value: string | boolean, changes = true): Promise<string> {
  const field = doc.getElementById(id) as HTMLInputElement;
  const before = (doc.getElementById('snippet') as HTMLTextAreaElement).value;
  if (typeof value === 'boolean') field.checked = value;
  else field.value = value;
  field.dispatchEvent(new Event('input', {bubbles: true}));
  field.dispatchEvent(new Event('change', {bubbles: true}));
  await new Promise((r) => setTimeout(r, 250));
  const after = (doc.getElementById('snippet') as HTMLTextAreaElement).value;
  if (changes) expect(after, `the snippet changes with ${id}`).to.not.equal(before);
  return after;
}

/** What parseConfig warns about `config`, message by message. */
function parserSays(config: unknown): string[] {
  const said: string[] = [];
  parseConfig(config, (message) => said.push(message));
  return said;
}

const warnings = (doc: Document) => [...doc.querySelectorAll('#warnings li')].map((li) => li.textContent);

describe('the snippet builder (demo/)', () => {
  afterEach(() => {
    demo?.remove();
    removeFrames();
  });

  it('is the first thing on the demo page', async () => {
    const doc = await openBuilder();
    expect(doc.querySelector('main > *')!.id || doc.querySelector('main > *')!.className).to.equal('builder');
    expect(doc.querySelector('h1')!.textContent).to.equal('Make your snippet');
  });

  it('updates the preview as you choose, and its snippet runs on a page of its own, hash and all', async function () {
    this.timeout(30000);
    const doc = await openBuilder();
    await choose(doc, 'b-region', 'wales');
    await choose(doc, 'b-role', 'key worker');
    await choose(doc, 'b-contact-name', 'Ward "A" & friends');
    const snippet = await choose(doc, 'b-submit', 'Show me how it went');
    const preview = doc.getElementById('preview-check') as CoordinatorCheck;
    expect(preview.getAttribute('region')).to.equal('wales');
    expect(preview.getAttribute('role-name')).to.equal('key worker');
    expect(warnings(doc)).to.deep.equal([]);

    const integrity = /integrity="(sha384-[A-Za-z0-9+/=]+)"/.exec(snippet)?.[1];
    const built = (await (await fetch('/dist/snippets.json')).json()) as {version: string; files: Record<string, {integrity: string}>};
    expect(integrity).to.equal(built.files['dist/coordinator-check.js'].integrity);
    expect(snippet).to.include(`${CDN}${built.version}/dist/coordinator-check.js`);
    expect(snippet).to.include('contact-name="Ward &quot;A&quot; &amp; friends"');

    const {win, doc: page} = await runSnippet(await localise(snippet));
    await win.customElements.whenDefined('coordinator-check');
    const el = page.querySelector<CoordinatorCheck>('coordinator-check')!;
    await until(() => el.shadowRoot?.querySelector('button[type="submit"]'), 'the pasted check');
    expect(el.getAttribute('contact-name')).to.equal('Ward "A" & friends');
    // The submit button sends the answers: on "Check your answers", after the steps.
    await answerToTheEnd(el);
    expect(el.shadowRoot!.querySelector('button[type="submit"]')!.textContent.trim()).to.equal('Show me how it went');
    expect(await completeAll(page)).to.equal(1);
    expect(win.results.map((r) => r.verdict)).to.deep.equal(['excellent']);
    expect([...win.said.warn, ...win.said.error]).to.deep.equal([]);
  });

  it('gives a hash the browser enforces: a changed hash keeps the script out', async () => {
    const doc = await openBuilder();
    const snippet = (doc.getElementById('snippet') as HTMLTextAreaElement).value;
    const tampered = snippet.replace(/integrity="sha384-./, 'integrity="sha384-A').replace(/integrity="sha384-AA/, 'integrity="sha384-BA');
    const {win} = await runSnippet(await localise(tampered));
    await new Promise((r) => setTimeout(r, 1000));
    expect(win.customElements.get('coordinator-check')).to.equal(undefined);
  });

  it('says in words what the widget would leave out, and leaves it out', async () => {
    const doc = await openBuilder();
    await choose(doc, 'b-contact-url', 'javascript:alert(1)', false);
    let snippet = await choose(doc, 'b-config', '{"traits": [{"id": "x y"}], "colours": "red"}');
    // What the widget's own parser says, in the builder's words: the configuration's two, then the link's.
    const configSays = parserSays({traits: [{id: 'x y'}], colours: 'red'});
    expect(configSays).to.have.length(2);
    const [linkSays] = parserSays({contact: {url: 'javascript:alert(1)'}});
    const needs = /is not a usable link \((.+)\); dropped\.$/.exec(linkSays)?.[1];
    expect(needs, linkSays).to.be.a('string');
    expect(warnings(doc)).to.deep.equal([
      ...configSays.map((message) => `In the configuration: ${message}`),
      `The web page "javascript:alert(1)" is not a usable link (${needs}), so it is left out.`,
    ]);
    expect(snippet).to.not.include('javascript:');
    snippet = await choose(doc, 'b-config', '{"strings": ');
    expect(warnings(doc)[0]).to.match(/^The configuration is not valid JSON/);
    expect(snippet).to.not.include('application/json');
  });

  it('offers the classic script, the WordPress shortcode and the iframe', async () => {
    const doc = await openBuilder();
    await choose(doc, 'b-role', 'key worker');
    expect(await choose(doc, 'b-kind-classic', true)).to.match(
      /<script src="[^"]+coordinator-check\.iife\.js"\s+integrity="sha384-[^"]+" crossorigin="anonymous" defer><\/script>\n\n<coordinator-check region="england" role-name="key worker"><\/coordinator-check>/,
    );
    expect(await choose(doc, 'b-kind-wordpress', true)).to.equal('[coordinator_check region="england" role_name="key worker"]\n');
    await choose(doc, 'b-kind-iframe', true);
    const snippet = await choose(doc, 'b-origin', 'https://my-blog.example/post/1');
    expect(snippet).to.include('embed.html?region=england&amp;role-name=key+worker&amp;origin=https%3A%2F%2Fmy-blog.example"');
    expect(snippet).to.match(/<script src="[^"]+embed-resize\.js"\s+integrity="sha384-/);
    // The preview is the real embed page.
    const frame = doc.querySelector<HTMLIFrameElement>('#preview iframe[data-coordinator-check]')!;
    await until(
      () => frame.contentDocument?.querySelector('coordinator-check')?.getAttribute('role-name') === 'key worker',
      'the embed preview',
    );
  });

  it('offers a link, a WordPress button, a Markdown link and a QR code to the check page, for sites that strip scripts', async function () {
    this.timeout(30000);
    const doc = await openBuilder();
    await choose(doc, 'b-role', 'key worker');
    // The default files are on the CDN, which cannot serve the page: the builder says what to do first.
    let snippet = await choose(doc, 'b-kind-link', true);
    expect(snippet).to.match(
      /^<a href="https:\/\/cdn\.jsdelivr\.net\/npm\/coordinator-check@[^/]+\/dist\/check\.html\?region=england&amp;role-name=key\+worker">/,
    );
    expect(warnings(doc).join(' ')).to.include('The check page must be published on a website first');
    expect(doc.getElementById('b-hosted-hint')!.textContent).to.include('npm run site');

    const base = `${location.origin}/dist/`;
    const address = `${base}check.html?region=england&role-name=key+worker`;
    snippet = await choose(doc, 'b-src', base);
    expect(snippet).to.equal(`<a href="${address.replaceAll('&', '&amp;')}">Check how well your key worker is doing</a>\n`);
    expect(warnings(doc)).to.deep.equal([
      'This address is on this computer, so the link works only here. Publish the site first, then put its address above.',
    ]);
    // The preview is the check page itself, with the same settings.
    const frame = doc.querySelector<HTMLIFrameElement>('#preview iframe[data-coordinator-check]')!;
    await until(
      () => frame.contentDocument?.querySelector('h1')?.textContent === 'Check how well your key worker is doing',
      'the check page preview',
    );

    expect(await choose(doc, 'b-kind-button', true)).to.equal(
      '<!-- wp:buttons -->\n<div class="wp-block-buttons"><!-- wp:button -->\n' +
        `<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="${address.replaceAll('&', '&amp;')}">Check how well your key worker is doing</a></div>\n` +
        '<!-- /wp:button --></div>\n<!-- /wp:buttons -->\n',
    );
    expect(await choose(doc, 'b-kind-markdown', true)).to.equal(`[Check how well your key worker is doing](${address})\n`);

    // What the check page cannot take is said and left out; the page to go back to is passed on.
    await choose(doc, 'b-level', '3', false);
    await choose(doc, 'b-remember', true, false);
    snippet = await choose(doc, 'b-origin', 'https://my-blog.example/post/1');
    expect(snippet).to.equal(`[Check how well your key worker is doing](${address}&back=https%3A%2F%2Fmy-blog.example%2Fpost%2F1)\n`);
    expect(warnings(doc)).to.include.members([
      'Remembering answers is not offered on the check page; it is left out.',
      'The check page has its own title, so the heading level is left out.',
    ]);

    const qr = doc.getElementById('qr')!;
    expect(qr.hidden).to.equal(true);
    snippet = await choose(doc, 'b-kind-qr', true);
    expect(snippet).to.equal(`${address}&back=https%3A%2F%2Fmy-blog.example%2Fpost%2F1\n`);
    await until(() => qr.dataset.address === snippet.trim(), 'the QR code');
    expect(qr.hidden).to.equal(false);
    expect((doc.getElementById('qr-image') as HTMLImageElement).src).to.match(/^data:image\/svg\+xml/);
    expect((doc.getElementById('qr-png') as HTMLAnchorElement).href).to.match(/^data:image\/png;base64,/);
    const poster = new URL((doc.getElementById('poster-link') as HTMLAnchorElement).href);
    expect(poster.pathname).to.equal('/demo/poster.html');
    expect(poster.searchParams.get('address')).to.equal(snippet.trim());
    await choose(doc, 'b-short', 'https://our-trust.example/check', false);
    await until(
      () => new URL((doc.getElementById('poster-link') as HTMLAnchorElement).href).searchParams.get('short') !== null,
      'the short address',
    );

    await choose(doc, 'b-kind-module', true);
    expect(qr.hidden).to.equal(true);
  });

  it('makes a link that works from what a person is likely to type, and says what it changed', async function () {
    this.timeout(30000);
    const doc = await openBuilder();
    await choose(doc, 'b-kind-link', true);
    const page = `${location.origin}/dist/check.html?region=england`;
    // The folder without its last "/", or with a query, still leads to the check page.
    expect(await choose(doc, 'b-src', `${location.origin}/dist`)).to.include(`href="${page}"`);
    expect(await choose(doc, 'b-src', `${location.origin}/dist/?v=2#top`, false)).to.include(`href="${page}"`);
    expect(warnings(doc)).to.include(`"${location.origin}/dist/?v=2#top" has a "?" or "#" part, which is left out.`);
    // The address of a file there gives its folder.
    expect(await choose(doc, 'b-src', `${location.origin}/dist/coordinator-check.js`, false)).to.include(`href="${page}"`);

    // A name for the professional the check page would not take is left out, link text and all.
    const snippet = await choose(doc, 'b-role', 'x'.repeat(61), false);
    expect(snippet).to.equal(`<a href="${page}">Check how well your care co-ordinator is doing</a>\n`);
    expect(warnings(doc)).to.include('The check page takes a name for the professional of up to 60 characters, so yours is left out.');

    // "Back to" goes only where the check page would take it.
    expect(await choose(doc, 'b-origin', 'https://me:secret@my-blog.example/', false)).to.not.include('back=');
    expect(warnings(doc)).to.include(
      '"https://me:secret@my-blog.example/" is not a web address such as https://your-blog.example/your-post; it is left out.',
    );

    // A long address makes a dense QR code: the builder says so.
    await choose(doc, 'b-kind-qr', true);
    await choose(doc, 'b-config', JSON.stringify({strings: {submit: 'Show me how it went, please. '.repeat(10)}}));
    expect(warnings(doc).join(' ')).to.match(/The QR code holds an address of \d+ characters, so its squares are small/);
  });
});
