// Where the time goes: Chromium traces (CPU throttled like `npm run bench`) of the widget's load,
// one answer click and the submit, aggregated by trace event (style, layout, paint, compile...) and,
// for the JavaScript, by function and by source file through the bundle's source map.
//
//   node test/bench/profile.mjs [--bundle .scratch/profile/coordinator-check.js] [--runs 5]
//        [--layout single|steps] [--scenarios load1,load50,mixed,excellent,short] [--out file.json]
//        [--floor 1]                      the floor's loads instead of the widget's
//        [--ab a/bundle.js,b/bundle.js]   no traces: the bundles' loads and submits, back to back
//
// The bundle defaults to dist/coordinator-check.js (its .map is used when present). For readable
// names build an unminified copy with a source map (test/bench/rollup.profile.mjs). Prints one
// table per scenario (medians over the runs, ms and % of the measured window) and writes the raw
// aggregates as JSON. With --ab it prints each bundle's medians and the paired ratios to the first.
import {createServer} from 'node:http';
import {readFile, writeFile} from 'node:fs/promises';
import {existsSync, readFileSync} from 'node:fs';
import {dirname, extname, join, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {TraceMap, originalPositionFor} from '@jridgewell/trace-mapping';
import {chromiumLaunch} from '../browsers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []),
);
const bundle = '/' + (args.bundle ?? 'dist/coordinator-check.js').replace(/^\//, '');
const runs = Number(args.runs ?? 5);
const layout = args.layout ?? 'single';
const throttle = Number(args.throttle ?? 4);
const scenarios = (args.scenarios ?? 'load1,load50,mixed,excellent,short').split(',');
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
];

