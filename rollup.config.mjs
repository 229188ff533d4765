// Rollup build for <coordinator-check>.
//
//   dist/coordinator-check.js       self-contained, minified ES module (Lit bundled in)
//   dist/coordinator-check.iife.js  the same as a classic script (global `CoordinatorCheck`), + .d.ts
//   dist/lib/**                     unbundled ES modules + .d.ts for npm consumers (lit external)
//
//   dist/embed.*, dist/check.*      the iframe page and the check page, with a small script each
//
// The types are checked once, by `npm run typecheck` (which `npm test` runs first): the build only
// transpiles (`noCheck`). `rollup -c --failAfterWarnings` still fails on a syntax error and on any
// rollup warning (circular import, unresolved import, ...). The SRI hashes are worked out in one
// place, scripts/snippets.mjs, which writes dist/snippets.json last of all.
import {readFileSync} from 'node:fs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import copy from 'rollup-plugin-copy';
import del from 'rollup-plugin-delete';
import filesize from 'rollup-plugin-filesize';

const input = 'src/coordinator-check.ts';

// Everything in dist/ is published (package.json "files"): the first build starts from an empty
// dist/, so a renamed or deleted source file, or a file another tool left there, is never packed.
const clean = () => del({targets: 'dist', runOnce: true});

// Each file's size as built, for a glance (in KiB): scripts/size-check.mjs measures gzip -9 in bytes and holds the budget.
const sizes = () => filesize({showMinifiedSize: false, showBrotliSize: false, showBeforeSizes: 'none'});

// Only the sources under src/ are compiled (tsconfig.json also includes test/
// for the typecheck).
const tsOptions = (compilerOptions) => ({
  tsconfig: './tsconfig.json',
  include: ['src/**/*.ts'],
  filterRoot: process.cwd(),
  noEmitOnError: true,
  compilerOptions: {types: [], noCheck: true, ...compilerOptions},
});

const terserOptions = (module) => ({
  ecma: 2022,
  module,
  // Only argument-free functions are inlined: a function called once, inlined with its arguments,
  // becomes a wrapped expression that gzips worse than the call it replaced (-39 B).
  compress: {passes: 3, inline: 1},
  // Our private members (`_name`) get short names; Lit's own start with `_$` and are left alone.
  mangle: {properties: {regex: /^_[a-z]/}},
  format: {comments: false},
});

/**
 * Types for `coordinator-check/iife.js`: a classic script has no exports; it registers the element
 * and sets the global `CoordinatorCheck` to the registering entry's exports.
 */
function iifeTypes() {
  return {
    name: 'iife-types',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'coordinator-check.iife.d.ts',
        source: `declare global {\n  var CoordinatorCheck: typeof import('./lib/coordinator-check.js');\n}\nexport {};\n`,
      });
    },
  };
}

// Quotes are dropped where HTML does not need them (`class=heading`; Lit reads unquoted bindings
// alike): the browser parses the same attributes (-46 B).
const minifyTemplates = () => minifyHTML({include: ['src/**'], failOnError: true, options: {minifyOptions: {removeAttributeQuotes: true}}});

const isLit = (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(id);

export default [
  // a. + b. Self-contained bundles.
  {
    input,
    plugins: [
      clean(),
      nodeResolve({browser: true}),
      typescript(tsOptions({declaration: false})),
      // The Lit team's minifier for html`` and css`` templates: indentation is for people, not the bundle.
      minifyTemplates(),
    ],
    output: [
      {
        file: 'dist/coordinator-check.js',
        format: 'es',
        plugins: [terser(terserOptions(true)), sizes()],
      },
      {
        file: 'dist/coordinator-check.iife.js',
        format: 'iife',
        name: 'CoordinatorCheck',
        plugins: [terser(terserOptions(false)), sizes(), iifeTypes()],
      },
    ],
  },
  // c. Unbundled modules with type declarations for npm consumers.
  {
    input: {
      'coordinator-check': input,
      'coordinator-check/coordinator-check-element': 'src/coordinator-check/coordinator-check-element.ts',
      model: 'src/model.ts',
    },
    external: isLit,
    plugins: [
      nodeResolve({browser: true}),
      typescript(
        tsOptions({
          declaration: true,
          declarationDir: 'dist/lib',
          outDir: 'dist/lib',
          rootDir: 'src',
        }),
      ),
    ],
    output: {
      dir: 'dist/lib',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
    },
  },
  // d. The embed page for hosts that allow an iframe but no script (dist/embed.html + embed.js +
  // embed.css), and the optional resize script for hosts that can run one (dist/embed-resize.js).
  {
    input: {embed: 'src/embed/embed.ts'},
    plugins: [
      nodeResolve({browser: true}),
      typescript(tsOptions({declaration: false})),
      minifyTemplates(),
      copy({targets: [{src: ['src/embed/embed.html', 'src/embed/embed.css'], dest: 'dist'}], hook: 'writeBundle'}),
    ],
    output: {dir: 'dist', format: 'es', plugins: [terser(terserOptions(true)), sizes()]},
  },
  // e. The check page, for people who follow a link, a button or a QR code (dist/check.html +
  // check.js + check.css): a bundle of its own, so the embed page's four files stay four.
  {
    input: {check: 'src/embed/check-page.ts'},
    plugins: [nodeResolve({browser: true}), typescript(tsOptions({declaration: false})), minifyTemplates(), checkPageFiles()],
    output: {dir: 'dist', format: 'es', plugins: [terser(terserOptions(true)), sizes()]},
  },
  {
    input: 'src/embed/embed-resize.ts',
    plugins: [typescript(tsOptions({declaration: false})), snippetData()],
    output: {file: 'dist/embed-resize.js', format: 'iife', plugins: [terser(terserOptions(false)), sizes()]},
  },
];

/**
 * The check page's HTML and CSS. What it shows without JavaScript (the five things and every nation's
 * crisis lines) is written from the model and the English copy, built just before in dist/lib, so a
 * number or a title lives in one place.
 */
function checkPageFiles() {
  return {
    name: 'check-page-files',
    async generateBundle() {
      const {checkPageHtml} = await import('./scripts/check-page-html.mjs');
      const template = readFileSync('src/embed/check.html', 'utf8');
      this.emitFile({type: 'asset', fileName: 'check.html', source: await checkPageHtml(template)});
      this.emitFile({type: 'asset', fileName: 'check.css', source: readFileSync('src/embed/check.css', 'utf8')});
    },
  };
}

/** Last of all: dist/snippets.json, the addresses and SRI hashes of the files as built, for the snippet builder. */
function snippetData() {
  return {
    name: 'snippet-data',
    async writeBundle() {
      const {writeSnippetData} = await import('./scripts/snippets.mjs');
      writeSnippetData();
    },
  };
}
