// The WordPress plugin, on a real WordPress 6.1 (see wordpress-site.mjs): installed and activated,
// used by an author without unfiltered_html, and the check completed in Chromium.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {after, before, describe, it} from 'node:test';
import {completeCheck, launchChromium, localPage} from './browser.mjs';
import {startWordPress} from './wordpress-site.mjs';
import {buttonsBlock, checkPageAddress, htmlLink, linkText} from '../../demo/hosted-links.js';

const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

// What the snippet builder makes for a site without the plugin (WordPress.com Free, Personal and
// Premium, or an author's post): a Buttons block and a plain link to the check page, beside a bare
// tag and a script, to prove which of them a filtered site keeps.
const ADDRESS = checkPageAddress('https://example.github.io/coordinator-check/dist/', {
  region: 'wales',
  'role-name': 'key worker',
  'contact-name': 'Ward "A" & friends',
  back: 'https://my-blog.example/post?x=1',
});
const TEXT = linkText('key worker');
const BUTTON = buttonsBlock(ADDRESS, TEXT);
const LINK = htmlLink(ADDRESS, TEXT).trim();
const ROUTES =
  `${BUTTON}\n<!-- wp:paragraph -->\n<p>Or follow this link: ${LINK}</p>\n<!-- /wp:paragraph -->\n\n` +
  '<!-- wp:html -->\n<coordinator-check region="wales" role-name="key worker"></coordinator-check>\n' +
  '<script src="http://127.0.0.1:9/coordinator-check.js"></script>\n<!-- /wp:html -->';

