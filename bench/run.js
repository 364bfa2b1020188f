// npm run bench: measures the widgets in headless Chromium and prints a table of medians and
// ratios, each pair measured side by side in one run, alternating the variants, a fresh page per
// sample. Main-thread time is CPU time from the Chrome DevTools Protocol (Performance.getMetrics
// in the threadTicks domain), not wall time. Writes bench/results.md. Needs `npm run build` first.
import {createServer} from 'node:http';
import {readFile, writeFile, mkdir} from 'node:fs/promises';
import {cpus, totalmem, platform, release} from 'node:os';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {chromiumArgs, findChromium} from '../scripts/find-chromium.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const types = {'.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html'};
const quick = process.argv.includes('--quick');
const SAMPLES = quick ? 3 : 11;
// The render pairs are short and noisy on a shared machine: they get more samples.
const RENDER_SAMPLES = quick ? 3 : 21;

// A static server for the repository, with /__delay/<ms>/<path> and /__fail/ for the network cases.
const server = createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const delay = /^\/__delay\/(\d+)(\/.*)$/.exec(path);
  if (delay) {
    await new Promise((resolve) => setTimeout(resolve, Number(delay[1])));
    path = delay[2];
  }
  if (path.startsWith('/__fail/')) {
    res.writeHead(500).end('failing on purpose');
    return;
  }
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) return res.writeHead(403).end();
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({executablePath: findChromium(), args: chromiumArgs});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quartiles = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return [s[Math.floor((s.length - 1) / 4)], s[Math.ceil(((s.length - 1) * 3) / 4)]];
};

async function metrics(cdp) {
  const {metrics} = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** A fresh page (and context) with CDP performance metrics in thread ticks. */
async function freshPage({throttle = 1, storageState} = {}) {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}, storageState});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', {timeDomain: 'threadTicks'});
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', {rate: throttle});
  return {context, page, cdp};
}

/** Runs every variant `samples` times, alternating them, and collects what each returns. */
async function alternate(variants, samples, run) {
  const results = Object.fromEntries(variants.map((v) => [v, []]));
  for (let i = 0; i < samples; i++) for (const v of variants) results[v].push(await run(v));
  return results;
}

// 1. Render of the index from an in-memory feed to the next frame: Lit against vanilla DOM.
// Beyond 60 cards the index renders the rest after the first frame (cpi-index.ts, cardsPerFrame).
async function renderSample(impl, sections) {
  const {context, page, cdp} = await freshPage({throttle: 4});
  await page.goto(`${origin}/bench/pages/render.html`);
  await page.evaluate(async (n) => {
    await customElements.whenDefined('cpi-index');
    await customElements.whenDefined('vanilla-index');
    const feed = await (await fetch('/dist/cdn/feed.json')).json();
    const base = feed.sections;
    feed.sections = Array.from({length: n}, (_, i) => ({
      ...base[i % base.length],
      id: `${base[i % base.length].id}-${i}`,
    }));
    window.benchFeed = feed;
  }, sections);
  const before = await metrics(cdp);
  await page.evaluate(
    async (tag) => {
      const el = document.createElement(tag);
      el.feed = window.benchFeed;
      document.body.append(el);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      if (!el.shadowRoot.querySelector('[part="card"]')) throw new Error(`${tag} did not render`);
    },
    impl === 'lit' ? 'cpi-index' : 'vanilla-index',
  );
  const after = await metrics(cdp);
  await context.close();
  return (after.TaskDuration - before.TaskDuration) * 1000;
}

// 2. Embeds on one page: load until every embed shows content.
async function embedSample(kind, n, throttle = 1) {
  const {context, page, cdp} = await freshPage({throttle});
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const start = Date.now();
  await page.goto(`${origin}/bench/pages/embeds.html?kind=${kind}&n=${n}`);
  await page.waitForFunction(
    ({kind, n}) => {
      const docs =
        kind === 'static-iframe'
          ? [...document.querySelectorAll('iframe')].map((f) => f.contentDocument)
          : [document];
      const shown = docs
        .flatMap((d) => [...(d?.querySelectorAll('cpi-index, cpi-section-card') ?? [])])
        .filter((el) => el.shadowRoot?.querySelector('[part="card"]'));
      return shown.length === n;
    },
    {kind, n},
    {polling: 'raf', timeout: 30000},
  );
  const painted = Date.now() - start;
  const m = await metrics(cdp);
  await context.close();
  return {
    cpu: m.TaskDuration * 1000,
    heap: m.JSHeapUsedSize / 1e6,
    documents: m.Documents,
    frames: m.Frames,
    nodes: m.Nodes,
    requests: requests.length,
    painted,
  };
}

