// `npm run bench`: load-time and completion benchmark of <coordinator-check> against a
// hand-written vanilla custom element with the same form (the "floor", test/bench/floor.js).
//
//   node test/bench/bench.mjs        (after `npm run build`; `npm run bench` does both)
//
// Environment: CHROMIUM_BIN (default /usr/bin/chromium), BENCH_RUNS (default 15 per
// scenario and element), BENCH_WARMUP (default 1 discarded load per scenario and element).
//
// The repo itself is served over http on 127.0.0.1 (random free port, static files only,
// Cache-Control: no-store). Every load is a fresh incognito browser context and page with
// the cache disabled, so each one fetches, parses and compiles the script. Loads alternate
// widget, floor, widget, floor... Times are measured inside the page (test/bench/harness.js,
// which documents the method) as ms since navigation start.
//
// Prints a table with medians, min-max and the widget/floor ratio, PASS/MISS against the
// targets (a miss is reported, not an error), and writes test/bench/report.json.
// Exits non-zero only if something breaks.
import {createServer} from 'node:http';
import {readFile, writeFile} from 'node:fs/promises';
import {cpus} from 'node:os';
import {dirname, extname, join, relative, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {chromiumLaunch} from '../browsers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const runs = positiveInt(process.env.BENCH_RUNS, 15, 'BENCH_RUNS');
const warmup = nonNegativeInt(process.env.BENCH_WARMUP, 1, 'BENCH_WARMUP');
const reportPath = join(here, 'report.json');

const ELEMENTS = {
  widget: {page: '/test/bench/widget.html', label: '<coordinator-check>'},
  floor: {page: '/test/bench/floor.html', label: '<floor-check>'},
};
const SCENARIOS = [
  {id: 'single', title: '1 instance: navigation -> 40 radios visible', query: 'n=1', metric: 'visible', target: 1.3},
  {id: 'fifty', title: '50 instances: navigation -> 2000 radios visible', query: 'n=50', metric: 'visible', target: 2},
  {id: 'complete', title: '1 instance: navigation -> answer all, submit -> result', query: 'n=1&mode=complete', metric: 'result', target: null},
];
// Secondary per-load marks kept in the report (ms since navigation start).
const MARKS = ['responseStart', 'responseEnd', 'domInteractive', 'scriptResponseEnd', 'defineStart', 'defineEnd', 'domComplete', 'visible', 'first-contentful-paint', 'interactStart', 'answered', 'result'];

function positiveInt(value, fallback, name) {
  const n = Number(value ?? fallback);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got ${value}`);
  return n;
}
function nonNegativeInt(value, fallback, name) {
  const n = Number(value ?? fallback);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got ${value}`);
  return n;
}

// --- static server -------------------------------------------------------------------

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
const harnessTag = /<script src="\/test\/bench\/harness\.js"( data-tag="[\w-]+")><\/script>/;
const instanceBlock = /<!-- bench:instance[^>]*-->([\s\S]*?)<!-- \/bench:instance -->/;

async function serve(req, res) {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');
    const url = new URL(req.url, 'http://127.0.0.1');
    // Chromium may ask for a favicon at any point of a load: answer it, emptily, so it is never an error.
    if (url.pathname === '/favicon.ico') return void res.writeHead(204, {'cache-control': 'no-store'}).end();
    const file = resolve(root, '.' + decodeURIComponent(url.pathname));
    if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'forbidden');
    const rel = relative(root, file).split(sep).join('/');
    if (rel.startsWith('node_modules/') || rel.startsWith('.git/')) return send(res, 403, 'forbidden');
    let body = await readFile(file);
    if (rel === 'test/bench/widget.html' || rel === 'test/bench/floor.html') {
      // Repeat the instance block ?n= times and inline the harness (no extra request).
      const n = Math.min(500, Math.max(1, Number(url.searchParams.get('n')) || 1));
      const harness = await readFile(join(here, 'harness.js'), 'utf8');
      body = body
        .toString('utf8')
        .replace(harnessTag, (_, attr) => `<script${attr}>${harness}</script>`)
        .replace(instanceBlock, (_, block) => block.trim().repeat(n));
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'content-length': Buffer.byteLength(body),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (error) {
    send(res, error.code === 'ENOENT' || error.code === 'EISDIR' ? 404 : 500, String(error.message));
  }
}
function send(res, status, text) {
  res.writeHead(status, {'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store'});
  res.end(text);
}

// --- one measured load -----------------------------------------------------------------

async function load(browser, origin, element, scenario) {
  const context = await browser.createBrowserContext();
  const problems = [];
  try {
    const page = await context.newPage();
    await page.setCacheEnabled(false);
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin + '/') && !url.startsWith('data:')) problems.push(`request off the bench server: ${url}`);
    });
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    const url = `${origin}${ELEMENTS[element].page}?${scenario.query}`;
    await page.goto(url, {waitUntil: 'load', timeout: 30_000});
    // Polls with a 20 ms timer after the load event only: nothing runs in the page while it loads.
    const bench = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const started = performance.now();
          (function poll() {
            const b = window.__bench;
            if (b?.done || performance.now() - started > 20_000) resolve(b ? JSON.parse(JSON.stringify(b)) : null);
            else setTimeout(poll, 20);
          })();
        }),
    );
    if (!bench) throw new Error(`${url}: the harness did not run`);
    if (bench.error) throw new Error(`${url}: ${bench.error}`);
    if (!bench.done) throw new Error(`${url}: timed out`);
    if (problems.length) throw new Error(`${url}:\n  ${problems.join('\n  ')}`);
    const value = bench.marks[scenario.metric];
    if (typeof value !== 'number') throw new Error(`${url}: no "${scenario.metric}" mark`);
    if (typeof bench.scriptResponseEnd === 'number') bench.marks.scriptResponseEnd = bench.scriptResponseEnd;
    return {value, marks: bench.marks, scriptBytes: bench.scriptBytes, scriptResponseEnd: bench.scriptResponseEnd};
  } finally {
    await context.close();
  }
}

