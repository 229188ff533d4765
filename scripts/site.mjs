#!/usr/bin/env node
// `npm run site`: one folder that can be published as it is (GitHub Pages, or any static host), from
// a sub-path such as https://example.github.io/coordinator-check/. Every address in it is relative.
//
//   site/index.html   a short front page: start the check, or put it on your own site
//   site/dist/        the bundles, the check page, the embed page and its resize script, snippets.json
//   site/demo/        the snippet builder and demo, and the A4 poster (their scripts bundled here)
//
// Run after `npm run build` (the npm script does both). `--out DIR` writes somewhere else.
import {cpSync, mkdirSync, rmSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import commonjs from '@rollup/plugin-commonjs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {rollup} from 'rollup';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The files of dist/ a site serves: everything a snippet, a link or a frame may name. */
export const SITE_DIST = [
  'coordinator-check.js',
  'coordinator-check.iife.js',
  'check.html',
  'check.js',
  'check.css',
  'embed.html',
  'embed.js',
  'embed.css',
  'embed-resize.js',
  'snippets.json',
];
/** The demo's files as they are; its scripts that import packages are bundled instead. */
const DEMO_FILES = ['index.html', 'demo.css', 'demo.js', 'poster.html', 'poster.css'];
const DEMO_BUNDLES = ['builder.js', 'poster.js'];

export async function buildSite(out = join(root, 'site')) {
  rmSync(out, {recursive: true, force: true});
  mkdirSync(join(out, 'dist'), {recursive: true});
  mkdirSync(join(out, 'demo'));
  for (const file of SITE_DIST) cpSync(join(root, 'dist', file), join(out, 'dist', file));
  for (const file of DEMO_FILES) cpSync(join(root, 'demo', file), join(out, 'demo', file));
  cpSync(join(root, 'scripts/site-index.html'), join(out, 'index.html'));
  // The builder and the poster import the model from dist/lib and the QR library (CommonJS) from
  // node_modules: one file each, so the site needs neither. The QR library goes nowhere else.
  for (const file of DEMO_BUNDLES) {
    const bundle = await rollup({
      input: join(root, 'demo', file),
      plugins: [nodeResolve({browser: true}), commonjs()],
      onwarn: (warning) => {
        throw new Error(`${file}: ${warning.message}`);
      },
    });
    await bundle.write({file: join(out, 'demo', file), format: 'es', plugins: [terser({format: {comments: false}})]});
    await bundle.close();
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  const out = await buildSite(at > 0 ? resolve(process.argv[at + 1]) : undefined);
  console.log(`The site is in ${out}: publish the folder as it is.`);
}