// 3. Navigation to the index painted, with and without a stored copy of the feed (the feed
// and the script each take 150 ms to arrive, as over a real network).
async function navigationSample(cached, storageState) {
  const {context, page} = await freshPage({storageState: cached ? storageState : undefined});
  await page.goto(
    `${origin}/bench/pages/cls.html?script=/__delay/150/dist/cdn/cpi.js&src=/__delay/150/dist/cdn/feed.json`,
  );
  await page.waitForFunction(
    () => document.querySelector('cpi-index')?.shadowRoot?.querySelector('[part="card"]'),
    null,
    {polling: 'raf'},
  );
  const t = await page.evaluate(() => performance.now());
  await context.close();
  return t;
}

// 4. Layout shift caused by the widget in four cases.
async function clsSample(query) {
  const {context, page} = await freshPage();
  await page.goto(`${origin}/bench/pages/cls.html?${query}`);
  await page.waitForFunction(
    () => document.querySelector('cpi-index')?.shadowRoot?.querySelector('[aria-busy="false"]'),
    null,
    {timeout: 20000},
  );
  await page.waitForTimeout(500);
  const cls = await page.evaluate(() => window.shifts.reduce((a, b) => a + b, 0));
  await context.close();
  return cls;
}

const started = Date.now();
const rows = [];
const fmt = (x, d = 1) => x.toFixed(d);
const spread = (xs, d = 1) => `${fmt(quartiles(xs)[0], d)}–${fmt(quartiles(xs)[1], d)}`;
/** A median with its spread: `12.3 (11.0–14.1)`. */
const withSpread = (xs, d = 1) => `${fmt(median(xs), d)} (${spread(xs, d)})`;

let previous;
for (const n of [22, 100, 1000]) {
  const r = await alternate(['lit', 'vanilla'], RENDER_SAMPLES, (impl) => renderSample(impl, n));
  const [lit, vanilla] = [median(r.lit), median(r.vanilla)];
  // Linear growth shows as a steady cost per added card between sizes.
  const growth = previous
    ? `+${fmt(((lit - previous.lit) * 1000) / (n - previous.n), 0)} µs per added card (vanilla +${fmt(((vanilla - previous.vanilla) * 1000) / (n - previous.n), 0)})`
    : '';
  previous = {n, lit, vanilla};
  rows.push([
    `render ${n} sections to the next frame, CPU 4× slower, main-thread ms: Lit vs vanilla DOM`,
    `${fmt(lit)} (${spread(r.lit)})`,
    `${fmt(vanilla)} (${spread(r.vanilla)})`,
    `${fmt(lit / vanilla, 2)}×`,
    growth,
  ]);
}

const cards = await alternate(['1', '50'], Math.max(3, SAMPLES >> 1), (n) =>
  embedSample('card', Number(n)),
);
rows.push([
  'main-thread ms of a page with 1 vs 50 section cards',
  withSpread(cards['1'].map((s) => s.cpu)),
  withSpread(cards['50'].map((s) => s.cpu)),
  `${fmt(median(cards['50'].map((s) => s.cpu)) / median(cards['1'].map((s) => s.cpu)), 2)}×`,
  `requests ${median(cards['1'].map((s) => s.requests))} / ${median(cards['50'].map((s) => s.requests))}`,
]);
rows.push([
  'JS heap MB, 1 vs 50 section cards',
  withSpread(
    cards['1'].map((s) => s.heap),
    2,
  ),
  withSpread(
    cards['50'].map((s) => s.heap),
    2,
  ),
  `${fmt(median(cards['50'].map((s) => s.heap)) / median(cards['1'].map((s) => s.heap)), 2)}×`,
  '',
]);