// --- source map ------------------------------------------------------------------------
const mapFile = join(root, bundle.slice(1) + '.map');
const traceMap = existsSync(mapFile) ? new TraceMap(readFileSync(mapFile, 'utf8')) : null;
function sourceOf(frame) {
  const {url, lineNumber, columnNumber, functionName} = frame;
  if (!url) return {file: functionName.startsWith('(') ? functionName : '(native)', line: 0};
  if (!url.includes(bundle))
    return {file: url.includes('/test/bench/') ? 'harness' : url.replace(/^https?:\/\/[^/]+/, ''), line: lineNumber + 1};
  if (!traceMap) return {file: bundle, line: lineNumber + 1};
  const pos = originalPositionFor(traceMap, {line: lineNumber + 1, column: Math.max(0, columnNumber)});
  if (!pos.source) return {file: '(bundle, unmapped)', line: lineNumber + 1};
  const file = pos.source
    .replace(/^.*node_modules\//, '')
    .replace(/^(\.\.\/)+/, '')
    .replace(/^.*?\/src\//, 'src/');
  // Lit ships minified with its own source maps: one more hop gives its own names and lines.
  const inner = innerMap(file);
  if (inner) {
    const at = originalPositionFor(inner, {line: pos.line, column: pos.column});
    if (at.source)
      return {file, line: pos.line, name: `${functionName}=${at.name ?? '?'}`, where: `${at.source.replace(/^(\.\.\/)*src\//, '')}:${at.line}`};
  }
  return {file, line: pos.line};
}
const innerMaps = new Map();
function innerMap(file) {
  if (!/^(lit-html|lit-element|@lit\/reactive-element)\//.test(file)) return null;
  if (!innerMaps.has(file)) {
    const path = join(root, 'node_modules', file + '.map');
    innerMaps.set(file, existsSync(path) ? new TraceMap(readFileSync(path, 'utf8')) : null);
  }
  return innerMaps.get(file);
}
const group = (file) =>
  /^lit-html\//.test(file)
    ? 'lit-html'
    : /^(@lit\/reactive-element|lit-element|lit)\//.test(file)
      ? 'lit-element / reactive-element'
      : file.startsWith('src/')
        ? file.split('/').slice(0, 2).join('/')
        : file;

// --- trace events ------------------------------------------------------------------------
const STYLE = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet', 'InvalidateLayout', 'ScheduleStyleRecalculation']);
const LAYOUT = new Set(['Layout', 'UpdateLayerTree', 'IntersectionObserverController::computeIntersections']);
const PAINT = new Set(['Paint', 'PrePaint', 'Layerize', 'Commit', 'CompositeLayers', 'PaintImage', 'UpdateLayer', 'HitTest']);
const bucketOf = (name) =>
  STYLE.has(name)
    ? 'style recalc'
    : LAYOUT.has(name)
      ? 'layout'
      : PAINT.has(name)
        ? 'paint / composite'
        : name === 'ParseHTML'
          ? 'parse HTML'
          : /compile|Compile|parseOnBackground|V8.Parse/.test(name)
            ? 'JS compile'
            : /GC|gc/.test(name)
              ? 'GC'
              : null;

function analyse(events, window) {
  // The renderer main thread: the one with the most JS.
  const threads = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const js = new Map();
  for (const e of events)
    if (e.ph === 'X' && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' && /FunctionCall|EvaluateScript|v8.evaluateModule/.test(e.name))
      js.set(`${e.pid}:${e.tid}`, (js.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const main = [...js].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) throw new Error('no renderer main thread in the trace');
  const [pid, tid] = main.split(':').map(Number);
  const [from, to] = window(events, pid, tid);
  const span = to - from;

  // Self time of each complete event on the main thread, clipped to the window.
  const xs = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur > 0).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  const selfByName = new Map();
  const selfOf = new Map();
  for (const e of xs) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    selfOf.set(e, e.dur);
    if (parent) selfOf.set(parent, selfOf.get(parent) - e.dur);
    stack.push(e);
  }
  let busy = 0;
  // Each layout in the window: how long, and how many layout objects it had to lay out, of how many.
  const layouts = xs
    .filter((e) => e.name === 'Layout' && e.ts >= from && e.ts < to)
    .map((e) => ({
      ms: e.dur / 1000,
      dirty: e.args?.beginData?.dirtyObjects,
      total: e.args?.beginData?.totalObjects,
      stack: e.args?.beginData?.stackTrace?.[0]?.functionName,
    }));
  for (const e of xs) {
    const overlap = Math.max(0, Math.min(to, e.ts + e.dur) - Math.max(from, e.ts));
    if (!overlap) continue;
    const self = (Math.max(0, selfOf.get(e)) * overlap) / e.dur;
    selfByName.set(e.name, (selfByName.get(e.name) ?? 0) + self);
    busy += self;
  }

  // CPU samples of the main thread (from the trace's Profile / ProfileChunk events).
  const nodes = new Map();
  const samples = [];
  let clock;
  // The Profile event is on the sampled thread; its chunks come from the profiler's own thread, by id.
  const profiles = new Set(events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid).map((e) => e.id));
  const clocks = new Map();
  for (const e of events) {
    if (e.pid !== pid || !profiles.has(e.id)) continue;
    if (e.name === 'Profile') clocks.set(e.id, e.args.data.startTime);
    if (e.name !== 'ProfileChunk') continue;
    clock = clocks.get(e.id);
    const data = e.args.data;
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      clock += deltas[i] ?? 0;
      samples.push({ts: clock, node: ids[i]});
    }
    clocks.set(e.id, clock);
  }
  samples.sort((a, b) => a.ts - b.ts);
  const fnSelf = new Map();
  const fnTotal = new Map();
  const fileSelf = new Map();
  const groupSelf = new Map();
  const groupTotal = new Map();
  const label = new Map();
  const labelOf = (node) => {
    if (label.has(node.id)) return label.get(node.id);
    const src = sourceOf(node.callFrame);
    const name = src.name ?? (node.callFrame.functionName || '(anonymous)');
    const out = {fn: `${name} ${src.where ?? src.file + (src.line ? ':' + src.line : '')}`, file: src.file, group: group(src.file)};
    label.set(node.id, out);
    return out;
  };
  let sampled = 0;
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i];
    if (s.ts < from || s.ts >= to) continue;
    const dt = Math.min((samples[i + 1]?.ts ?? to) - s.ts, 2000, to - s.ts);
    let node = nodes.get(s.node);
    if (!node) continue;
    const leaf = labelOf(node);
    if (leaf.fn.startsWith('(idle)')) continue;
    sampled += dt;
    fnSelf.set(leaf.fn, (fnSelf.get(leaf.fn) ?? 0) + dt);
    fileSelf.set(leaf.file, (fileSelf.get(leaf.file) ?? 0) + dt);
    groupSelf.set(leaf.group, (groupSelf.get(leaf.group) ?? 0) + dt);
    const seenFn = new Set();
    const seenGroup = new Set();
    for (; node; node = nodes.get(node.parent)) {
      const l = labelOf(node);
      if (!seenFn.has(l.fn)) {
        seenFn.add(l.fn);
        fnTotal.set(l.fn, (fnTotal.get(l.fn) ?? 0) + dt);
      }
      if (!seenGroup.has(l.group)) {
        seenGroup.add(l.group);
        groupTotal.set(l.group, (groupTotal.get(l.group) ?? 0) + dt);
      }
    }
  }
  const ms = (m) => Object.fromEntries([...m].map(([k, v]) => [k, v / 1000]));
  const buckets = new Map();
  for (const [name, v] of selfByName) {
    const b =
      bucketOf(name) ??
      (/FunctionCall|EvaluateScript|v8|V8|RunMicrotasks|EventDispatch|TimerFire|FireAnimationFrame|RunTask|Microtask/.test(name)
        ? 'JS (self in JS events)'
        : 'other: ' + name);
    buckets.set(b, (buckets.get(b) ?? 0) + v);
  }
  return {
    layouts,
    window: span / 1000,
    busy: busy / 1000,
    sampled: sampled / 1000,
    events: ms(selfByName),
    buckets: ms(buckets),
    fnSelf: ms(fnSelf),
    fnTotal: ms(fnTotal),
    fileSelf: ms(fileSelf),
    groupSelf: ms(groupSelf),
    groupTotal: ms(groupTotal),
  };
}