// --- statistics and output ---------------------------------------------------------------

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
function summary(values) {
  return {median: round(median(values)), min: round(Math.min(...values)), max: round(Math.max(...values))};
}
const round = (x) => Math.round(x * 10) / 10;
const ms = (x) => x.toFixed(1);

function markMedians(samples) {
  const out = {};
  for (const name of MARKS) {
    const values = samples.map((s) => s.marks[name]).filter((v) => typeof v === 'number');
    if (values.length === samples.length) out[name] = round(median(values));
  }
  return out;
}

function table(rows) {
  const header = ['scenario', 'widget median', 'widget min-max', 'floor median', 'floor min-max', 'ratio', 'target', 'verdict'];
  const lines = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...lines.map((l) => String(l[i]).length)));
  const fmt = (l) => l.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt)].join('\n');
}

// --- main ----------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  await readFile(join(root, 'dist/coordinator-check.js')).catch(() => {
    throw new Error('dist/coordinator-check.js not found: run `npm run build` first (or `npm run bench`).');
  });
  const server = createServer((req, res) => void serve(req, res));
  await new Promise((ok, ko) => server.once('error', ko).listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch(chromiumLaunch);
  try {
    const version = await browser.version();
    console.log(`${version}, ${cpus().length} CPUs, node ${process.version}; ${runs} runs per scenario and element (+${warmup} warm-up), served from ${origin}`);
    const samples = Object.fromEntries(SCENARIOS.map((s) => [s.id, {widget: [], floor: []}]));
    for (let run = -warmup; run < runs; run++) {
      for (const scenario of SCENARIOS) {
        for (const element of ['widget', 'floor']) {
          const sample = await load(browser, origin, element, scenario);
          if (run >= 0) samples[scenario.id][element].push(sample);
        }
      }
      process.stdout.write(run < 0 ? 'w' : '.');
    }
    process.stdout.write('\n\n');

    const rows = [];
    const scenarios = [];
    for (const scenario of SCENARIOS) {
      const w = samples[scenario.id].widget;
      const f = samples[scenario.id].floor;
      const ws = summary(w.map((s) => s.value));
      const fs = summary(f.map((s) => s.value));
      const ratio = Math.round((median(w.map((s) => s.value)) / median(f.map((s) => s.value))) * 100) / 100;
      const verdict = scenario.target === null ? '-' : ratio <= scenario.target ? 'PASS' : 'MISS';
      rows.push([
        scenario.title,
        `${ms(ws.median)} ms`,
        `${ms(ws.min)}-${ms(ws.max)}`,
        `${ms(fs.median)} ms`,
        `${ms(fs.min)}-${ms(fs.max)}`,
        `${ratio.toFixed(2)}x`,
        scenario.target === null ? '-' : `<= ${scenario.target}x`,
        verdict,
      ]);
      scenarios.push({
        id: scenario.id,
        title: scenario.title,
        metric: scenario.metric,
        unit: 'ms since navigation start',
        target: scenario.target,
        ratio,
        verdict,
        widget: {...ws, markMedians: markMedians(w), scriptBytes: w[0].scriptBytes, samples: w.map((s) => round(s.value))},
        floor: {...fs, markMedians: markMedians(f), scriptBytes: f[0].scriptBytes, samples: f.map((s) => round(s.value))},
      });
    }
    console.log(table(rows));
    console.log('\nMedian marks, ms since navigation start (defineStart = script fetched, parsed and run up to customElements.define):');
    for (const s of scenarios) {
      for (const element of ['widget', 'floor']) {
        const m = s[element].markMedians;
        console.log(`  ${s.id.padEnd(8)} ${element.padEnd(6)} ${Object.entries(m).map(([k, v]) => `${k} ${ms(v)}`).join(', ')}`);
      }
    }
    const report = {
      date: new Date().toISOString(),
      browser: version,
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      runs,
      warmup,
      method:
        'Fresh incognito context and page per load, cache disabled, served from 127.0.0.1 with Cache-Control: no-store; ' +
        'loads alternate widget/floor. Times measured in the page by test/bench/harness.js: MutationObserver on every ' +
        'shadow root + forced layout (getBoundingClientRect) once all radios exist; completion clicks via element.click() ' +
        'with a task yield and forced layout after each.',
      scenarios,
      durationSeconds: Math.round((Date.now() - started) / 1000),
    };
    await writeFile(reportPath, JSON.stringify(report, null, 2) + '\n');
    console.log(`\nWrote ${relative(process.cwd(), reportPath)} in ${report.durationSeconds} s.`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error?.stack ?? error);
  process.exit(1);
});
