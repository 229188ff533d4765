// Fails if custom-elements.json is not what `npm run manifest` would write now: the manifest is
// generated from the JSDoc, so an edited attribute, event, part or CSS property must be regenerated.
// Runs the analyzer in memory with the very flags of the `manifest` script, and writes nothing.
import {readFileSync} from 'node:fs';
import {cli} from '@custom-elements-manifest/analyzer/cli.js';

const file = 'custom-elements.json';
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
// The analyzer rewrites package.json when `customElements` names another file: never let it.
if (pkg.customElements !== file) {
  console.error(`package.json must have "customElements": "${file}".`);
  process.exit(1);
}
// No quoted arguments in the script, so splitting on spaces is exact.
const [command, ...argv] = pkg.scripts.manifest.trim().split(/\s+/);
if (command !== 'cem') throw new Error(`the manifest script should start with \`cem\`, not \`${command}\``);

const expected = `${JSON.stringify(await cli({argv, cwd: process.cwd(), noWrite: true}), null, 2)}\n`;
let actual = '';
try {
  actual = readFileSync(file, 'utf8');
} catch {
  // reported below as out of date
}
if (actual !== expected) {
  const a = actual.split('\n');
  const e = expected.split('\n');
  const line = e.findIndex((text, i) => text !== a[i]);
  console.error(`${file} is out of date: run \`npm run manifest\` and commit the result.`);
  if (actual) console.error(`First difference, line ${line + 1}:\n  committed: ${a[line]?.trim()}\n  generated: ${e[line]?.trim()}`);
  process.exit(1);
}
const tags = JSON.parse(expected)
  .modules.flatMap((m) => m.declarations ?? [])
  .flatMap((d) => (d.tagName ? [`<${d.tagName}>`] : []));
console.log(`${file} is current${tags.length ? ` (${tags.join(', ')})` : '; no class names its tag (JSDoc `@tag`)'}.`);
