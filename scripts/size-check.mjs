// Size budget for each self-contained bundle, Lit and all copy included, gzip -9.
// The product's ceiling is 32 KB, 32,768 B (the earlier 20 KB budget, withdrawn in issue 20, was
// held here as 20,480 B). Below it, this check holds each bundle just above its measured size.
// Measured with `npm run build` (KB below are thousands of bytes):
//   issue 8, the Lit rewrite:                                          17.4 KB
//   issues 9 and 10, the advice, stepped flow, safe storage, printing: 24.4 KB
//   issue 12, the agenda, past checks and moving them in a file:       29.1 KB
//   issue 12's review: kinder, truer copy for it; safe history merges:   30.5 KB
//   English dates without Intl (a throttled submit 328 -> 193 ms):      30.7 KB
//   the raised answer kept with remember; asking before an import
//   pushes out kept checks, naming them (its question and answers):      31.3 KB
//   issue 18: the folders as layers (-34 B), then plural forms for host
//   copy, chosen by Intl.PluralRules (+261 B):                           31.5 KB
//   one state changed by pure transitions (+15 B); past checks' messages
//   worded at render time, so they follow a change of language (+74 B),
//   and a warning for a plural form the language never uses (+59 B):    31.7 KB
//   the result's picks and draft in the one state, by pure transitions
//   (+49 B); the public attributes declared once, in a base class (+15 B): 31.7 KB
//   issue 19: "not sure who yours is?" on the first screen, its copy per
//   nation, the plan's name in Wales, and the crisis and contact views
//   shared with the result page (+796 B), then a first-time reader's
//   review: the crisis lines first, a line for the team's own number,
//   plainer ways to find out (+155 B):                                  32.7 KB
//   terser's third pass (-66 B); the printout's styles minified as Lit's
//   css, like the widget's own (-41 B ES module, -62 B classic script): 32.6 KB
//   the controllers' state private behind getters, as issue 18 asks (+109 B): 32.7 KB
//   a take-away message worded at render time (+1 B)
//   issue 21: the facts table the numbers come from (one constant per fact,
//   so terser keeps only the numbers: +0 B), the result's line saying when
//   they were last checked, and the config to hide it (+103 B); the host
//   settings read-only fields, not getters (-74 B):                    32.7 KB
//   review: the crisis lines copied once, inside crisisLines, and the
//   traits' English in a file of its own (+15 B, module order):        32.7 KB
//   issue 20, speed: eleven smaller writings of the same code, terser
//   inlining only argument-free functions, unquoted template attributes
//   (-204 B); then the answers laid out by a flex basis (-12 B), a drawn
//   disclosure triangle (+134 B) and one template per answer scale
//   (+105 B), with fifty widgets loading 0.86x as long; the hidden
//   space kept in the minified history buttons (+6 B); no containment left
//   over from the container query, so the widget is as wide as its text in
//   a float or an inline-block (-11 B). ES module 32,705 B, classic
//   script 32,751 B:                                                   32.7 KB
// This check holds the bundles at a ceiling just above the measured size, so they cannot grow
// unnoticed. The ceiling only ever moves with a measured reason written here.
//
// The embed page's and the check page's own scripts (issue 17) load the bundle above beside them
// instead of holding a copy of it: 1.9 and 2.0 KB (reading and checking their URL). Before, the embed
// page's script held the widget too, at 33.0 KB (its templates were not minified as the bundles' are).
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

const budgets = {
  'dist/coordinator-check.js': 32740,
  'dist/coordinator-check.iife.js': 32768,
  'dist/embed.js': 2100,
  'dist/check.js': 2200,
};

/** The product's ceiling for the widget's bundles: no budget above may pass it. */
const CEILING = 32 * 1024;
let over = false;
for (const [file, budget] of Object.entries(budgets)) {
  if (budget > CEILING) {
    console.error(`${file}: its budget of ${budget} B is above the 32 KB ceiling (${CEILING} B).`);
    over = true;
  }
}
for (const [file, budget] of Object.entries(budgets)) {
  let code;
  try {
    code = readFileSync(file);
  } catch {
    console.error(`${file} not found: run \`npm run build\` first.`);
    process.exit(1);
  }
  const gzip = gzipSync(code, {level: 9}).length;
  console.log(`${file}: ${code.length} bytes minified, ${gzip} bytes gzip (budget ${budget})`);
  if (gzip > budget) {
    console.error(`${file} is ${gzip - budget} bytes gzip over its budget of ${budget}.`);
    over = true;
  }
}
if (over) process.exit(1);
