// A web-test-runner reporter that, next to the default one, ends the run with
// one plain line:
//
//   N passed, N failed[, N skipped]
//
// counting individual tests over every browser. A test file that failed to
// load, threw outside a test or never finished (timeout, browser crash) counts
// as one failed test, so a broken run can never report "0 failed".
//
// With COORDINATOR_CHECK_COUNTS set to a path, the counts are written there as JSON instead of the
// line, for test/run-tests.mjs to add the node-side tests and print the one line itself.
import {writeFileSync, writeSync} from 'node:fs';
import {relative} from 'node:path';

function countSuite(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function countSessions(sessions) {
  const counts = {passed: 0, failed: 0, skipped: 0};
  for (const session of sessions) {
    const before = counts.failed;
    countSuite(session.testResults, counts);
    const finished = session.status === 'FINISHED';
    const brokenOutsideTests = !session.passed && counts.failed === before;
    if (!finished || brokenOutsideTests) counts.failed++;
  }
  return counts;
}

/** Every test that passed, by file (relative to the project) and title, for the hazard log's check. */
export function passedTests(sessions) {
  const out = [];
  const walk = (suite, file) => {
    if (!suite) return;
    for (const test of suite.tests ?? []) if (test.passed && !test.skipped) out.push({file, name: test.name});
    for (const child of suite.suites ?? []) walk(child, file);
  };
  for (const session of sessions) walk(session.testResults, relative(process.cwd(), session.testFile));
  return out;
}

export function summaryLine({passed, failed, skipped}) {
  return `${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : '');
}

export function summaryReporter() {
  let sessionManager;
  let printed = false;
  const print = () => {
    if (printed || !sessionManager) return;
    printed = true;
    const all = Array.from(sessionManager.all());
    const counts = countSessions(all);
    if (process.env.COORDINATOR_CHECK_COUNTS) {
      return writeFileSync(process.env.COORDINATOR_CHECK_COUNTS, JSON.stringify({...counts, tests: passedTests(all)}));
    }
    const line = summaryLine(counts);
    // The default reporter keeps writing after our stop() (final progress
    // bars), so the line is written synchronously when the process exits.
    writeSync(1, `\n${line}\n`);
  };
  return {
    start({sessions}) {
      sessionManager = sessions;
      process.once('exit', print);
    },
  };
}