// The iframe embed shows a static HTML page of the index: the same content, no script.
await mkdir(join(root, 'bench/.generated'), {recursive: true});
{
  const {context, page} = await freshPage();
  await page.goto(`${origin}/bench/pages/index-page.html`);
  await page.waitForFunction(() =>
    document.querySelector('cpi-index')?.shadowRoot?.querySelector('[part="card"]'),
  );
  const html = await page.evaluate(() => {
    const el = document.querySelector('cpi-index');
    const css = el.constructor.elementStyles.map((s) => s.cssText).join('\n');
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>The Creator Program Index</title></head><body style="margin:0"><cpi-index><template shadowrootmode="open"><style>${css}</style>${el.shadowRoot.innerHTML}</template></cpi-index></body></html>`;
  });
  await writeFile(join(root, 'bench/.generated/index-static.html'), html);
  await context.close();
}
const embeds = {};
for (const n of [1, 10]) {
  const r = await alternate(['script', 'iframe'], Math.max(3, SAMPLES >> 1), (kind) =>
    embedSample(kind === 'iframe' ? 'static-iframe' : 'script', n),
  );
  embeds[n] = r;
  const m = (k, key) => median(r[k].map((s) => s[key]));
  const ms = (k, key, d) =>
    withSpread(
      r[k].map((s) => s[key]),
      d,
    );
  rows.push([
    `ms until painted, ${n} index embed${n > 1 ? 's' : ''}: script vs iframe`,
    ms('script', 'painted', 0),
    ms('iframe', 'painted', 0),
    `${fmt(m('script', 'painted') / m('iframe', 'painted'), 2)}×`,
    `requests ${m('script', 'requests')} / ${m('iframe', 'requests')}; documents ${m('script', 'documents')} / ${m('iframe', 'documents')}`,
  ]);
  rows.push([
    `JS heap MB, ${n} index embed${n > 1 ? 's' : ''}: script vs iframe`,
    ms('script', 'heap', 2),
    ms('iframe', 'heap', 2),
    `${fmt(m('script', 'heap') / m('iframe', 'heap'), 2)}×`,
    `DOM nodes ${m('script', 'nodes')} / ${m('iframe', 'nodes')}`,
  ]);
}

let storageState;
{
  const {context, page} = await freshPage();
  await page.goto(`${origin}/bench/pages/cls.html?src=/__delay/150/dist/cdn/feed.json`);
  await page.waitForFunction(() =>
    document.querySelector('cpi-index')?.shadowRoot?.querySelector('[part="card"]'),
  );
  storageState = await context.storageState();
  await context.close();
}
const nav = await alternate(['cached', 'uncached'], SAMPLES, (v) =>
  navigationSample(v === 'cached', storageState),
);
rows.push([
  'ms from navigation to the index painted: feed stored vs not',
  withSpread(nav.cached, 0),
  withSpread(nav.uncached, 0),
  `${fmt(median(nav.cached) / median(nav.uncached), 2)}×`,
  'script and feed each served with 150 ms latency',
]);

const clsCases = {
  'everything fast': '',
  'script delayed 2 s': 'script=/__delay/2000/dist/cdn/cpi.js&src=/dist/cdn/feed.json',
  'feed delayed 2 s': 'src=/__delay/2000/dist/cdn/feed.json',
  'feed failing': 'src=/__fail/feed.json',
};
const cls = {};
for (const [name, query] of Object.entries(clsCases)) cls[name] = await clsSample(query);

await browser.close();
server.close();

const seconds = ((Date.now() - started) / 1000).toFixed(0);
const header = [
  'measure: A vs B',
  'A (median, p25–p75)',
  'B (median, p25–p75)',
  'A / B (medians)',
  'notes',
];
const table = [header, header.map(() => '---'), ...rows]
  .map((r) => `| ${r.join(' | ')} |`)
  .join('\n');
const clsTable = [
  '| case | cumulative layout shift |',
  '| --- | --- |',
  ...Object.entries(cls).map(([k, v]) => `| ${k} | ${v.toFixed(4)} |`),
].join('\n');
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, Node ${process.version}, Chromium ${browser.version()}`;
const report = `# Benchmark results\n\nRun ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}; ${RENDER_SAMPLES} samples per variant for render, ${SAMPLES} for navigation, ${Math.max(3, SAMPLES >> 1)} for the page-level cases, variants alternated, a fresh page per sample; ${seconds} s in all.\n\nBaselines: for render, a hand-written vanilla-DOM element that builds the same shadow DOM (bench/pages/vanilla-index.js); for 1 vs 50 cards, one card; for embeds, a static HTML page of the same index in an iframe; for navigation, the same page with no stored feed.\n\n${table}\n\nLayout shift with the README's reserved-size snippet (the widget in the first screen, text below it):\n\n${clsTable}\n`;
console.log(report);
if (!quick) await writeFile(join(root, 'bench/results.md'), report);
