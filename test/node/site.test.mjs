// The site `npm run site` builds, served from a sub-path (as GitHub Pages serves a project site) on
// 127.0.0.1, in Chromium and Firefox: the check page a link, a button or a QR code opens; the embed
// page; the snippet builder's new outputs, their QR code decoded by a library of its own (jsQR), not
// read back from the encoder; and the poster, printed to one A4 page.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import jsQR from 'jsqr';
import puppeteer from 'puppeteer-core';
import {chromiumLaunch, firefoxPath} from '../browsers.mjs';
import {STRICT_CSP} from '../pages/strict-csp.js';
import {buildSite} from '../../scripts/site.mjs';
import {completeCheck, waitUntil} from './browser.mjs';
import {serve} from './static-server.mjs';
import {en, BUILT_IN_TRAIT_IDS, REGION_FACTS} from '../../dist/lib/model.js';

const BASE = '/coordinator-check/';
const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

// Runs before any script of the page: records policy violations and every console warning.
const RECORDER = () => {
  window.recorded = {violations: [], warnings: []};
  document.addEventListener('securitypolicyviolation', (event) =>
    window.recorded.violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
  );
  const warn = console.warn.bind(console);
  console.warn = (...args) => {
    window.recorded.warnings.push(args.join(' '));
    warn(...args);
  };
};

// Firefox's WebDriver BiDi cannot switch scripts off for one page, so it gets a browser of its own with them off.
const LAUNCH = {
  chromium: () => puppeteer.launch(chromiumLaunch),
  firefox: ({javaScript = true} = {}) =>
    puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      ...(javaScript ? {} : {extraPrefsFirefox: {'javascript.enabled': false}}),
    }),
};

let dir;
let site;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'coordinator-check-site-'));
  await buildSite(join(dir, 'site'));
  // The pages of the widget's own get the strict policy as a header too, as a strict host would send it.
  site = await serve(join(dir, 'site'), {base: BASE, csp: (path) => (/^\/dist\/(check|embed)\.html$/.test(path) ? STRICT_CSP : undefined)});
});
after(async () => {
  await site?.close();
  rmSync(dir, {recursive: true, force: true});
});

const url = (path) => `${site.origin}${BASE}${path}`;

