// The end of `npm test`: the browser tests (web-test-runner), then the node-side tests, and one
// last line with both totals, `N passed, N failed`. Exits non-zero when anything failed.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {runNodeTests} from './run-node-tests.mjs';
import {summaryLine} from './summary-reporter.mjs';

const dir = mkdtempSync(join(tmpdir(), 'coordinator-check-counts-'));
const file = join(dir, 'wtr.json');
const wtr = spawnSync('npx', ['wtr'], {stdio: 'inherit', env: {...process.env, COORDINATOR_CHECK_COUNTS: file}});
let browser;
try {
  browser = JSON.parse(readFileSync(file, 'utf8'));
} catch {
  browser = {passed: 0, failed: 1, skipped: 0}; // web-test-runner ended without counting: a failure
}
rmSync(dir, {recursive: true, force: true});
if (wtr.status !== 0 && !browser.failed) browser.failed = 1;

const node = await runNodeTests();
const total = {passed: browser.passed + node.passed, failed: browser.failed + node.failed, skipped: browser.skipped + node.skipped};
console.log(`\n${summaryLine(total)}`);
process.exitCode = total.failed ? 1 : 0;
