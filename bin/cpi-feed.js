#!/usr/bin/env node
// cpi-feed: the command line for feed editors (`cpi-feed validate [--strict] PATH-OR-URL`, …).
// The commands are src/cli/main.ts, run from the build.
import {existsSync} from 'node:fs';

const built = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(built)) {
  console.error('cpi-feed: dist/cli/main.js is missing; run `npm run build` first.');
  process.exit(2);
}
const {main} = await import(built.href);
// `cpi-feed validate … | head` closes the pipe early: the rest of the output has no reader, and
// the exit code still tells the result.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
});
// exitCode, not exit(): printed output still in the pipe is written before the process ends.
process.exitCode = await main(process.argv.slice(2));