for (const [name, launch] of Object.entries(LAUNCH)) {
  describe(`the site from a sub-path, in ${name}`, () => {
    let browser;
    before(async () => (browser = await launch()));
    after(async () => browser?.close());

    /** Opens `path` under the site's sub-path; records what the page asked for from anywhere else. */
    async function open(path, {javaScript = true} = {}) {
      const own = !javaScript && name === 'firefox';
      const page = await (own ? await launch({javaScript: false}) : browser).newPage();
      if (!javaScript && !own) await page.setJavaScriptEnabled(false);
      const requests = [];
      page.on('request', (request) => requests.push(request.url()));
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      if (javaScript) await page.evaluateOnNewDocument(RECORDER);
      const response = await page.goto(url(path), {waitUntil: 'load'});
      assert.equal(response.status(), 200, `${path}: HTTP ${response.status()}`);
      const outside = () => requests.filter((address) => !address.startsWith(`${site.origin}${BASE}`) && !address.startsWith('data:'));
      return {page, errors, outside, recorded: () => page.evaluate(() => window.recorded)};
    }

    const checkPage = async (query) => {
      const opened = await open(`dist/check.html?${query}`);
      await waitUntil(opened.page, () => !!document.querySelector('coordinator-check')?.shadowRoot?.querySelector('input[type="radio"]'));
      return opened;
    };

    it('the front page links to the check and to the builder', async () => {
      const {page, outside} = await open('');
      const links = await page.$$eval('a', (all) => all.map((a) => a.href));
      assert.deepEqual(links, [url('dist/check.html'), url('dist/check.html#help-now'), url('demo/')]);
      assert.deepEqual(outside(), []);
      await page.close();
    });

    it('the check page takes its settings from its address, and the person can finish the check', async () => {
      const query = new URLSearchParams({
        region: 'wales',
        'role-name': 'key worker',
        'contact-name': 'Our PALS',
        'contact-phone': '0113 496 0000',
        lang: 'en',
        theme: 'auto',
        config: JSON.stringify({teamCrisis: {phone: '0113 496 0001'}}),
        back: 'https://my-blog.example/a-post?x=1',
      });
      const {page, errors, outside, recorded} = await checkPage(query);
      const seen = await page.evaluate(() => {
        const el = document.querySelector('coordinator-check');
        const back = document.querySelector('.back-link');
        return {
          attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
          title: document.title,
          heading: document.querySelector('h1').textContent,
          back: back && {href: back.href, text: back.textContent},
          help: [...document.querySelectorAll('#help-now li')].filter((li) => !li.hidden).map((li) => li.innerText.trim()),
          theme: document.documentElement.dataset.theme,
        };
      });
      assert.deepEqual(seen.attributes, {
        'heading-level': '2',
        region: 'wales',
        'role-name': 'key worker',
        lang: 'en',
        theme: 'auto',
        'contact-name': 'Our PALS',
        'contact-phone': '0113 496 0000',
      });
      assert.equal(seen.title, 'Check how well your key worker is doing');
      assert.equal(seen.heading, 'Check how well your key worker is doing');
      assert.deepEqual(seen.back, {href: 'https://my-blog.example/a-post?x=1', text: 'Back to my-blog.example'});
      assert.equal(seen.theme, 'auto');
      // Wales's lines only, from the one table of facts.
      assert.deepEqual(
        seen.help,
        REGION_FACTS.wales.crisis.map(({id, phone}) => `${en.crisis[id]} ${phone}`),
      );
      const done = await completeCheck(page);
      assert.equal(done.verdict, 'excellent');
      assert.match(done.resultText, /0113 496 0001/); // the team's own line, from config
      assert.deepEqual((await recorded()).violations, []);
      assert.deepEqual((await recorded()).warnings, []);
      assert.deepEqual(errors, []);
      assert.deepEqual(outside(), []);
      await page.close();
    });

    it('the check page leaves out what is not valid, with a warning, and shows the defaults', async () => {
      const query =
        'region=atlantis&role-name=&heading-level=9&contact-url=javascript%3Aalert(1)&origin=https%3A%2F%2Fx.example' +
        '&back=javascript%3Aalert(1)&colour=red&config=%7Bbad';
      const {page, errors, outside, recorded} = await checkPage(query);
      const seen = await page.evaluate(() => ({
        attributes: document.querySelector('coordinator-check').getAttributeNames(),
        back: document.querySelector('.back-link'),
        heading: document.querySelector('h1').textContent,
        help: [...document.querySelectorAll('#help-now li')].filter((li) => !li.hidden).length,
      }));
      assert.deepEqual(seen, {attributes: ['heading-level'], back: null, heading: 'Check how well your care co-ordinator is doing', help: 6});
      const {warnings, violations} = await recorded();
      for (const expected of [
        'region="atlantis" is not known',
        'heading-level is set by the check page itself',
        'role-name should be 1 to 60 characters',
        'contact.url "javascript:alert(1)" is not a usable link',
        'origin is not a parameter the check page knows',
        'back="javascript:alert(1)" is not a web address',
        'colour is not a parameter the check page knows',
        'config',
      ]) {
        assert.ok(
          warnings.some((w) => w.includes(expected)),
          `a warning with "${expected}" in:\n${warnings.join('\n')}`,
        );
      }
      assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
      assert.deepEqual(outside(), []);
      await page.close();
    });

    it('the check page takes only http: and https: addresses for "Back to"', async () => {
      for (const [back, text] of [
        ['https://blog.example/post', 'Back to blog.example'],
        ['http://blog.example', 'Back to blog.example'],
        ['data:text/html,<b>hi</b>', null],
        ['//blog.example', null],
        ['https://user:pass@blog.example/', null],
        ['<img src=x onerror=alert(1)>', null],
      ]) {
        const {page} = await checkPage(new URLSearchParams({back}));
        assert.equal(await page.evaluate(() => document.querySelector('.back-link')?.textContent ?? null), text, back);
        assert.equal(await page.evaluate(() => document.querySelectorAll('header *').length), text ? 1 : 0, back);
        await page.close();
      }
    });

    it('the check page still says the five things and where to get help when the widget’s script cannot load', async () => {
      const page = await browser.newPage();
      // Whatever the browser, the widget's file answers 404: the page's own script still runs.
      await page.setRequestInterception(true);
      page.on('request', (request) =>
        request.url().endsWith('/dist/coordinator-check.js') ? request.respond({status: 404, body: ''}) : request.continue(),
      );
      await page.goto(url('dist/check.html?region=scotland&role-name=key%20worker'), {waitUntil: 'load'});
      await waitUntil(page, () => document.title === 'Check how well your key worker is doing');
      const text = await page.evaluate(() => document.body.innerText);
      for (const id of BUILT_IN_TRAIT_IDS) assert.ok(text.includes(en.traits[id].title), `"${en.traits[id].title}" is shown`);
      assert.ok(text.includes(en.advice.scotland.name));
      assert.ok(text.includes(`${en.crisis['nhs-24']} 111`));
      await page.close();
    });

    it('the check page passes axe, before and after the check', async () => {
      const {page} = await checkPage('region=scotland');
      await page.evaluate(axeSource);
      const audit = () =>
        page.evaluate(async () => {
          const {violations} = await window.axe.run(document, {
            runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
          });
          return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
      assert.deepEqual(await audit(), []);
      await completeCheck(page);
      assert.deepEqual(await audit(), []);
      await page.close();
    });

    it('the check page shows the five things and every nation’s crisis lines with JavaScript off', async () => {
      const {page, outside} = await open('dist/check.html?region=wales', {javaScript: false});
      const text = await page.evaluate(() => document.body.innerText);
      for (const id of BUILT_IN_TRAIT_IDS) assert.ok(text.includes(en.traits[id].title), `"${en.traits[id].title}" is shown`);
      for (const region of Object.keys(REGION_FACTS)) {
        for (const {id, phone} of REGION_FACTS[region].crisis) assert.ok(text.includes(`${en.crisis[id]} ${phone}`), `${region}: ${id}`);
      }
      assert.match(text, /The check cannot start on this device/);
      // Where to get help with a concern, for every nation: the advice services and their freephone numbers.
      for (const region of Object.keys(REGION_FACTS)) {
        assert.ok(text.includes(en.advice[region].name), `${region}'s advice service is named`);
        if (REGION_FACTS[region].advicePhone) assert.ok(text.includes(REGION_FACTS[region].advicePhone), `${region}'s advice line`);
      }
      const visible = await page.evaluate(() => [...document.querySelectorAll('#help-now li')].every((li) => li.checkVisibility()));
      assert.equal(visible, true);
      assert.deepEqual(outside(), []);
      await (name === 'firefox' ? page.browser().close() : page.close());
    });

    it('the embed page works from the sub-path', async () => {
      const {page, errors, outside, recorded} = await open('dist/embed.html?region=northern-ireland');
      const done = await completeCheck(page);
      assert.equal(done.verdict, 'excellent');
      assert.match(done.resultText, /0808 808 8000/);
      assert.deepEqual((await recorded()).violations, []);
      assert.deepEqual(errors, []);
      assert.deepEqual(outside(), []);
      await page.close();
    });

    it('the snippet builder works from the sub-path, and its link opens the check page there', async () => {
      const {page, errors, outside, recorded} = await open('demo/');
      await page.waitForSelector('html[data-builder-ready]', {timeout: 15000});
      await page.click('#b-kind-link');
      await setField(page, 'b-src', url('dist/'));
      const snippet = await page.$eval('#snippet', (box) => box.value);
      const href = /href="([^"]+)"/.exec(snippet)[1].replaceAll('&amp;', '&');
      assert.equal(href, url('dist/check.html?region=england'));
      // The preview is the check page itself.
      const frame = await page.waitForFrame((f) => f.url().includes('/dist/check.html'), {timeout: 10000});
      await waitUntil(frame, () => !!document.querySelector('coordinator-check')?.shadowRoot?.querySelector('input'));
      const linked = await open(href.slice(url('').length));
      assert.equal((await completeCheck(linked.page)).verdict, 'excellent');
      await linked.page.close();
      assert.deepEqual((await recorded()).violations, []);
      assert.deepEqual(errors, []);
      assert.deepEqual(outside(), []);
      await page.close();
    });
    it('the poster writes out a short address, and refuses one that is not a web address', async () => {
      const {page, recorded} = await open('demo/poster.html');
      const address = url('dist/check.html?region=scotland');
      await page.goto(url(`demo/poster.html?${new URLSearchParams({address})}`), {waitUntil: 'load'});
      await page.waitForSelector('html[data-poster-ready]');
      assert.equal(await page.$eval('#poster-address', (p) => p.textContent), address.replace(/^http:\/\//, ''));
      assert.equal(await decode(page, await page.$eval('#poster-qr', (img) => img.src)), address);

      await page.goto(url(`demo/poster.html?${new URLSearchParams({address, short: 'our-trust.example/check'})}`), {waitUntil: 'load'});
      await page.waitForSelector('html[data-poster-ready]');
      assert.equal(await page.$eval('#poster-address', (p) => p.textContent), 'our-trust.example/check');

      // A short address must be a web address with a dotted host name; otherwise the page's own is written out.
      await page.goto(url(`demo/poster.html?${new URLSearchParams({address, short: 'https://foo'})}`), {waitUntil: 'load'});
      await page.waitForSelector('html[data-poster-ready]');
      assert.equal(await page.$eval('#poster-address', (p) => p.textContent), address.replace(/^http:\/\//, ''));

      // No nation in the address: every nation's lines, each nation's own named, as on the check page.
      const anywhere = url('dist/check.html');
      await page.goto(url(`demo/poster.html?${new URLSearchParams({address: anywhere})}`), {waitUntil: 'load'});
      await page.waitForSelector('html[data-poster-ready]');
      const lines = await page.$$eval('#poster-crisis li', (all) => all.map((li) => li.textContent));
      assert.deepEqual(lines, [
        `${en.crisis.emergency} 999`,
        `England: ${en.crisis['nhs-111-england']} 111`,
        `Scotland: ${en.crisis['nhs-24']} 111`,
        `Wales: ${en.crisis['nhs-111-wales']} 111`,
        `Northern Ireland: ${en.crisis.lifeline} 0808 808 8000`,
        `${en.crisis.samaritans} 116 123`,
      ]);

      // Only a check page's address makes a poster.
      await page.goto(url(`demo/poster.html?${new URLSearchParams({address: 'https://elsewhere.example/page.html'})}`), {waitUntil: 'load'});
      await page.waitForSelector('html[data-poster-ready]');
      assert.equal(await page.$eval('#poster-qr', (img) => img.hidden), true);
      assert.match(await page.$eval('#poster-problem', (p) => p.textContent), /needs the check page’s address/);

      await page.goto(url(`demo/poster.html?${new URLSearchParams({address: 'javascript:alert(1)'})}`), {waitUntil: 'load'});
      await page.waitForSelector('html[data-poster-ready]');
      assert.equal(await page.$eval('#poster-qr', (img) => img.hidden), true);
      assert.match(await page.$eval('#poster-problem', (p) => p.textContent), /needs the check page’s address/);
      assert.equal(await page.$eval('#print', (button) => button.hidden), true, 'no Print button for a poster without a code');
      const {warnings, violations} = await recorded();
      assert.deepEqual(violations, []);
      assert.ok(
        warnings.some((w) => w.includes('address="javascript:alert(1)" is not the address of a check page')),
        warnings.join('\n'),
      );
      await page.close();
    });
  });
}

/** Sets a builder field as a person would, and waits for the snippet to follow. */
async function setField(page, id, value) {
  await page.$eval(
    `#${id}`,
    (field, value) => {
      if (typeof value === 'boolean') field.checked = value;
      else field.value = value;
      field.dispatchEvent(new Event('input', {bubbles: true}));
      field.dispatchEvent(new Event('change', {bubbles: true}));
    },
    value,
  );
  await new Promise((r) => setTimeout(r, 300));
}

/** Decodes the picture at `src` (a data: address) in the page: its pixels, read by jsQR here. */
async function decode(page, src) {
  const {width, height, pixels} = await page.evaluate(async (src) => {
    const image = new Image();
    image.src = src;
    await image.decode();
    const canvas = document.createElement('canvas');
    // An SVG is drawn at a size of our own, big enough for every module.
    canvas.width = canvas.height = Math.max(image.naturalWidth, 800);
    const context = canvas.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const {data} = context.getImageData(0, 0, canvas.width, canvas.height);
    let binary = '';
    for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
    return {width: canvas.width, height: canvas.height, pixels: btoa(binary)};
  }, src);
  const code = jsQR(new Uint8ClampedArray(Buffer.from(pixels, 'base64')), width, height);
  assert.ok(code, 'jsQR found a QR code');
  return code.data;
}

describe('the QR code and the poster (Chromium)', () => {
  let browser;
  before(async () => (browser = await LAUNCH.chromium()));
  after(async () => browser?.close());

  it('decode to exactly the address the builder shows, for a long address with every setting, and the poster prints on one A4 page', async () => {
    const page = await browser.newPage();
    await page.setViewport({width: 1280, height: 900});
    await page.goto(url('demo/'), {waitUntil: 'load'});
    await page.waitForSelector('html[data-builder-ready]', {timeout: 15000});
    await page.click('#b-kind-qr');
    for (const [id, value] of [
      ['b-src', url('dist/')],
      ['b-region', 'northern-ireland'],
      ['b-role', 'key worker'],
      ['b-contact-name', 'Riverside Patient Advice & Liaison "PALS"'],
      ['b-contact-phone', '+44 (0)28 9049 6000'],
      ['b-contact-email', 'pals@riverside.example'],
      ['b-contact-url', 'https://riverside.example/pals?from=poster'],
      ['b-lang', 'en'],
      ['b-theme', 'auto'],
      ['b-heading', 'How is your {role} doing? A short check'],
      ['b-submit', 'Show me how it went'],
      ['b-config', JSON.stringify({teamCrisis: {label: 'Our duty team, day or night:', phone: '028 9049 6001'}})],
      ['b-origin', 'https://riverside.example/leaflets'],
    ]) {
      await setField(page, id, value);
    }
    await waitUntil(page, () => document.getElementById('qr').dataset.address === document.getElementById('snippet').value.trim());
    const address = (await page.$eval('#snippet', (box) => box.value)).trim();
    assert.ok(address.length > 500, `a long address: ${address.length} characters`);
    const settings = new URL(address).searchParams;
    assert.equal(settings.get('region'), 'northern-ireland');
    assert.equal(settings.get('contact-name'), 'Riverside Patient Advice & Liaison "PALS"');
    assert.equal(settings.get('back'), 'https://riverside.example/leaflets');
    assert.match(settings.get('config'), /Show me how it went/);

    const [svg, png, shown] = await page.evaluate(() => [
      document.getElementById('qr-svg').href,
      document.getElementById('qr-png').href,
      document.getElementById('qr-image').src,
    ]);
    assert.match(svg, /^data:image\/svg\+xml/);
    assert.match(png, /^data:image\/png;base64,/);
    assert.equal(await decode(page, png), address);
    assert.equal(await decode(page, svg), address);
    assert.equal(await decode(page, shown), address);

    // The poster, from its link in the builder: its QR code is the same address.
    const poster = await page.$eval('#poster-link', (a) => a.href);
    await page.goto(poster, {waitUntil: 'load'});
    await page.waitForSelector('html[data-poster-ready]', {timeout: 10000});
    assert.equal(await decode(page, await page.$eval('#poster-qr', (img) => img.src)), address);
    const text = await page.evaluate(() => document.body.innerText);
    assert.match(text, /How is your key worker doing\?/);
    assert.match(text, /Our duty team, day or night: 028 9049 6001/);
    assert.match(text, new RegExp(`${en.crisis.lifeline} 0808 808 8000`));

    const pdfFile = join(dir, 'poster.pdf');
    writeFileSync(pdfFile, await page.pdf({preferCSSPageSize: true, printBackground: true}));
    const info = execFileSync('pdfinfo', [pdfFile], {encoding: 'utf8'});
    assert.match(info, /^Pages:\s+1$/m);
    assert.match(info, /^Page size:.*\(A4\)$/m);
    const printed = execFileSync('pdftotext', ['-layout', pdfFile, '-'], {encoding: 'utf8'});
    assert.match(printed, /If you need help now/);
    assert.match(printed, /116 123/);
    assert.doesNotMatch(printed, /Print the poster/); // the screen's tools are not printed
    await page.close();
  });
});
