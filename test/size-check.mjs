// Size budget for the self-contained bundle: fails above 20 KiB gzip -9 (the project budget per bundle).
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

const file = 'dist/coordinator-check.js';
const budget = 20480;

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
  process.exit(1);
}
