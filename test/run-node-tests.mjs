// The node-side tests (test/node/*.test.mjs: the packed package, the embed page across origins, the
// WordPress plugin on a real WordPress), one file at a time, with node's spec reporter.
// Run alone, it ends with `N passed, N failed`; test/run-tests.mjs adds its counts to the browser tests'.
import {readdirSync} from 'node:fs';
import {run} from 'node:test';
import {spec} from 'node:test/reporters';
import {fileURLToPath} from 'node:url';
import {summaryLine} from './summary-reporter.mjs';

const dir = fileURLToPath(new URL('./node/', import.meta.url));

export function runNodeTests(
  files = readdirSync(dir)
    .filter((f) => f.endsWith('.test.mjs'))
    .map((f) => dir + f),
) {
  return new Promise((resolve) => {
    const counts = {passed: 0, failed: 0, skipped: 0};
    const stream = run({files, concurrency: 1, timeout: 300000});
    // Suites are not counted, only tests (a file that fails to load counts as one failed test).
    stream.on('test:pass', ({details, skip, todo}) => details.type !== 'suite' && (skip || todo ? counts.skipped++ : counts.passed++));
    stream.on('test:fail', ({details}) => details.type !== 'suite' && counts.failed++);
    stream.on('end', () => setImmediate(() => resolve(counts)));
    stream.compose(spec).pipe(process.stdout);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = process.argv.slice(2);
  const counts = await runNodeTests(files.length ? files : undefined);
  console.log(`\n${summaryLine(counts)}`);
  process.exitCode = counts.failed || !(counts.passed + counts.failed) ? 1 : 0;
}