const navStart = (origin) => (events, pid) => {
  const nav = events.find(
    (e) => e.name === 'navigationStart' && e.pid === pid && String(e.args?.data?.documentLoaderURL ?? '').startsWith(origin),
  );
  if (!nav) throw new Error('no navigationStart for the page in the trace');
  return nav.ts;
};

// --- server (as bench.mjs, plus ?layout=, ?remember=, ?bundle=) ------------------------------
const TYPES = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json'};
async function serve(req, res) {
  try {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    const file = resolve(root, '.' + decodeURIComponent(url.pathname));
    if (!file.startsWith(root + sep)) return void res.writeHead(403).end();
    let body = await readFile(file);
    if (/test\/bench\/(widget|floor)\.html$/.test(file)) {
      const n = Math.min(500, Math.max(1, Number(url.searchParams.get('n')) || 1));
      const harness = await readFile(join(here, 'harness.js'), 'utf8');
      const attrs = `layout="${url.searchParams.get('layout') ?? 'single'}"${url.searchParams.get('remember') ? ' remember' : ''}`;
      body = body
        .toString('utf8')
        .replace(/<script src="\/test\/bench\/harness\.js"( data-tag="[\w-]+")( data-radios="\d+")?><\/script>/, (_, tag, radios) => {
          const r = url.searchParams.get('radios') ? ` data-radios="${url.searchParams.get('radios')}"` : (radios ?? '');
          return `<script${tag}${r}>${harness}</script>`;
        })
        .replace('/dist/coordinator-check.js', url.searchParams.get('bundle') ?? bundle)
        // The element's attribute, not the page's comment that names it first.
        .replace('<coordinator-check layout="single"', `<coordinator-check ${attrs}`)
        .replace(/<!-- bench:instance[^>]*-->([\s\S]*?)<!-- \/bench:instance -->/, (_, block) => block.trim().repeat(n));
    }
    res.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store'});
    res.end(body);
  } catch (error) {
    res.writeHead(404).end(String(error.message));
  }
}

// --- scenarios ----------------------------------------------------------------------------------
const PAST = (at, status) => ({
  at,
  verdict: 'some-concerns',
  traits: {communication: status, organisation: status, listening: status, approachable: status, accessible: status},
  agenda: [],
  agreed: {},
});

