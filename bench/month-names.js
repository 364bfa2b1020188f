// node bench/month-names.js [--pairs N]: what the month table saves on the first paint.
//
// The footer of a live card says `May 2026`. The widget takes the month's name from its catalog
// (src/i18n/section-facts.ts, formatUpdated) instead of building an Intl.DateTimeFormat, because the
// first date formatter of a page is expensive. This measures both ways of writing the 22 month
// texts of the official feed, on a fresh page each time (the first formatter of that page), at
// 4× CPU throttling, in alternating pairs: wall time of one synchronous block, which is
// main-thread time (nothing else runs on that thread meanwhile).
import {build} from 'esbuild';
import {chromium} from 'playwright-core';
import {chromiumArgs, findChromium} from '../scripts/find-chromium.js';
import {median, quartiles} from './stats.js';

const pairsAt = process.argv.indexOf('--pairs');
const pairs = pairsAt > 0 ? Number(process.argv[pairsAt + 1]) : 30;

const {outputFiles} = await build({
  stdin: {
    contents: `import {formatUpdated} from './src/i18n/section-facts.ts'; globalThis.formatUpdated = formatUpdated;`,
    resolveDir: new URL('..', import.meta.url).pathname,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'iife',
});
const script = outputFiles[0].text;

const months = Array.from(
  {length: 22},
  (_, i) => `20${25 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
);
const ways = {
  table: (list, lang) => {
    const t0 = performance.now();
    const out = list.map((m) => globalThis.formatUpdated(m, lang));
    return {ms: performance.now() - t0, out};
  },
  intl: (list, lang) => {
    const t0 = performance.now();
    const format = new Intl.DateTimeFormat(lang, {month: 'long', year: 'numeric', timeZone: 'UTC'});
    const out = list.map((m) => format.format(new Date(`${m}-01T00:00:00Z`)));
    return {ms: performance.now() - t0, out};
  },
};

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: chromiumArgs,
});
async function once(way, lang) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent(
    `<!doctype html><html lang="${lang}"><body><script>${script}</script></body></html>`,
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
  const result = await page.evaluate(
    `(${ways[way]})(${JSON.stringify(months)}, ${JSON.stringify(lang)})`,
  );
  await context.close();
  return result;
}

const rows = [];
for (const lang of ['en', 'de']) {
  const a = [];
  const b = [];
  let sample;
  for (let i = 0; i < pairs; i++) {
    const order = i % 2 ? ['intl', 'table'] : ['table', 'intl'];
    const got = {};
    for (const way of order) got[way] = await once(way, lang);
    a.push(got.table.ms);
    b.push(got.intl.ms);
    sample = [got.table.out[4], got.intl.out[4]];
  }
  const q = (xs) =>
    quartiles(xs)
      .map((x) => x.toFixed(2))
      .join('–');
  rows.push(
    `| ${lang} | ${median(a).toFixed(2)} (${q(a)}) | ${median(b).toFixed(2)} (${q(b)}) | ${(median(b) - median(a)).toFixed(1)} | ${sample[0]} / ${sample[1]} |`,
  );
}
await browser.close();

console.log(
  `22 month texts, fresh page each, CPU 4× throttled, ${pairs} pairs per language (ms of main thread: median (p25–p75))\n`,
);
console.log(
  '| page language | month table | first Intl.DateTimeFormat of the page | saved (ms, medians) | the text (table / Intl) |',
);
console.log('| --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
