// Puppeteer helpers for the node-side tests: Debian's Chromium, nothing leaving the machine.
import puppeteer from 'puppeteer-core';
import {chromiumLaunch} from '../browsers.mjs';

export const launchChromium = () => puppeteer.launch(chromiumLaunch);

/**
 * A new page that lets through requests to 127.0.0.1 and localhost only, and records the others
 * (aborted), with the console errors of every frame.
 */
export async function localPage(browser, {fresh = false} = {}) {
  // `fresh`: a context of its own, with no cookies from other pages (a reader who is not signed in).
  const page = await (fresh ? await browser.createBrowserContext() : browser).newPage();
  const outside = [];
  const errors = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const {protocol, hostname} = new URL(request.url());
    if (protocol === 'data:' || ['127.0.0.1', 'localhost'].includes(hostname)) return request.continue();
    outside.push(request.url());
    return request.abort();
  });
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  return {page, outside, errors};
}

/**
 * Waits until `predicate` (run in the page or frame, with `args`) returns something truthy, and
 * returns it. Polled from here with `evaluate`: puppeteer's own `waitForFunction` builds its poller
 * with `Function()`, which a strict CSP blocks in Firefox ESR 140.
 */
export async function waitUntil(frame, predicate, {timeout = 15000, interval = 50} = {}, ...args) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await frame.evaluate(predicate, ...args);
    if (value) return value;
    if (Date.now() > end) throw new Error(`waited ${timeout} ms for ${predicate.toString().slice(0, 120)}`);
    await new Promise((done) => setTimeout(done, interval));
  }
}

/**
 * In a page or frame: waits for the first <coordinator-check> to render, answers every statement
 * "Yes" (step by step: each step's, then Continue, up to "Check your answers"), submits, and returns
 * what the person then sees.
 */
export async function completeCheck(frame) {
  await waitUntil(frame, () => !!document.querySelector('coordinator-check')?.shadowRoot?.querySelector('input[type="radio"]'));
  return frame.evaluate(async () => {
    const el = document.querySelector('coordinator-check');
    const root = el.shadowRoot;
    const results = [];
    el.addEventListener('coordinator-check-result', (event) => results.push(event.detail));
    const seen = new Set();
    for (let round = 0; round < 30 && !root.querySelector('[part~="result"]'); round++) {
      const shown = [...new Set([...root.querySelectorAll('input[type="radio"][data-statement]')].map((r) => r.dataset.statement))];
      for (const id of shown) {
        seen.add(id);
        root.querySelector(`input[data-statement="${CSS.escape(id)}"][value="yes"]`).click();
      }
      await el.updateComplete;
      root.querySelector('button[type="submit"]').click();
      await el.updateComplete;
    }
    const statements = [...seen];
    const result = root.querySelector('[part~="result"]');
    return {
      statements: statements.length,
      verdict: results[0]?.verdict,
      resultHeading: result?.querySelector('h1, h2, h3, h4, h5, h6')?.textContent.trim(),
      resultHeadingTag: result?.querySelector('h1, h2, h3, h4, h5, h6')?.tagName,
      resultText: result?.textContent.replace(/\s+/g, ' ').trim(),
    };
  });
}
