// The node-side tests, with node's spec reporter: first the pure modules' tests (test/unit/*.test.ts,
// TypeScript through tsx, several files at once, a few seconds in all), then test/node/*.test.mjs
// (the packed package, the site and the embed page, the WordPress plugin on a real WordPress), one
// file at a time.
// Run alone, it ends with `N passed, N failed`; test/run-tests.mjs adds its counts to the browser tests'.
import {readdirSync} from 'node:fs';
import {run} from 'node:test';
import {spec} from 'node:test/reporters';
import {relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {summaryLine} from './summary-reporter.mjs';

const dir = fileURLToPath(new URL('./node/', import.meta.url));

const unitDir = fileURLToPath(new URL('./unit/', import.meta.url));
const inDir = (folder, ending) =>
  readdirSync(folder)
    .filter((f) => f.endsWith(ending))
    .map((f) => folder + f);

/**
 * Runs `files` (by default every unit test, then every node test) and resolves to their counts. The
 * report goes to `out` (standard output unless another stream is given).
 */
export async function runNodeTests(files = [...inDir(unitDir, '.test.ts'), ...inDir(dir, '.test.mjs')], out = process.stdout) {
  // `tests`: every test that passed, by file and title, for the hazard log's check.
  const counts = {passed: 0, failed: 0, skipped: 0, tests: []};
  const unit = files.filter((f) => f.endsWith('.ts'));
  const rest = files.filter((f) => !f.endsWith('.ts'));
  // The unit tests' processes load TypeScript through tsx; the others run as they are.
  // tsx by its own address, so the runner works from any folder.
  const before = process.env.NODE_OPTIONS;
  if (unit.length) {
    process.env.NODE_OPTIONS = `${before ?? ''} --import ${import.meta.resolve('tsx')}`.trim();
    try {
      await runFiles(unit, {concurrency: 2, timeout: 60000}, counts, out);
    } finally {
      if (before === undefined) delete process.env.NODE_OPTIONS;
      else process.env.NODE_OPTIONS = before;
    }
  }
  if (rest.length) await runFiles(rest, {concurrency: 1, timeout: 300000}, counts, out);
  return counts;
}

function runFiles(files, options, counts, out) {
  return new Promise((resolve) => {
    const stream = run({files, ...options});
    // Suites are not counted, only tests (a file that fails to load counts as one failed test).
    stream.on('test:pass', ({details, skip, todo, name, file}) => {
      if (details.type === 'suite') return;
      if (skip || todo) return void counts.skipped++;
      counts.passed++;
      counts.tests.push({file: relative(process.cwd(), file ?? ''), name});
    });
    stream.on('test:fail', ({details}) => details.type !== 'suite' && counts.failed++);
    stream.on('end', () => setImmediate(resolve));
    stream.compose(spec).pipe(out, {end: false});
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = process.argv.slice(2);
  const counts = await runNodeTests(files.length ? files : undefined);
  console.log(`\n${summaryLine(counts)}`);
  process.exitCode = counts.failed || !(counts.passed + counts.failed) ? 1 : 0;
}