async function openPage(browser, origin, query, {trace, storage} = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setCacheEnabled(false);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: throttle});
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (storage)
    await page.evaluateOnNewDocument((value) => {
      if (location.pathname.endsWith('widget.html')) localStorage.setItem('coordinator-check:default', value);
    }, storage);
  if (trace) await page.tracing.start({categories: CATEGORIES});
  await page.goto(`${origin}/test/bench/${query.floor ? 'floor' : 'widget'}.html?${new URLSearchParams(query)}`, {waitUntil: 'load'});
  const key = query.mode === 'interact' ? 'ready' : 'done';
  const bench = await page.evaluate(
    (key) =>
      new Promise((ok) => {
        (function poll() {
          const b = window.__bench;
          if (b?.[key] || b?.error) ok(JSON.parse(JSON.stringify(b)));
          else setTimeout(poll, 20);
        })();
      }),
    key,
  );
  if (bench.error || errors.length) throw new Error(bench.error ?? errors.join('\n'));
  return {context, page, bench};
}

async function loadRun(browser, origin, n) {
  const query = args.floor ? {n, floor: 1} : {n, layout, radios: layout === 'steps' ? 8 : ''};
  const {context, page, bench} = await openPage(browser, origin, query, {trace: true});
  await new Promise((ok) => setTimeout(ok, 300)); // lets the profiler flush its last chunk
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
  await context.close();
  const visible = bench.marks.visible * 1000;
  return analyse(trace.traceEvents, (events, pid, tid) => {
    const t0 = navStart(origin)(events, pid, tid);
    return [t0, t0 + visible];
  });
}

/** Answers (by value, per pattern), then submits; returns the analysis of each answer click and of the submit. */
async function interactRun(browser, origin, pattern, {trace = true, bundle: which} = {}) {
  const remember = pattern === 'short';
  const storage =
    pattern === 'short'
      ? JSON.stringify({
          v: 2,
          answers: {},
          notes: {},
          history: [PAST('2025-01-10T10:00:00.000Z', 'not-met'), PAST('2024-12-01T10:00:00.000Z', 'not-met')],
        })
      : undefined;
  const {context, page} = await openPage(
    browser,
    origin,
    {n: 1, mode: 'interact', layout, radios: layout === 'steps' ? 8 : '', ...(remember && {remember: 1}), ...(which && {bundle: which})},
    {storage},
  );
  const samples = [];
  const press = async (handle, kind) => {
    await handle.evaluate((el) => el.scrollIntoView({block: 'center'}));
    const box = await handle.boundingBox();
    await page.mouse.move(box.x + Math.min(box.width / 2, 12), box.y + box.height / 2);
    await page.evaluate(() => window.__bench.frames(2));
    // The harness knows two kinds: a submit waits for the result, anything else is timed as an answer.
    await page.evaluate((k) => window.__bench.arm(k === 'submit' ? 'submit' : 'answer'), kind);
    await page.mouse.down();
    await page.mouse.up();
    const sample = await page.evaluate(() => window.__bench.sample());
    if (sample.error) throw new Error(sample.error);
    sample.kind = kind;
    samples.push(sample);
    return sample;
  };
  const want = (i, kind) =>
    pattern === 'excellent'
      ? 'yes'
      : pattern === 'short'
        ? 'no'
        : kind === 'fact'
          ? ['yes', 'no', 'not-sure'][i % 3]
          : ['yes', 'sometimes', 'no', 'not-sure'][i % 4];
  if (trace) await page.tracing.start({categories: CATEGORIES});
  // performance.now() of a mark, and its trace timestamp, tie the page's clock to the trace's.
  const syncAt = await page.evaluate(() => performance.mark('__profile_sync').startTime);
  let i = 0;
  for (let guard = 0; guard < 20; guard++) {
    const sr = () => page.evaluateHandle(() => document.querySelector('coordinator-check').shadowRoot);
    const groups = await (await sr()).evaluate((r) => r.querySelectorAll('fieldset.statement:not(.raised)').length);
    for (let g = 0; g < groups; g++, i++) {
      const radios = await (
        await sr()
      ).evaluate(
        (r, g) => [...r.querySelectorAll('fieldset.statement:not(.raised)')[g].querySelectorAll('input[data-statement]')].map((x) => x.value),
        g,
      );
      const value = want(i, radios.length === 3 ? 'fact' : 'frequency');
      const target = await (
        await sr()
      ).evaluateHandle(
        (r, g, v) => r.querySelectorAll('fieldset.statement:not(.raised)')[g].querySelector(`input[value="${v}"]`).closest('label'),
        g,
        value,
      );
      await press(target, 'answer');
    }
    if (pattern === 'short') {
      const raised = await (
        await sr()
      ).evaluateHandle((r) => r.querySelector('fieldset.raised input[value="no-change"]')?.closest('label') ?? null);
      if (await raised.evaluate((x) => x !== null)) await press(raised, 'raised');
    }
    // Steps: Continue (a submit button in a step form) until "Check your answers", whose submit is the submit.
    const onCheck = await (await sr()).evaluate((r) => !!r.querySelector('form.check') || !r.querySelector('form.step'));
    const button = await (await sr()).evaluateHandle((r) => r.querySelector('button[type=submit]'));
    if (onCheck) {
      if (layout === 'steps' && pattern === 'short') {
        const raised = await (
          await sr()
        ).evaluateHandle((r) => r.querySelector('fieldset.raised input[value="no-change"]')?.closest('label') ?? null);
        if (await raised.evaluate((x) => x !== null)) await press(raised, 'raised');
      }
      await press(button, 'submit');
      break;
    }
    await press(button, 'continue');
  }
  const nodes = await page.evaluate(countNodes);
  if (!trace) {
    await context.close();
    const answers = samples.filter((s) => s.kind === 'answer');
    return {answerTimes: answers.map((s) => s.processed), submitTime: samples.find((s) => s.kind === 'submit').painted, nodes};
  }
  await new Promise((ok) => setTimeout(ok, 300));
  const traced = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
  await context.close();
  const t0 = (events) => {
    const mark = events.find((e) => e.name === '__profile_sync');
    if (!mark) throw new Error('no sync mark in the trace');
    return mark.ts - syncAt * 1000;
  };
  const answers = samples.filter((s) => s.kind === 'answer');
  const submit = samples.find((s) => s.kind === 'submit');
  const windowOf = (s, key) => (events, pid, tid) => {
    const base = t0(events, pid, tid);
    return [base + s.start * 1000, base + (s.start + s[key]) * 1000];
  };
  return {
    answerTimes: answers.map((s) => s.processed),
    submitTime: submit.painted,
    answers: answers.map((s) => analyse(traced.traceEvents, windowOf(s, 'processed'))),
    submit: analyse(traced.traceEvents, windowOf(submit, 'painted')),
    nodes,
  };
}

