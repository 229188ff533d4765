// Rollup build for <coordinator-check>.
//
//   dist/coordinator-check.js       self-contained, minified ES module (Lit bundled in)
//   dist/coordinator-check.iife.js  the same as a classic script (global `CoordinatorCheck`), + .d.ts
//   dist/lib/**                     unbundled ES modules + .d.ts for npm consumers (lit external)
//
// `rollup -c --failAfterWarnings` fails on any TypeScript error (noEmitOnError),
// and on any rollup warning (circular import, unresolved import, ...).
import {createHash} from 'node:crypto';
import {readFileSync, rmSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {relative} from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const input = 'src/coordinator-check.ts';

// Everything in dist/ is published (package.json "files"): start from an empty dist/, so a renamed
// or deleted source file, or a file another tool left there, is never packed.
rmSync('dist', {recursive: true, force: true});

// Only the sources under src/ are compiled (tsconfig.json also includes test/
// for the typecheck).
const tsOptions = (compilerOptions) => ({
  tsconfig: './tsconfig.json',
  include: ['src/**/*.ts'],
  filterRoot: process.cwd(),
  noEmitOnError: true,
  compilerOptions: {types: [], ...compilerOptions},
});

const terserOptions = (module) => ({
  ecma: 2021,
  module,
  compress: {passes: 2},
  // Our private members (`_name`) get short names; Lit's own start with `_$` and are left alone.
  mangle: {properties: {regex: /^_[a-z]/}},
  format: {comments: false},
});

/** Prints raw size, gzip -9 size and the SRI hash of every emitted .js file. */
function reportSizes() {
  return {
    name: 'report-sizes',
    writeBundle(options, bundle) {
      const dir = options.dir ?? '.';
      for (const [fileName, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const path = options.file ?? `${dir}/${fileName}`;
        const code = readFileSync(path);
        const gzip = gzipSync(code, {level: 9}).length;
        const sri = `sha384-${createHash('sha384').update(code).digest('base64')}`;
        console.log(
          `${relative(process.cwd(), path)}: ${code.length} bytes minified, ${gzip} bytes gzip -9, ${sri}`,
        );
      }
    },
  };
}

/**
 * Collapses the white space in our own html`` and css`` templates: indentation is for people, not
 * for the bundle. Only the static text between bindings changes; no template holds <pre> or text
 * whose white space matters (the plain-text summary is built from ordinary strings).
 */
function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.includes('/src/')) return null;
      const edits = [];
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && ['html', 'css'].includes(node.tag.name)) {
          for (const quasi of node.quasi.quasis) {
            let text = quasi.value.raw;
            if (node.tag.name === 'css') {
              // Comments out, no space around punctuation, no leading zero: ".5em". Selectors here never
              // need a space before ":" (no descendant pseudo-class like ".a :focus").
              text = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/ ?([{}:;,>]) ?/g, '$1');
              text = text.replace(/;}/g, '}').replace(/([:, (])0\./g, '$1.').trim();
            } else {
              text = text.replace(/\s+/g, ' ');
            }
            edits.push([quasi.start, quasi.end, text]);
          }
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(code));
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return {code: out, map: null};
    },
  };
}

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

const isLit = (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(id);

export default [
  // a. + b. Self-contained bundles.
  {
    input,
    plugins: [
      nodeResolve({browser: true}),
      typescript(tsOptions({declaration: false})),
      minifyTemplates(),
    ],
    output: [
      {
        file: 'dist/coordinator-check.js',
        format: 'es',
        plugins: [terser(terserOptions(true)), reportSizes()],
      },
      {
        file: 'dist/coordinator-check.iife.js',
        format: 'iife',
        name: 'CoordinatorCheck',
        plugins: [terser(terserOptions(false)), reportSizes(), iifeTypes()],
      },
    ],
  },
  // c. Unbundled modules with type declarations for npm consumers.
  {
    input: {
      'coordinator-check': input,
      'coordinator-check-element': 'src/coordinator-check-element.ts',
      'model/index': 'src/model/index.ts',
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
      // tslib (the `__decorate` helper forced by @rollup/plugin-typescript)
      // would otherwise land under a node_modules/ path inside dist/lib.
      entryFileNames: (chunk) =>
        /[\\/]node_modules[\\/]tslib[\\/]/.test(chunk.facadeModuleId ?? '')
          ? 'vendor/tslib.js'
          : '[name].js',
    },
  },
];
