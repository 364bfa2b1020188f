// Prints the bytes we ship (minified, gzip, brotli) and checks them against the budgets.
// Run after `npm run build`. Exits 1 when a file is over its budget. KB here = 1,000 bytes.
//   node scripts/size.js [--report]   (--report prints the figures and never fails)
import {readFileSync} from 'node:fs';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

const budgets = [
  ['dist/cdn/cpi.js', 12_000, 'all four elements, feed loading and caching'],
  ['dist/cdn/cpi-section-card.js', 8_000, 'the section card alone'],
  ['dist/cdn/cpi-register-cta.js', 8_000, 'the register block alone'],
  ['dist/cdn/feed.json', 3_000, 'the official feed'],
];

const brotli = (bytes) =>
  brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

let over = 0;
console.log('file                            min        gzip       brotli     budget (brotli)');
for (const [file, budget, what] of budgets) {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    console.error(`${file}: missing; run npm run build first`);
    process.exit(2);
  }
  const br = brotli(bytes);
  const ok = br <= budget;
  if (!ok) over++;
  console.log(
    `${file.padEnd(31)} ${kb(bytes.length).padEnd(10)} ${kb(gzipSync(bytes, {level: 9}).length).padEnd(10)} ${kb(br).padEnd(10)} ${kb(budget)} ${ok ? 'ok' : `OVER by ${br - budget} bytes`}  (${what})`,
  );
}
if (over && !process.argv.includes('--report')) {
  console.error(`${over} file(s) over budget.`);
  process.exit(1);
}