/** Nodes in the first instance's shadow root (elements, text, comments), as the page is now. */
function countNodes() {
  const root = document.querySelector(window.__bench.tag).shadowRoot;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  const out = {elements: 0, text: 0, comments: 0};
  while (walker.nextNode()) {
    const t = walker.currentNode.nodeType;
    if (t === 1) out.elements++;
    else if (t === 3) out.text++;
    else if (t === 8) out.comments++;
  }
  out.total = out.elements + out.text + out.comments;
  return out;
}

// --- summary --------------------------------------------------------------------------------------
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : 0;
};
function summarise(list) {
  const out = {
    layouts: list[0].layouts,
    window: median(list.map((r) => r.window)),
    busy: median(list.map((r) => r.busy)),
    sampled: median(list.map((r) => r.sampled)),
  };
  for (const key of ['buckets', 'events', 'fnSelf', 'fnTotal', 'fileSelf', 'groupSelf', 'groupTotal']) {
    const names = new Set(list.flatMap((r) => Object.keys(r[key])));
    out[key] = Object.fromEntries([...names].map((n) => [n, median(list.map((r) => r[key][n] ?? 0))]).sort((a, b) => b[1] - a[1]));
  }
  return out;
}
function print(title, s, top = 12) {
  const pct = (v) => ((100 * v) / s.window).toFixed(1).padStart(5) + '%';
  console.log(
    `\n## ${title}: window ${s.window.toFixed(1)} ms (median), main thread busy ${s.busy.toFixed(1)} ms, JS sampled ${s.sampled.toFixed(1)} ms`,
  );
  console.log(
    `layouts (first run): ${s.layouts.map((l) => `${l.ms.toFixed(1)} ms ${l.dirty}/${l.total} objects${l.stack ? ' from ' + l.stack : ''}`).join('; ')}`,
  );
  for (const [key, name] of [
    ['buckets', 'main-thread work by kind (trace self time)'],
    ['groupSelf', 'JS self time by source group'],
    ['groupTotal', 'JS total (inclusive) time by source group'],
    ['fileSelf', 'JS self time by source file'],
    ['fnSelf', 'JS self time by function'],
    ['fnTotal', 'JS total time by function'],
  ]) {
    console.log(`### ${name}`);
    for (const [k, v] of Object.entries(s[key]).slice(0, top)) if (v >= 0.05) console.log(`  ${v.toFixed(2).padStart(8)} ms ${pct(v)}  ${k}`);
  }
}

