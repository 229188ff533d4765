// The start of `npm test`: lint, type-check and build at once (two cores: ESLint alone takes as long
// as the rest), then the checks of what the build made. Each task's output is held and printed whole
// when it ends, so the lines of two tasks never mix. Stops with the first failure's exit code.
import {spawn} from 'node:child_process';

/** Runs `npm run <script>` for each script in turn; resolves to its output and exit code. */
function chain(scripts) {
  return new Promise((resolve) => {
    let out = '';
    const next = (i) => {
      if (i === scripts.length) return resolve({code: 0, out});
      const child = spawn('npm', ['run', '--silent', scripts[i]], {env: process.env});
      out += `\n> npm run ${scripts[i]}\n`;
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('close', (code) => (code ? resolve({code, out: `${out}\nnpm run ${scripts[i]} failed (exit ${code}).\n`}) : next(i + 1)));
    };
    next(0);
  });
}

const started = Date.now();
const tasks = [
  ['lint:eslint'],
  ['typecheck', 'lint:lit', 'lint:format'],
  // The checks read what the build wrote.
  ['build', 'size-check', 'pack-check', 'schema-check', 'manifest-check', 'facts-review'],
];
const results = await Promise.all(
  tasks.map((scripts) =>
    chain(scripts).then((result) => {
      process.stdout.write(result.out);
      return result;
    }),
  ),
);
const failed = results.find((r) => r.code);
console.log(`\nLint, type-check, build and its checks: ${failed ? 'failed' : 'passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
process.exitCode = failed ? failed.code : 0;
