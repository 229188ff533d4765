// The tests docs/clinical-safety.md names for each hazard's controls, written `` `file` › "title" ``.
// test/run-tests.mjs fails the run when one of them did not run and pass; test/unit/docs.test.ts
// checks that each is in its file.

/** Each test the hazard log names: its file and its title as the test runner reports it. */
export function namedTests(markdown) {
  return [...markdown.matchAll(/`(test\/[^`]+)` › "([^"\n]+)"/g)].map(([, file, name]) => ({file, name}));
}

/** The named tests that are not among those that ran and passed. */
export function notRun(named, passed) {
  return named.filter((t) => !passed.some((p) => p.file === t.file && p.name === t.name));
}
