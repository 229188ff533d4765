// Fails when `npm pack` would publish a file outside the expected list: package.json "files" takes
// all of dist/, so anything another tool leaves there would ship. Run after `npm run build`.
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';

const EXACT = new Set([
  'package.json',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  'custom-elements.json',
  'coordinator-check.schema.json',
  'dist/coordinator-check.js',
  'dist/coordinator-check.iife.js',
  'dist/coordinator-check.iife.d.ts',
  // The iframe page for hosts that allow an iframe but no script, and its optional resize script.
  'dist/embed.html',
  'dist/embed.js',
  'dist/embed.css',
  'dist/embed-resize.js',
  // The check page, for links, buttons and QR codes from sites that strip scripts; it loads
  // dist/coordinator-check.js beside it.
  'dist/check.html',
  'dist/check.js',
  'dist/check.css',
]);

/** Why `path` should not be packed, or undefined if it belongs: dist/lib holds a module and types per source file. */
function unexpected(path) {
  if (EXACT.has(path)) return undefined;
  const lib = /^dist\/lib\/(.+?)(\.d\.ts|\.js)$/.exec(path);
  if (!lib) return 'not an expected file';
  return existsSync(`src/${lib[1]}.ts`) ? undefined : `no src/${lib[1]}.ts it was built from`;
}

// --ignore-scripts: the build has just run; prepack would build again.
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {encoding: 'utf8'}));
const paths = pack.files.map((file) => file.path);
const wrong = paths.flatMap((path) => {
  const why = unexpected(path);
  return why ? [`${path}: ${why}`] : [];
});
const missing = [...EXACT].filter((path) => !paths.includes(path));
console.log(`npm pack: ${paths.length} files, ${pack.size} bytes packed`);
if (wrong.length || missing.length) {
  for (const line of wrong) console.error(`would be published but should not be: ${line}`);
  for (const path of missing) console.error(`missing from the package: ${path} (run \`npm run build\` first)`);
  process.exit(1);
}
