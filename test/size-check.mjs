// Size budget: each self-contained bundle, Lit and all copy included, must be at most 20 KiB gzip -9.
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

const budget = 20480;
const files = ['dist/coordinator-check.js', 'dist/coordinator-check.iife.js'];

let over = false;
for (const file of files) {
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
