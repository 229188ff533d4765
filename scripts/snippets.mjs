#!/usr/bin/env node
// The copy-ready snippets, made from the build: the CDN addresses of the files `dist/` holds and the
// Subresource Integrity hash of each, so no snippet ever carries a placeholder.
//
//   npm run snippet            prints the snippets for the current build
//   (rollup)                   writes dist/snippets.json, which the demo's snippet builder reads
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

/** Where a published version's files will be; no version is published yet (see the README). */
export const cdnBase = (version = pkg.version) => `https://cdn.jsdelivr.net/npm/${pkg.name}@${version}/`;

/** The files a snippet may name, relative to the package root. */
export const SNIPPET_FILES = ['dist/coordinator-check.js', 'dist/coordinator-check.iife.js', 'dist/embed-resize.js'];

export const sri = (path) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(`${root}${path}`))
    .digest('base64')}`;

/** Everything the builder and `npm run snippet` need, from the files as built. */
export function snippetData() {
  const files = Object.fromEntries(SNIPPET_FILES.map((file) => [file, {url: cdnBase() + file, integrity: sri(file)}]));
  return {name: pkg.name, version: pkg.version, published: false, cdnBase: cdnBase(), files};
}

/** The recommended snippet: the module with its hash, and the element. */
export function moduleSnippet(data = snippetData(), attributes = 'region="england"') {
  const file = data.files['dist/coordinator-check.js'];
  return (
    `<script type="module" src="${file.url}"\n        integrity="${file.integrity}" crossorigin="anonymous"></script>\n\n` +
    `<coordinator-check ${attributes}></coordinator-check>\n`
  );
}

/** The classic-script snippet, for pages that cannot use modules. */
export function classicSnippet(data = snippetData(), attributes = 'region="england"') {
  const file = data.files['dist/coordinator-check.iife.js'];
  return (
    `<script src="${file.url}"\n        integrity="${file.integrity}" crossorigin="anonymous" defer></script>\n\n` +
    `<coordinator-check ${attributes}></coordinator-check>\n`
  );
}

export function writeSnippetData(path = `${root}dist/snippets.json`) {
  writeFileSync(path, JSON.stringify(snippetData(), null, 2) + '\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const data = snippetData();
  console.log(`<!-- ${data.name} ${data.version}: not published on npm yet, so these CDN addresses answer 404 until it is.`);
  console.log(`     Until then, copy dist/ to your own site and change the addresses; the hashes stay the same. -->\n`);
  console.log(`<!-- ES module (recommended) -->\n${moduleSnippet(data)}`);
  console.log(`<!-- Classic script -->\n${classicSnippet(data)}`);
}