describe('the WordPress plugin, on a real WordPress', () => {
  let wp;
  let browser;
  before(async () => {
    wp = await startWordPress({posts: {routes: ROUTES}});
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await wp?.stop();
  });

  /** Opens a post and returns the page, the element's attributes and where its script came from. */
  async function openPost(name) {
    const {page, outside, errors} = await localPage(browser);
    const response = await page.goto(wp.setup.posts[name].url, {waitUntil: 'load'});
    assert.equal(response.status(), 200, `${name} post: HTTP ${response.status()}`);
    const element = await page.evaluate(() => {
      const el = document.querySelector('coordinator-check');
      return el && Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
    });
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src).filter((src) => src.includes('coordinator-check')));
    return {page, outside, errors, element, scripts};
  }

  it('is active, and the author who publishes has no unfiltered_html', () => {
    assert.equal(wp.setup.pluginActive, true);
    assert.equal(wp.setup.authorCanUnfilteredHtml, false);
    // kses ran on the author's post: the script tag they typed is gone.
    assert.doesNotMatch(wp.setup.posts.block.saved, /<script/);
    for (const post of Object.values(wp.setup.posts)) assert.equal(post.status, 'publish');
  });

  it('keeps the Buttons block and the plain link to the check page when an author saves them, and drops a bare tag and a script', async () => {
    const {saved, status} = wp.setup.posts.routes;
    assert.equal(status, 'publish');
    assert.ok(saved.includes(BUTTON), `the Buttons block is saved as the builder made it:\n${saved}`);
    assert.ok(saved.includes(LINK), `the link is saved as the builder made it:\n${saved}`);
    assert.doesNotMatch(saved, /<coordinator-check/);
    assert.doesNotMatch(saved, /<script/);

    const {page, outside, errors, element} = await openPost('routes');
    assert.equal(element, null, 'no <coordinator-check> on the page');
    const links = await page.$$eval('.entry-content a, .wp-block-post-content a', (all) =>
      all.map((a) => ({href: a.href, text: a.textContent, button: a.classList.contains('wp-block-button__link')})),
    );
    assert.deepEqual(links, [
      {href: ADDRESS, text: TEXT, button: true},
      {href: ADDRESS, text: TEXT, button: false},
    ]);
    assert.deepEqual(outside, [], 'requests that would have left the machine');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('renders the block as a check the reader can complete, with the sidebar settings', async () => {
    const {page, outside, errors, element, scripts} = await openPost('block');
    assert.deepEqual(element, {
      region: 'scotland',
      'role-name': 'lead professional',
      'contact-name': 'Ward "A" advice line',
      'heading-level': '3',
    });
    assert.deepEqual(scripts, [`${wp.url}/wp-content/plugins/coordinator-check/assets/coordinator-check.iife.js?ver=${version}`]);
    assert.notEqual(await page.title(), 'script ran');
    const seen = await completeCheck(page);
    assert.equal(seen.statements, 12);
    assert.equal(seen.verdict, 'excellent');
    assert.match(seen.resultText, /lead professional/);
    assert.match(seen.resultText, /116 123/); // Samaritans, in every nation's crisis box
    assert.deepEqual(outside, [], 'requests that would have left the machine');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('renders the shortcode as a check the reader can complete, leaving out values that are not valid', async () => {
    const {page, outside, errors, element} = await openPost('shortcode');
    // heading_level="9" and a javascript: contact_url are dropped, not passed on.
    assert.deepEqual(element, {region: 'wales', 'role-name': 'key worker'});
    const seen = await completeCheck(page);
    assert.equal(seen.verdict, 'excellent');
    assert.match(seen.resultText, /key worker/);
    assert.match(seen.resultText, /111 and press 2/); // NHS 111 Wales: the nation reached the widget
    assert.deepEqual(outside, [], 'requests that would have left the machine');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('lets an author add the block, set it in the sidebar, publish, and readers complete it', async () => {
    const {page, outside} = await localPage(browser);
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.setViewport({width: 1400, height: 1000});
    page.setDefaultNavigationTimeout(90000);
    await page.goto(`${wp.url}/wp-login.php`, {waitUntil: 'load'});
    // Filled in at once, not typed: 200 ms after load the login page focuses and selects the user name
    // field, and keys typed after that replaced what was typed before it. Under load that signed in
    // as nobody, and the editor then waited 60 s, twice, on the login page.
    await page.$eval('#user_login', (field, login) => (field.value = login), wp.setup.author.login);
    await page.$eval('#user_pass', (field, password) => (field.value = password), wp.setup.author.password);
    await Promise.all([page.waitForNavigation({waitUntil: 'load'}), page.click('#wp-submit')]);
    assert.doesNotMatch(page.url(), /wp-login\.php/, 'the author is signed in');
    // The editor is about a hundred requests to a one-process PHP server. Alone it is ready in about
    // 8 s; twice in a full `npm test` it was still not ready after 60 s. What was still loading is
    // printed, and the editor is opened once more, so a stall in the harness is told apart from a
    // block that breaks the editor (which fails both times).
    const loading = new Map();
    page.on('request', (request) => loading.set(request, Date.now()));
    for (const done of ['requestfinished', 'requestfailed']) page.on(done, (request) => loading.delete(request));
    const editorReady = () =>
      page.waitForFunction(
        () => window.wp?.blocks?.getBlockType('coordinator-check/check') && window.wp.data.select('core/editor').getCurrentPostId(),
        {timeout: 60000},
      );
    await page.goto(`${wp.url}/wp-admin/post-new.php`, {waitUntil: 'load'});
    try {
      await editorReady();
    } catch (error) {
      // What the editor had got to, and any script error, to tell a slow editor from a broken one.
      const state = await page.evaluate(() => ({
        blockTypes: window.wp?.blocks?.getBlockTypes?.().length,
        postId: window.wp?.data?.select('core/editor')?.getCurrentPostId?.(),
        title: document.title,
      }));
      console.log(`The editor's state: ${JSON.stringify(state)}; script errors: ${pageErrors.join('; ') || 'none'}.`);
      const now = Date.now();
      const pending = [...loading].map(([request, at]) => `${request.url()} (${Math.round((now - at) / 1000)} s)`);
      console.log(
        `The editor was not ready after 60 s (${error.message}); still loading: ${pending.join(', ') || 'nothing'}. Opening it again.`,
      );
      loading.clear();
      await page.goto(`${wp.url}/wp-admin/post-new.php`, {waitUntil: 'load'});
      await editorReady();
    }

    // The builder's Buttons block, pasted, is a valid Buttons block holding one Button to the check page.
    const pasted = await page.evaluate(
      (markup) =>
        window.wp.blocks.parse(markup).map((block) => ({
          name: block.name,
          valid: block.isValid,
          inner: block.innerBlocks.map((inner) => ({
            name: inner.name,
            valid: inner.isValid,
            url: inner.attributes.url,
            text: inner.attributes.text,
          })),
        })),
      BUTTON,
    );
    assert.deepEqual(pasted, [{name: 'core/buttons', valid: true, inner: [{name: 'core/button', valid: true, url: ADDRESS, text: TEXT}]}]);

    // Added as an author would from the inserter; the sidebar shows its settings.
    await page.evaluate(() => {
      const {blocks, data} = window.wp;
      data.dispatch('core/editor').editPost({title: 'Made in the editor'});
      data.dispatch('core/block-editor').insertBlocks(blocks.createBlock('coordinator-check/check'));
      data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    const nation = await page.waitForSelector('.block-editor-block-inspector select', {timeout: 45000});
    const labels = await page.$$eval('.block-editor-block-inspector label', (all) => all.map((l) => l.textContent));
    for (const label of ['Nation', 'Role name', 'Heading level']) assert.ok(labels.includes(label), `the sidebar has "${label}": ${labels}`);
    await nation.select('northern-ireland');
    const role = await page.waitForSelector('.block-editor-block-inspector input[type="text"]', {timeout: 45000});
    await role.type('key worker');

    // The preview in the editor is the server's own rendering of the block, and the check runs there.
    const preview = (timeout) =>
      page.waitForFunction(
        () =>
          document
            .querySelector('coordinator-check[region="northern-ireland"][role-name="key worker"]')
            ?.shadowRoot?.textContent.includes('key worker'),
        {timeout},
      );
    await preview(20000).catch(async () => {
      // WordPress 6.1's ServerSideRender now and then drops the answer to its last request under load
      // (seen with Chromium 150: the new rendering arrived, the preview stayed as it was). Asked once
      // more with the same attributes, the server's rendering must then show.
      console.log('The preview did not follow the sidebar in 20 s; asking WordPress to render the block again.');
      await page.evaluate(() => {
        const {data} = window.wp;
        const [block] = data.select('core/block-editor').getBlocks();
        data.dispatch('core/block-editor').updateBlockAttributes(block.clientId, {headingLevel: 3});
        data.dispatch('core/block-editor').updateBlockAttributes(block.clientId, {headingLevel: 2});
      });
      await preview(25000);
    });

    const saved = await page.evaluate(async () => {
      const {data} = window.wp;
      data.dispatch('core/editor').editPost({status: 'publish'});
      await data.dispatch('core/editor').savePost();
      return {link: data.select('core/editor').getPermalink(), content: data.select('core/editor').getEditedPostContent()};
    });
    assert.match(saved.content, /<!-- wp:coordinator-check\/check \{"region":"northern-ireland","roleName":"key worker"\} \/-->/);
    assert.deepEqual(pageErrors, []);

    const reader = await localPage(browser, {fresh: true});
    await reader.page.goto(saved.link, {waitUntil: 'load'});
    assert.equal(await reader.page.$eval('coordinator-check', (el) => el.getAttribute('region')), 'northern-ireland');
    const seen = await completeCheck(reader.page);
    assert.equal(seen.verdict, 'excellent');
    assert.match(seen.resultText, /excellent key worker/);
    assert.deepEqual(reader.outside, [], 'requests that would have left the machine');
    // The editor itself asks for avatars and its welcome picture (stopped here); the block asks for nothing.
    assert.deepEqual(
      outside.filter((url) => !/^https?:\/\/([\w-]+\.)*(gravatar\.com|s\.w\.org)\//.test(url)),
      [],
    );
  });
});
