// `npm run bench`: how fast <coordinator-check> loads and responds, against a hand-written
// vanilla custom element with the same form (the "floor", test/bench/floor.js), in Chromium
// with its CPU throttled 4x (CDP Emulation.setCPUThrottlingRate), as on a mid-range phone.
//
//   node test/bench/bench.mjs        (after `npm run build`; `npm run bench` does both)
//
// Environment: CHROMIUM_BIN (default /usr/bin/chromium), BENCH_RUNS (default 11 loads per
// scenario and element), BENCH_WARMUP (default 1 discarded load per scenario and element),
// BENCH_THROTTLE (default 4; 1 = unthrottled).
//
// The repo itself is served over http on 127.0.0.1 (random free port, static files only,
// Cache-Control: no-store). Every load is a fresh incognito browser context and page with
// the cache disabled, so each one fetches, parses and compiles the script. Loads alternate
// widget, floor, widget, floor... The widget is whatever dist/coordinator-check.js holds.
//
// Measures (all timed inside the page by test/bench/harness.js, which documents the method):
//  - load, 1 and 50 instances: ms from navigation start to every radio visible; the target is
//    the ratio of the widget's median to the floor's.
//  - answer click: a real mouse click (CDP Input events, via puppeteer) on each of the ten
//    statements' answers in turn, ms from the click's input timestamp until its event
//    handlers, the element's update and the style and layout it caused are done.
//  - submit: a real click on the submit button with every statement answered, ms from the
//    click's input timestamp to the frame with the result painted: the page's cold first submit,
//    for mixed answers, for an excellent result, and for a falls-short result answered "Yes, but
//    nothing changed" with two past checks on the device.
//  - DOM nodes per instance, once ready, beside the floor's.
// The ms targets apply to the widget's median; the floor's figures show what the browser
// itself costs. Prints a table with medians, ranges, ratios, targets and PASS/MISS (a miss
// is reported, not an error), and writes test/bench/report.json. Exits non-zero only if
// something breaks.
import {createServer} from 'node:http';
import {readFile, writeFile} from 'node:fs/promises';
import {cpus, loadavg} from 'node:os';
import {dirname, extname, join, relative, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {chromiumLaunch} from '../browsers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const runs = positiveInt(process.env.BENCH_RUNS, 11, 'BENCH_RUNS');
const warmup = nonNegativeInt(process.env.BENCH_WARMUP, 1, 'BENCH_WARMUP');
const throttle = positiveNumber(process.env.BENCH_THROTTLE, 4, 'BENCH_THROTTLE');
const reportPath = join(here, 'report.json');

const ELEMENTS = {
  widget: {page: '/test/bench/widget.html', label: '<coordinator-check>'},
  floor: {page: '/test/bench/floor.html', label: '<floor-check>'},
};
const LOADS = [
  {id: 'single', title: '1 instance: navigation -> all radios visible', query: 'n=1', target: {ratio: 1.3}},
  {id: 'fifty', title: '50 instances: navigation -> all radios visible', query: 'n=50', target: {ratio: 2}},
  // For comparison, no target: the widget's default layout, one trait a step (its first step's 8
  // radios), against the same floor loads as above (the floor has one layout, all 40 radios).
  {id: 'steps1', title: '  the same, stepped (the default layout)', query: 'n=1&layout=steps', floorFrom: 'single'},
  {id: 'steps50', title: '  the same, 50 stepped', query: 'n=50&layout=steps', floorFrom: 'fifty'},
];
// Each is a fresh page, so every submit is the page's cold first one. The answer clicks are
// measured in `mixed`; `short` seeds two past checks (remember on) before the page loads, answers
// No throughout and "Yes, but nothing changed" (the floor has no such question, and no history).
const INTERACTS = [
  {id: 'mixed', query: 'n=1&mode=interact', answer: 'mixed'},
  {id: 'excellent', query: 'n=1&mode=interact', answer: 'yes'},
  {id: 'short', query: 'n=1&mode=interact&remember=1', answer: 'no', raised: 'no-change', seed: true},
];
const MEASURES = [
  {id: 'answer', from: 'mixed', title: 'answer click -> processed (each of 10)', metric: 'processed', target: {ms: 16}},
  {id: 'submit', from: 'mixed', title: 'submit click -> result painted (mixed answers)', metric: 'painted', target: {ms: 100}},
  {id: 'submit-excellent', from: 'excellent', title: 'submit -> painted (excellent)', metric: 'painted', target: {ms: 100}},
  {
    id: 'submit-short',
    from: 'short',
    title: 'submit -> painted (falls short, nothing changed, 2 past checks)',
    metric: 'painted',
    target: {ms: 100},
  },
];
/** Two past checks on earlier days, as the widget stores them with `remember`, for the `short` scenario. */
const pastCheck = (daysAgo, status) => ({
  at: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
  verdict: 'mixed',
  traits: {communication: status, organisation: 'met', listening: status, approachable: 'met', accessible: 'partly-met'},
  agenda: ['listening'],
  agreed: {listening: 'We agreed to talk every two weeks.'},
});
const SEED = JSON.stringify({v: 2, answers: {}, notes: {}, history: [pastCheck(14, 'partly-met'), pastCheck(28, 'not-met')]});
// The statements of either element: the widget's are inside a trait's fieldset, the floor's carry its own class.
const STATEMENTS = 'fieldset[part~="trait"] fieldset, fieldset.statement';
// Secondary per-load marks kept in the report (ms since navigation start).
const MARKS = [
  'responseStart',
  'responseEnd',
  'domInteractive',
  'scriptResponseEnd',
  'defineStart',
  'defineEnd',
  'domComplete',
  'visible',
  'first-contentful-paint',
];

function positiveInt(value, fallback, name) {
  const n = Number(value ?? fallback);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got ${value}`);
  return n;
}
function positiveNumber(value, fallback, name) {
  const n = Number(value ?? fallback);
  if (!Number.isFinite(n) || n < 1) throw new Error(`${name} must be a number >= 1, got ${value}`);
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
// Its data- attributes are kept: the widget's page says how many radios it shows (data-radios).
const harnessTag = /<script src="\/test\/bench\/harness\.js"((?: data-[\w-]+="[\w-]+")+)><\/script>/;
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
        .replace(instanceBlock, (_, block) => block.trim().repeat(n))
        // ?layout=steps: the widget's default layout, whose first step has 8 radios.
        .replace(/<coordinator-check layout="single"/g, (tag) =>
          url.searchParams.get('layout') === 'steps' ? '<coordinator-check layout="steps"' : tag,
        )
        .replace(/ data-radios="46"/, (attr) => (url.searchParams.get('layout') === 'steps' ? ' data-radios="8"' : attr))
        // ?remember=1: the widget keeps its answers and past checks, under a key of the bench's own.
        .replace(
          /<coordinator-check /g,
          url.searchParams.get('remember') ? '<coordinator-check remember storage-key="bench" ' : '<coordinator-check ',
        );
      // Both pages alike, or the one that fetches its harness pays for a request the other does not.
      if (body.includes('src="/test/bench/harness.js"')) throw new Error(`${rel}: its harness script was not inlined`);
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

async function openPage(browser, origin, element, query, {seed = false} = {}) {
  const context = await browser.createBrowserContext();
  const problems = [];
  const page = await context.newPage();
  // Written before any script of the page runs, in a context of its own (so it starts empty).
  if (seed) await page.evaluateOnNewDocument((record) => localStorage.setItem('coordinator-check:bench', record), SEED);
  await page.setCacheEnabled(false);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: throttle});
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
  const url = `${origin}${ELEMENTS[element].page}?${query}`;
  await page.goto(url, {waitUntil: 'load', timeout: 60_000});
  // Polls with a 20 ms timer after the load event only: nothing runs in the page while it loads.
  const bench = await page.evaluate(
    (key) =>
      new Promise((resolve) => {
        const started = performance.now();
        (function poll() {
          const b = window.__bench;
          if (b?.[key] || b?.error || performance.now() - started > 30_000) resolve(b ? JSON.parse(JSON.stringify(b)) : null);
          else setTimeout(poll, 20);
        })();
      }),
    query.includes('mode=interact') ? 'ready' : 'done',
  );
  const check = (more = []) => {
    const all = [...problems, ...more];
    if (all.length) throw new Error(`${url}:\n  ${all.join('\n  ')}`);
  };
  if (!bench) throw new Error(`${url}: the harness did not run`);
  if (bench.error) throw new Error(`${url}: ${bench.error}`);
  check();
  return {context, page, url, bench, check};
}

async function load(browser, origin, element, scenario) {
  const {context, page, url, bench, check} = await openPage(browser, origin, element, scenario.query);
  try {
    if (!bench.done) throw new Error(`${url}: timed out`);
    check();
    const value = bench.marks.visible;
    if (typeof value !== 'number') throw new Error(`${url}: no "visible" mark`);
    if (typeof bench.scriptResponseEnd === 'number') bench.marks.scriptResponseEnd = bench.scriptResponseEnd;
    // Every node of one instance once ready: the host, and its shadow root's elements, text and comments.
    const nodes = await page.evaluate(() => {
      const root = document.querySelector(window.__bench.tag).shadowRoot;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      let count = 1;
      while (walker.nextNode()) count++;
      return count;
    });
    return {value, marks: bench.marks, scriptBytes: bench.scriptBytes, nodes};
  } finally {
    await context.close();
  }
}

/**
 * Presses one answer per statement, then submit, with real mouse input, and returns one sample
 * per press. Before each press the pointer is moved there and the page is left two frames to
 * settle (hover styles, scrolling), so every sample starts from a quiet page.
 */
async function interact(browser, origin, element, variant) {
  const {context, page, url, check} = await openPage(browser, origin, element, variant.query, {seed: variant.seed && element === 'widget'});
  const press = async (handle, kind) => {
    await handle.evaluate((el) => el.scrollIntoView({block: 'center'}));
    const box = await handle.boundingBox();
    if (!box) throw new Error(`${url}: nothing to click for ${kind}`);
    const x = box.x + Math.min(box.width / 2, 12);
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.evaluate(() => window.__bench.frames(2));
    await page.evaluate((k) => window.__bench.arm(k), kind);
    await page.mouse.down();
    await page.mouse.up();
    const sample = await page.evaluate(() => window.__bench.sample());
    if (sample.error) throw new Error(`${url}: ${sample.error}`);
    return sample;
  };
  try {
    const answers = [];
    // Every statement the page asks (10 in the floor, 12 in the widget), each with one click.
    const count = await page.evaluate(
      (statements) => document.querySelector(window.__bench.tag).shadowRoot.querySelectorAll(statements).length,
      STATEMENTS,
    );
    // Built in the page from its text: `answer` is "mixed" (the i-th answer in its scale, wrapping: a
    // fact has three answers, the rest four), or the one answer ("yes", "no") for every statement.
    const radioOf = `(i) => {
      const group = document.querySelector(window.__bench.tag).shadowRoot.querySelectorAll(${JSON.stringify(STATEMENTS)})[i];
      const radios = [...(group?.querySelectorAll('input[type=radio][data-statement]') ?? [])];
      const answer = ${JSON.stringify(variant.answer)};
      return (answer === 'mixed' ? radios[i % Math.max(1, radios.length)] : radios.find((r) => r.value === answer)) ?? null;
    }`;
    for (let i = 0; i < count; i++) {
      // Found afresh each time: an element may re-render its form. Its label is pressed where there is one.
      const target = await page.evaluateHandle(
        (i, radioOf) => {
          const radio = new Function(`return (${radioOf})`)()(i);
          return radio ? (radio.closest('label') ?? radio) : null;
        },
        i,
        radioOf,
      );
      if (!(await target.evaluate((el) => el !== null))) throw new Error(`${url}: no answer for statement ${i}`);
      answers.push(await press(target, 'answer'));
      const checked = await page.evaluate((i, radioOf) => new Function(`return (${radioOf})`)()(i).checked, i, radioOf);
      if (!checked) throw new Error(`${url}: statement ${i} is not answered after its click`);
    }
    // "Have you raised it?", where the element asks it (the widget, once something falls short).
    if (variant.raised) {
      const raised = await page.evaluateHandle(
        (value) =>
          document.querySelector(window.__bench.tag).shadowRoot.querySelector(`input[type=radio][value="${value}"]`)?.closest('label') ?? null,
        variant.raised,
      );
      if (await raised.evaluate((el) => el !== null)) await press(raised, 'answer');
      else if (element === 'widget') throw new Error(`${url}: no "${variant.raised}" answer to "have you raised it?"`);
    }
    const submit = await page.evaluateHandle(() => document.querySelector(window.__bench.tag).shadowRoot.querySelector('button[type=submit]'));
    const result = await press(submit, 'submit');
    // The seeded past checks reached the result: it says what changed since the last one.
    if (variant.seed && element === 'widget') {
      const since = await page.evaluate(() => document.querySelector(window.__bench.tag).shadowRoot.textContent.includes('since your check on'));
      if (!since) throw new Error(`${url}: the result does not compare with the past checks`);
    }
    check();
    return {answers, submit: result};
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
function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}
function summary(values) {
  return {median: round(median(values)), p90: round(percentile(values, 90)), min: round(Math.min(...values)), max: round(Math.max(...values))};
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
  const header = ['measure', 'widget median', 'widget min-max', 'floor median', 'floor min-max', 'ratio', 'target', 'verdict'];
  const lines = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...lines.map((l) => String(l[i]).length)));
  const fmt = (l) => l.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt)].join('\n');
}

function row(title, target, w, f) {
  const ws = summary(w);
  const fs = summary(f);
  const ratio = Math.round((median(w) / median(f)) * 100) / 100;
  const met = target === undefined ? undefined : target.ratio !== undefined ? ratio <= target.ratio : median(w) <= target.ms;
  const verdict = met === undefined ? '' : met ? 'PASS' : 'MISS';
  return {
    cells: [
      title,
      `${ms(ws.median)} ms`,
      `${ms(ws.min)}-${ms(ws.max)}`,
      `${ms(fs.median)} ms`,
      `${ms(fs.min)}-${ms(fs.max)}`,
      `${ratio.toFixed(2)}x`,
      target === undefined ? 'none' : target.ratio !== undefined ? `ratio <= ${target.ratio}x` : `widget <= ${target.ms} ms`,
      verdict,
    ],
    result: {target, ratio, verdict, widget: {...ws, samples: w.map(round)}, floor: {...fs, samples: f.map(round)}},
  };
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
    console.log(
      `${version}, CPU throttled ${throttle}x, ${cpus().length} CPUs, node ${process.version}; ` +
        `${runs} runs per scenario and element (+${warmup} warm-up), served from ${origin}`,
    );
    const busy = loadavg()[0];
    if (busy > cpus().length)
      console.log(`Note: load average ${busy.toFixed(1)} on ${cpus().length} CPUs: other work shares them, so expect noisy figures.`);
    const loads = Object.fromEntries(LOADS.map((s) => [s.id, {widget: [], floor: []}]));
    const interactions = Object.fromEntries(INTERACTS.map((v) => [v.id, {widget: [], floor: []}]));
    for (let run = -warmup; run < runs; run++) {
      for (const scenario of [...LOADS, ...INTERACTS]) {
        for (const element of ['widget', 'floor']) {
          if (element === 'floor' && scenario.floorFrom) continue;
          if (INTERACTS.includes(scenario)) {
            const sample = await interact(browser, origin, element, scenario);
            if (run >= 0) interactions[scenario.id][element].push(sample);
          } else {
            const sample = await load(browser, origin, element, scenario);
            if (run >= 0) loads[scenario.id][element].push(sample);
          }
        }
      }
      process.stdout.write(run < 0 ? 'w' : '.');
    }
    process.stdout.write('\n\n');

    const rows = [];
    const report = {scenarios: [], interactions: []};
    for (const scenario of LOADS) {
      const {widget} = loads[scenario.id];
      const {floor} = loads[scenario.floorFrom ?? scenario.id];
      const r = row(
        scenario.title,
        scenario.target,
        widget.map((s) => s.value),
        floor.map((s) => s.value),
      );
      rows.push(r.cells);
      report.scenarios.push({
        id: scenario.id,
        title: scenario.title,
        unit: 'ms since navigation start',
        ...r.result,
        widget: {...r.result.widget, markMedians: markMedians(widget), scriptBytes: widget[0].scriptBytes},
        floor: {...r.result.floor, markMedians: markMedians(floor), scriptBytes: floor[0].scriptBytes},
        ...(scenario.floorFrom && {floorFrom: scenario.floorFrom}),
      });
    }
    const values = (element, measure, key = measure.metric) =>
      interactions[measure.from][element].flatMap((s) => (measure.id === 'answer' ? s.answers : [s.submit])).map((x) => x[key]);
    const medianOf = (list) => {
      const numbers = list.filter((v) => typeof v === 'number');
      return numbers.length ? round(median(numbers)) : null;
    };
    for (const measure of MEASURES) {
      const r = row(measure.title, measure.target, values('widget', measure), values('floor', measure));
      rows.push(r.cells);
      const secondary = (element) => ({
        inputDelayMedian: medianOf(values(element, measure, 'inputDelay')),
        ...(measure.id === 'answer' ? {toPaintMedian: medianOf(values(element, measure, 'toPaint'))} : {}),
        // Event Timing reports only interactions over 16 ms, in 8 ms steps: a median of those that were.
        eventTiming: {
          reported: values(element, measure, 'eventTiming').filter((v) => typeof v === 'number').length,
          median: medianOf(values(element, measure, 'eventTiming')),
        },
      });
      report.interactions.push({
        id: measure.id,
        title: measure.title,
        unit: 'ms from the click event timeStamp',
        ...r.result,
        widget: {...r.result.widget, ...secondary('widget')},
        floor: {...r.result.floor, ...secondary('floor')},
      });
    }
    // DOM nodes per instance, once ready: the same every load, so the first load's count.
    const nodes = Object.fromEntries(['widget', 'floor'].map((element) => [element, loads.single[element][0].nodes]));
    report.nodesPerInstance = {...nodes, ratio: Math.round((nodes.widget / nodes.floor) * 100) / 100};
    console.log(table(rows));
    console.log(
      `\nDOM nodes per instance, ready (host + shadow root's elements, text and comments): widget ${nodes.widget}, floor ${nodes.floor} (${report.nodesPerInstance.ratio.toFixed(2)}x).`,
    );
    console.log(`\nCPU throttled ${throttle}x. Load ratios: widget median / floor median. Interaction targets: widget median.`);
    console.log('Median marks, ms since navigation start (defineStart = script fetched, parsed and run up to customElements.define):');
    for (const s of report.scenarios) {
      for (const element of s.floorFrom ? ['widget'] : ['widget', 'floor']) {
        const m = s[element].markMedians;
        console.log(
          `  ${s.id.padEnd(8)} ${element.padEnd(6)} ${Object.entries(m)
            .map(([k, v]) => `${k} ${ms(v)}`)
            .join(', ')}`,
        );
      }
    }
    console.log('Interactions, medians (ms) and 90th percentiles; Event Timing duration where reported (over 16 ms only):');
    for (const s of report.interactions) {
      for (const element of ['widget', 'floor']) {
        const e = s[element];
        const extra = [
          `input delay ${e.inputDelayMedian}`,
          ...(e.toPaintMedian !== undefined ? [`to next paint ${e.toPaintMedian}`] : []),
          `Event Timing ${e.eventTiming.reported ? `${e.eventTiming.median} (${e.eventTiming.reported} of ${e.samples.length})` : 'none over 16 ms'}`,
        ];
        console.log(`  ${s.id.padEnd(8)} ${element.padEnd(6)} median ${ms(e.median)}, p90 ${ms(e.p90)}; ${extra.join(', ')}`);
      }
    }
    const out = {
      date: new Date().toISOString(),
      browser: version,
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      cpuThrottlingRate: throttle,
      loadAverageAtStart: round(busy),
      runs,
      warmup,
      method:
        'Fresh incognito context and page per load, cache disabled, CPU throttled with CDP Emulation.setCPUThrottlingRate, ' +
        'served from 127.0.0.1 with Cache-Control: no-store; loads alternate widget/floor. Times measured in the page by ' +
        'test/bench/harness.js. Load: MutationObserver on every shadow root + forced layout once all radios exist. ' +
        'Interactions: real mouse clicks (CDP Input events); start = the click event timeStamp; answer = first task after the ' +
        'click + updateComplete + forced layout; submit = first task after the animation frame that has a laid-out .result.',
      ...report,
      durationSeconds: Math.round((Date.now() - started) / 1000),
    };
    await writeFile(reportPath, JSON.stringify(out, null, 2) + '\n');
    console.log(`\nWrote ${relative(process.cwd(), reportPath)} in ${out.durationSeconds} s.`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error?.stack ?? error);
  process.exit(1);
});
