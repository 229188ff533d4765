// The WordPress plugin, on a real WordPress 6.1 (see wordpress-site.mjs): installed and activated,
// used by an author without unfiltered_html, and the check completed in Chromium.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {after, before, describe, it} from 'node:test';
import {completeCheck, launchChromium, localPage} from './browser.mjs';
import {startWordPress} from './wordpress-site.mjs';

const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

describe('the WordPress plugin, on a real WordPress', () => {
  let wp;
  let browser;
  before(async () => {
    wp = await startWordPress();
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
    assert.equal(seen.statements, 10);
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
});
