// The end of `npm test`: the browser tests (web-test-runner) and the node-side tests side by side,
// and one last line with both totals, `N passed, N failed`. web-test-runner's progress is shown as it
// runs; the node tests' report is held and printed after it, so the two never mix. Exits non-zero
// when anything failed.
import {spawn} from 'node:child_process';
import {PassThrough} from 'node:stream';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {namedTests, notRun} from './hazard-tests.mjs';
import {runNodeTests} from './run-node-tests.mjs';
import {summaryLine} from './summary-reporter.mjs';

const dir = mkdtempSync(join(tmpdir(), 'coordinator-check-counts-'));
const file = join(dir, 'wtr.json');
const started = Date.now();
const wtr = spawn('npx', ['wtr'], {stdio: 'inherit', env: {...process.env, COORDINATOR_CHECK_COUNTS: file}});
const wtrDone = new Promise((resolve) => wtr.on('close', (status) => resolve(status)));
// Held, not streamed: web-test-runner redraws its progress lines in place.
const held = [];
const out = new PassThrough();
out.on('data', (chunk) => held.push(chunk));
let nodeTime = 0;
const nodeDone = runNodeTests(undefined, out).finally(() => (nodeTime = (Date.now() - started) / 1000));
const wtrStatus = await wtrDone;
const wtrTime = (Date.now() - started) / 1000;
const node = await nodeDone;
process.stdout.write(Buffer.concat(held));
console.log(`\nBrowser tests ended after ${wtrTime.toFixed(1)} s, node-side tests after ${nodeTime.toFixed(1)} s.`);
let browser;
try {
  browser = JSON.parse(readFileSync(file, 'utf8'));
} catch {
  browser = {passed: 0, failed: 1, skipped: 0}; // web-test-runner ended without counting: a failure
}
rmSync(dir, {recursive: true, force: true});
if (wtrStatus !== 0 && !browser.failed) browser.failed = 1;

const total = {passed: browser.passed + node.passed, failed: browser.failed + node.failed, skipped: browser.skipped + node.skipped};

// Each control in the hazard log is held by the tests it names: each must have run and passed here.
const named = namedTests(readFileSync('docs/clinical-safety.md', 'utf8'));
const missing = notRun(named, [...(browser.tests ?? []), ...node.tests]);
if (missing.length) {
  console.log(`\nThe hazard log (docs/clinical-safety.md) names ${missing.length} test(s) that did not run and pass:`);
  for (const t of missing) console.log(`  ${t.file} › "${t.name}"`);
  total.failed += missing.length;
} else {
  console.log(`\nEvery one of the ${named.length} tests the hazard log names ran and passed.`);
}
console.log(`\n${summaryLine(total)}`);
process.exitCode = total.failed ? 1 : 0;