async function main() {
  const server = createServer((req, res) => void serve(req, res));
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch(chromiumLaunch);
  // Node counts, per instance, in the page.
  const report = {bundle, layout, throttle, runs, scenarios: {}};
  try {
    if (args.ab) {
      // Back to back, no tracing: the bundles alternate run by run, each scenario in turn.
      const bundles = args.ab.split(',').map((b) => '/' + b.replace(/^\//, ''));
      const out = {};
      for (let r = 0; r < runs + 1; r++)
        for (const scenario of scenarios)
          for (const b of bundles) {
            const slot = ((out[scenario] ??= {})[b] ??= {answer: [], submit: [], visible: []});
            if (scenario.startsWith('load')) {
              const n = Number(scenario.slice(4));
              const {context, bench} = await openPage(browser, origin, {n, layout, radios: layout === 'steps' ? 8 : '', bundle: b});
              await context.close();
              if (r > 0) slot.visible.push(bench.marks.visible);
              continue;
            }
            const result = await interactRun(browser, origin, scenario, {trace: false, bundle: b});
            if (r === 0) continue;
            slot.answer.push(...result.answerTimes);
            slot.submit.push(result.submitTime);
            process.stdout.write('.');
          }
      console.log(`\n${layout}, ${runs} runs each, medians (ms):`);
      for (const [scenario, byBundle] of Object.entries(out))
        for (const [b, v] of Object.entries(byBundle))
          console.log(
            v.visible.length
              ? `  ${scenario.padEnd(10)} ${b.padEnd(40)} visible ${median(v.visible).toFixed(1)}  (${v.visible.map((x) => x.toFixed(0)).join(' ')})`
              : `  ${scenario.padEnd(10)} ${b.padEnd(40)} answer ${median(v.answer).toFixed(1)}  submit ${median(v.submit).toFixed(1)}  (submit samples ${v.submit.map((x) => x.toFixed(0)).join(' ')})`,
          );
      // Paired: each run's figure over the first bundle's in the same run (next to it in time), then the median.
      console.log('paired ratios to the first bundle (median of per-run ratios):');
      for (const [scenario, byBundle] of Object.entries(out)) {
        const [first, ...rest] = Object.values(byBundle);
        const key = first.visible.length ? 'visible' : 'submit';
        for (const [b, v] of Object.entries(byBundle).slice(1))
          console.log(
            `  ${scenario.padEnd(10)} ${key.padEnd(8)} ${b.padEnd(40)} ${median(v[key].map((x, i) => x / first[key][i])).toFixed(3)}x`,
          );
        void rest;
      }
      report.ab = out;
      return;
    }
    for (const scenario of scenarios) {
      const list = [];
      for (let r = 0; r < runs + 1; r++) {
        const result = scenario.startsWith('load')
          ? await loadRun(browser, origin, Number(scenario.slice(4)))
          : await interactRun(browser, origin, scenario);
        if (r > 0) list.push(result); // the first run warms the browser up
        process.stdout.write('.');
      }
      if (scenario.startsWith('load')) {
        const s = summarise(list);
        report.scenarios[scenario] = s;
        print(`${scenario} (${layout})`, s);
      } else {
        const answer = summarise(list.flatMap((r) => r.answers));
        const submit = summarise(list.map((r) => r.submit));
        report.scenarios[scenario] = {
          answerTimes: median(list.flatMap((r) => r.answerTimes)),
          submitTime: median(list.map((r) => r.submitTime)),
          answer,
          submit,
          nodes: list[0].nodes,
        };
        console.log(
          `\n# ${scenario} (${layout}): answer processed median ${report.scenarios[scenario].answerTimes.toFixed(1)} ms, submit painted median ${report.scenarios[scenario].submitTime.toFixed(1)} ms; nodes ${JSON.stringify(list[0].nodes)}`,
        );
        print(`${scenario} (${layout}) one answer click`, answer, 8);
        print(`${scenario} (${layout}) submit`, submit);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (args.out) await writeFile(args.out, JSON.stringify(report, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
