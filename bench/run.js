// npm run bench: measures the widgets in headless Chromium and prints a table of medians and
// ratios, each ratio with a 95% bootstrap confidence interval, and the issue's targets met or not.
// Needs `npm run build:lib && npm run build:cdn` first (`npm run bench` does both).
//
// How it measures:
// - Main-thread time is CPU time of the page's main thread from the Chrome DevTools Protocol
//   (Performance.getMetrics, TaskDuration in the threadTicks domain), not wall time.
// - Unthrottled by default: DevTools' CPU throttling is not a steady factor on a shared two-core
//   machine (see harness.js), and a ratio of CPU times does not change with a uniform slowdown.
//   The render ratios are measured again at 4× throttling, the rate the targets are stated at.
// - Every comparison is made of pairs (or triples): the variants measured one after the other,
//   their order alternated from pair to pair, each on a fresh page in a fresh browser context.
// - A ratio is the geometric mean of the pairs' ratios, the 20% highest and lowest left out; its
//   interval is the 2.5th–97.5th percentile of that ratio over 2,000 bootstrap resamples of whole
//   pairs (a seeded generator: the same samples give the same interval). Sampling goes on in
//   batches until every ratio of a group is known to ±0.05 (both ends of the interval within 0.05
//   of the ratio), or the group's cap or deadline comes; the table says how many pairs each row
//   took and whether the precision was reached.
// - The render rows compare <cpi-index> with bench/pages/vanilla-index.js, a hand-written element
//   that does the same work (see its header); a check before the run compares the two shadow
//   trees, style sheets and events.
//
// `node bench/run.js --quick` takes a few samples of everything and writes nothing.
import {mkdir, readFile, writeFile, readdir} from 'node:fs/promises';
import {cpus, totalmem, platform, release, loadavg} from 'node:os';
import {join} from 'node:path';
import {
  LONG,
  CHECK_RATE,
  THROTTLE,
  freshPage as openPage,
  generatedPages,
  launch,
  measure,
  measureRenders,
  measureTakeover,
  metrics,
  renderIn,
  renderPage as openRenderPage,
  root,
  startServer,
  tags,
} from './harness.js';
import {median, pairedRatio, quartiles} from './stats.js';

const quick = process.argv.includes('--quick');
const RESAMPLES = 2000;
/** The precision every ratio should reach: the 95% interval within ±0.05 of the ratio. */
const PRECISION = 0.05;
const started = Date.now();
const loadAtStart = loadavg();

// ---------------------------------------------------------------------------------------------
// Files. What the pages load from dist/ is read once, now, and served from memory: another build
// writing dist/ during the run cannot change what is measured half-way.
const memory = new Map();
async function snapshot(dir, filter) {
  for (const name of await readdir(join(root, dir))) {
    if (filter(name)) memory.set(`/${dir}/${name}`, await readFile(join(root, dir, name)));
  }
}
await snapshot('dist/cdn', (name) => /\.(js|json)$/.test(name));
if (!memory.has('/dist/cdn/cpi.js')) {
  console.error('dist/cdn/cpi.js is missing: run `npm run build` first.');
  process.exit(1);
}
const officialFeed = JSON.parse(memory.get('/dist/cdn/feed.json').toString());

for (const [path, html] of Object.entries(await generatedPages(officialFeed)))
  memory.set(path, Buffer.from(html));

const server = await startServer(memory);
const origin = server.origin;
const browser = await launch();
const freshPage = (options) => openPage(browser, options);
const renderPage = () => openRenderPage(browser, origin);

// ---------------------------------------------------------------------------------------------
// Statistics: bench/stats.js.
const ratioWithInterval = (a, b) => pairedRatio(a, b, RESAMPLES);
const precise = ({ratio, lo, hi}) => hi - ratio < PRECISION && ratio - lo < PRECISION;

/**
 * Measures `variants` in rounds (each round runs every variant once, in an order that rotates
 * from round to round) until every ratio in `ratios` ([name, numerator, denominator]) is precise,
 * or `cap` rounds have run, or another `step` would end after `until` (ms since the epoch; never
 * fewer than `min` rounds). `run(variant)` returns
 * an object of named figures; a ratio's numerator and denominator are `variant.figure`.
 */
const raw = {};
async function adaptive({name, variants, ratios, run, floor = 3, min, step, cap, until}) {
  const t0 = Date.now();
  const samples = Object.fromEntries(variants.map((v) => [v, []]));
  const values = (key) => {
    const [variant, figure] = key.split('.');
    return samples[variant].map((s) => s[figure]);
  };
  const perRound = (round) => (Date.now() - t0) / Math.max(round, 1);
  let result;
  let late = false;
  for (let round = 0; ;) {
    const target = round < min ? min : round + step;
    for (; round < target; round++) {
      // Past `floor` rounds, the deadline wins over `min`: a busy machine gets fewer pairs.
      if (round >= floor && Date.now() + perRound(round) > until) {
        late = true;
        break;
      }
      const order = round % 2 ? [...variants].reverse() : variants;
      const rotated = [
        ...order.slice(round % order.length),
        ...order.slice(0, round % order.length),
      ];
      for (const v of variants.length > 2 ? rotated : order) samples[v].push(await run(v));
    }
    result = ratios.map(([label, a, b]) => ({
      label,
      a,
      b,
      ...ratioWithInterval(values(a), values(b)),
    }));
    const done = result.every(precise);
    process.stderr.write(
      `${name}: ${round} rounds, ${((Date.now() - t0) / 1000).toFixed(0)} s; ${result.map((r) => `${r.label} ${r.ratio.toFixed(3)} [${r.lo.toFixed(3)}, ${r.hi.toFixed(3)}]`).join('; ')}\n`,
    );
    if (done || late || round >= cap || Date.now() + perRound(round) * step > until) break;
  }
  raw[name] = samples;
  return {samples, values, ratios: result, seconds: (Date.now() - t0) / 1000};
}

// ---------------------------------------------------------------------------------------------
// Pages.
// 1. Cold and warm renders: renderSample in harness.js.
const WARM_RENDERS = 3;
const renderSample = (impl, rate = THROTTLE) =>
  measureRenders(browser, origin, impl, {rate, warmRenders: WARM_RENDERS});

// 1b. A 1,000-section index, the second on its page (after an official one rendered and not
// measured): to its first frame, then until all its cards are painted.
const firstFramePainted = {lit: [], vanilla: []};
async function longSample(impl) {
  const {context, page, cdp} = await renderPage();
  const tag = tags[impl];
  await renderIn(page, tag, 'official');
  const first = await measure(page, cdp, () =>
    page.evaluate(([t, n]) => window.bench.first(t, n), [tag, 'long']),
  );
  firstFramePainted[impl].push(first.value);
  const rest = await measure(page, cdp, () => page.evaluate((n) => window.bench.rest(n), LONG));
  await context.close();
  return {first: first.ms, all: first.ms + rest.ms};
}

// 2. The static snippet taken over against the index rendered from scratch (harness.js).
const keptServerDom = {same: [], differs: []};
async function takeoverSample(variant) {
  const {ms, kept} = await measureTakeover(browser, origin, variant, THROTTLE);
  if (variant !== 'scratch') keptServerDom[variant].push(kept);
  return {ms};
}

// 3. Embeds on one page: load until every embed shows content.
async function embedSample(kind, n) {
  const {context, page, cdp} = await freshPage();
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
        .filter((el) => el.shadowRoot?.querySelector('[part~="card"]'));
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
    nodes: m.Nodes,
    requests: requests.length,
    painted,
  };
}

// 4. Navigation to the index painted, with and without a stored copy of the feed (the feed
// and the script each take 150 ms to arrive, as over a real network).
async function navigationSample(cached, storageState) {
  const {context, page} = await freshPage({storageState: cached ? storageState : undefined});
  await page.goto(
    `${origin}/bench/pages/cls.html?script=/__delay/150/dist/cdn/cpi.js&src=/__delay/150/dist/cdn/feed.json`,
  );
  await page.waitForFunction(
    () => document.querySelector('cpi-index')?.shadowRoot?.querySelector('[part~="card"]'),
    null,
    {polling: 'raf'},
  );
  const t = await page.evaluate(() => performance.now());
  await context.close();
  return {ms: t};
}

// 5. Layout shift caused by the widget in four cases.
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

// ---------------------------------------------------------------------------------------------
// 0. Is the baseline fair? Both elements render the official feed and the long one; their shadow
// trees (comments and whitespace-only text left out) and the events they fire must be the same.
async function checkBaseline() {
  const {context, page} = await renderPage();
  const report = await page.evaluate(async (long) => {
    const events = ['cpi-feed-load', 'cpi-impression', 'cpi-register-click', 'cpi-section-click'];
    const shape = (node) => {
      const out = [];
      // Adjacent texts are joined (a template's `${text}&nbsp;` is two text nodes); texts of
      // spaces and line breaks alone (a template's indentation) are left out.
      let text = '';
      const flush = () => {
        if (!/^[ \t\r\n]*$/.test(text)) out.push(JSON.stringify(text));
        text = '';
      };
      const walk = (n) => {
        if (n.nodeType === Node.TEXT_NODE) text += n.data;
        else if (n.nodeType === Node.ELEMENT_NODE) {
          flush();
          const attrs = [...n.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`);
          out.push(`<${n.localName} ${attrs.sort().join(' ')}>`);
          n.childNodes.forEach(walk);
          flush();
          out.push(`</${n.localName}>`);
        }
      };
      node.childNodes.forEach(walk);
      flush();
      return out;
    };
    const result = {};
    for (const tag of ['cpi-index', 'vanilla-index']) {
      const seen = [];
      for (const e of events)
        document.addEventListener(e, (ev) => seen.push(`${e}:${ev.composedPath()[0].localName}`));
      const el = document.createElement(tag);
      el.feed = window.feeds.official;
      document.body.append(el);
      await new Promise((r) => setTimeout(r, 1500));
      el.shadowRoot
        .querySelector('a[data-link="register"]')
        .addEventListener('click', (e) => e.preventDefault());
      el.shadowRoot.querySelector('a[data-link="register"]').click();
      const longEl = document.createElement(tag);
      longEl.feed = window.feeds.long;
      document.body.append(longEl);
      for (
        let i = 0;
        i < 100 && longEl.shadowRoot.querySelector('[part~="grid"]')?.childElementCount !== long;
        i++
      )
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      result[tag] = {
        official: shape(el.shadowRoot),
        long: shape(longEl.shadowRoot),
        sheets: el.shadowRoot.adoptedStyleSheets.map((s) =>
          [...s.cssRules].map((r) => r.cssText).join('\n'),
        ),
        events: seen.filter((e) => e.endsWith(tag)).map((e) => e.split(':')[0]),
      };
      el.remove();
      longEl.remove();
    }
    return result;
  }, LONG);
  await context.close();
  const [a, b] = [report['cpi-index'], report['vanilla-index']];
  const problems = [];
  for (const key of ['official', 'long']) {
    const i = a[key].findIndex((x, j) => x !== b[key][j]);
    const count = a[key].filter((x, j) => x !== b[key][j]).length;
    if (i >= 0 || a[key].length !== b[key].length)
      problems.push(
        `${key} feed: ${count} of ${a[key].length} nodes differ, the first at node ${i}: ${a[key][i]} (widget) vs ${b[key][i]} (vanilla)`,
      );
  }
  if (JSON.stringify(a.sheets) !== JSON.stringify(b.sheets))
    problems.push('the style sheets differ');
  const events = (x) => [...new Set(x.events)].sort().join(', ');
  if (events(a) !== events(b)) problems.push(`events: ${events(a)} vs ${events(b)}`);
  return {problems, events: events(a), nodes: a.official.length / 2};
}

// ---------------------------------------------------------------------------------------------
const fmt = (x, d = 1) => x.toFixed(d);
const spread = (xs, d = 1) => `${fmt(quartiles(xs)[0], d)}–${fmt(quartiles(xs)[1], d)}`;
/** A median with its spread: `12.3 (11.0–14.1)`. */
const withSpread = (xs, d = 1) => `${fmt(median(xs), d)} (${spread(xs, d)})`;
const interval = (r) => `${fmt(r.ratio, 2)}× (${fmt(r.lo, 2)}–${fmt(r.hi, 2)})`;
const rows = [];
const row = (measure, a, b, r, notes, d = 1) =>
  rows.push([
    measure,
    withSpread(a, d),
    withSpread(b, d),
    interval(r),
    `${r.n}${precise(r) ? '' : ' (±0.05 not reached)'}`,
    notes,
  ]);

// `--only render,long,takeover,check,pages` runs some groups only (and writes nothing).
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? new Set(process.argv[onlyArg + 1].split(',')) : undefined;
const runs = (group) => !only || only.has(group);
const budget = (full) => (quick ? {floor: 3, min: 3, step: 3, cap: 3, until: 0} : full);
// The whole run stays under about four and a half minutes: each group samples until its deadline
// at the latest (counted from the start; a group that ends early leaves its time to the next).
const by = (seconds) => started + seconds * 1000;

const fairness = await checkBaseline();
if (fairness.problems.length) {
  console.error(
    `The vanilla baseline no longer matches the widget:\n- ${fairness.problems.join('\n- ')}`,
  );
}

const cpu = (rate) => (rate > 1 ? `CPU ${rate}× throttled` : 'CPU not throttled');
const targets = [];
const verdict = (r, limit) =>
  r.hi <= limit ? 'met' : r.lo > limit ? 'not met' : 'not shown (the interval straddles it)';
const target = (name, r, limit, check) =>
  targets.push([
    name,
    interval(r),
    verdict(r, limit),
    check ? `${interval(check)}, ${check.n} pairs: ${verdict(check, limit)}` : '',
  ]);

let render;
if (runs('render')) {
  render = await adaptive({
    name: 'render',
    variants: ['lit', 'vanilla'],
    ratios: [
      ['cold', 'lit.cold', 'vanilla.cold'],
      ['warm', 'lit.warm', 'vanilla.warm'],
    ],
    run: (impl) => renderSample(impl),
    ...budget({floor: 8, min: 16, step: 6, cap: 150, until: by(105)}),
  });
  const v = render.values;
  row(
    `render the index (22 sections), cold: the first index on a page; ${cpu(THROTTLE)}, main-thread ms: Lit vs vanilla`,
    v('lit.cold'),
    v('vanilla.cold'),
    render.ratios[0],
    'to the next frame',
  );
  row(
    `render the index (22 sections), warm: a second index on the same page; ${cpu(THROTTLE)}, main-thread ms: Lit vs vanilla`,
    v('lit.warm'),
    v('vanilla.warm'),
    render.ratios[1],
    'to the next frame',
  );
}

if (runs('long')) {
  const long = await adaptive({
    name: 'long',
    variants: ['lit', 'vanilla'],
    ratios: [
      ['first frame', 'lit.first', 'vanilla.first'],
      ['all painted', 'lit.all', 'vanilla.all'],
    ],
    run: longSample,
    ...budget({floor: 3, min: 8, step: 4, cap: 60, until: by(125)}),
  });
  const v = long.values;
  const painted = (impl) => [...new Set(firstFramePainted[impl])].join('/');
  const perCard = (impl) =>
    `+${fmt(((median(v(`${impl}.all`)) - median(render.values(`${impl}.warm`))) * 1000) / (LONG - 22), 0)} µs`;
  row(
    `render ${LONG} sections to the first frame (the second index on the page); ${cpu(THROTTLE)}, main-thread ms: Lit vs vanilla`,
    v('lit.first'),
    v('vanilla.first'),
    long.ratios[0],
    `cards painted in the first frame: ${painted('lit')} vs ${painted('vanilla')}; both render the rest in later tasks`,
  );
  row(
    `render ${LONG} sections until all are painted; ${cpu(THROTTLE)}, main-thread ms: Lit vs vanilla`,
    v('lit.all'),
    v('vanilla.all'),
    long.ratios[1],
    `${LONG} cards painted in both${render ? `; main-thread time per card beyond 22 (against warm): Lit ${perCard('lit')}, vanilla ${perCard('vanilla')}` : ''}`,
  );
}

let takeover;
if (runs('takeover')) {
  takeover = await adaptive({
    name: 'take-over',
    variants: ['same', 'differs', 'scratch'],
    ratios: [
      ['same feed', 'same.ms', 'scratch.ms'],
      ['feed differs', 'differs.ms', 'scratch.ms'],
    ],
    run: takeoverSample,
    ...budget({floor: 5, min: 10, step: 4, cap: 90, until: by(160)}),
  });
  const v = takeover.values;
  const kept = (xs) => `${xs.filter(Boolean).length} of ${xs.length}`;
  row(
    `page with the static snippet and cpi.js, the served feed the same as the snapshot, vs page with <cpi-index> and cpi.js (no stored feed); ${cpu(THROTTLE)}, main-thread ms of the page`,
    v('same.ms'),
    v('scratch.ms'),
    takeover.ratios[0],
    `from navigation until the fresh feed is shown and painted; the server's DOM was still there at the end in ${kept(keptServerDom.same)} pages`,
  );
  row(
    `the same, the served feed differs from the snapshot (the element re-renders) vs from scratch; ${cpu(THROTTLE)}, main-thread ms of the page`,
    v('differs.ms'),
    v('scratch.ms'),
    takeover.ratios[1],
    `the server's DOM was still there at the end in ${kept(keptServerDom.differs)} pages`,
  );
}

// The targets are stated at 4× throttling: the render ratios measured again at that rate, with
// fewer pairs (its noise is the throttler's, see harness.js).
let check;
if (runs('check') && render && THROTTLE !== CHECK_RATE) {
  check = await adaptive({
    name: `render at ${CHECK_RATE}×`,
    variants: ['lit', 'vanilla'],
    ratios: [
      ['cold', 'lit.cold', 'vanilla.cold'],
      ['warm', 'lit.warm', 'vanilla.warm'],
    ],
    run: (impl) => renderSample(impl, CHECK_RATE),
    ...budget({floor: 3, min: 8, step: 4, cap: 40, until: by(180)}),
  });
  const v = check.values;
  row(
    `render the index, cold; ${cpu(CHECK_RATE)}, main-thread ms: Lit vs vanilla`,
    v('lit.cold'),
    v('vanilla.cold'),
    check.ratios[0],
    "the cross-check of the cold row at the targets' throttling",
  );
  row(
    `render the index, warm; ${cpu(CHECK_RATE)}, main-thread ms: Lit vs vanilla`,
    v('lit.warm'),
    v('vanilla.warm'),
    check.ratios[1],
    'the same for the warm row',
  );
}
if (render) {
  target('warm render ≤ 1.15× the vanilla baseline', render.ratios[1], 1.15, check?.ratios[1]);
  target('cold render ≤ 1.3× the vanilla baseline', render.ratios[0], 1.3, check?.ratios[0]);
}
if (takeover) {
  target(
    'taking over the static snippet costs less main-thread time than rendering from scratch (served feed = snapshot)',
    takeover.ratios[0],
    1,
  );
  target('the same when the served feed differs (the element re-renders)', takeover.ratios[1], 1);
}

// The page-level measures, unthrottled: a few samples, their intervals as they come.
const cls = {};
if (runs('pages')) {
  const few = (until) => budget({floor: 2, min: 4, step: 2, cap: 8, until: by(until)});
  const cards = await adaptive({
    name: 'cards',
    variants: ['one', 'fifty'],
    ratios: [
      ['cpu', 'fifty.cpu', 'one.cpu'],
      ['heap', 'fifty.heap', 'one.heap'],
    ],
    run: (v) => embedSample('card', v === 'one' ? 1 : 50),
    ...few(190),
  });
  const cv = cards.values;
  row(
    'main-thread ms of a page with 50 vs 1 section cards (CPU not throttled)',
    cv('fifty.cpu'),
    cv('one.cpu'),
    cards.ratios[0],
    `requests ${median(cv('fifty.requests'))} / ${median(cv('one.requests'))}`,
  );
  row(
    'JS heap MB, 50 vs 1 section cards',
    cv('fifty.heap'),
    cv('one.heap'),
    cards.ratios[1],
    '',
    2,
  );

  for (const n of [1, 10]) {
    const r = await adaptive({
      name: `embeds ${n}`,
      variants: ['script', 'iframe'],
      ratios: [
        ['painted', 'script.painted', 'iframe.painted'],
        ['heap', 'script.heap', 'iframe.heap'],
      ],
      run: (kind) => embedSample(kind === 'iframe' ? 'static-iframe' : 'script', n),
      ...few(n === 1 ? 197 : 205),
    });
    const v = r.values;
    const m = (k) => median(v(k));
    const s = n > 1 ? 's' : '';
    row(
      `ms until painted, ${n} index embed${s}: script vs iframe (the static snippet's page, no script)`,
      v('script.painted'),
      v('iframe.painted'),
      r.ratios[0],
      `requests ${m('script.requests')} / ${m('iframe.requests')}; documents ${m('script.documents')} / ${m('iframe.documents')}`,
      0,
    );
    row(
      `JS heap MB, ${n} index embed${s}: script vs iframe`,
      v('script.heap'),
      v('iframe.heap'),
      r.ratios[1],
      `DOM nodes ${m('script.nodes')} / ${m('iframe.nodes')}`,
      2,
    );
  }

  let storageState;
  {
    const {context, page} = await freshPage();
    await page.goto(`${origin}/bench/pages/cls.html?src=/__delay/150/dist/cdn/feed.json`);
    await page.waitForFunction(() =>
      document.querySelector('cpi-index')?.shadowRoot?.querySelector('[part~="card"]'),
    );
    storageState = await context.storageState();
    await context.close();
  }
  const nav = await adaptive({
    name: 'navigation',
    variants: ['cached', 'uncached'],
    ratios: [['navigation', 'cached.ms', 'uncached.ms']],
    run: (v) => navigationSample(v === 'cached', storageState),
    ...few(212),
  });
  row(
    'ms from navigation to the index painted: feed stored vs not',
    nav.values('cached.ms'),
    nav.values('uncached.ms'),
    nav.ratios[0],
    'script and feed each served with 150 ms latency',
    0,
  );

  const clsCases = {
    'everything fast': '',
    'script delayed 2 s': 'script=/__delay/2000/dist/cdn/cpi.js&src=/dist/cdn/feed.json',
    'feed delayed 2 s': 'src=/__delay/2000/dist/cdn/feed.json',
    'feed failing': 'src=/__fail/feed.json',
  };
  for (const [name, query] of Object.entries(clsCases)) cls[name] = await clsSample(query);
}

const chromiumVersion = browser.version();
await browser.close();
server.close();

// ---------------------------------------------------------------------------------------------
const seconds = ((Date.now() - started) / 1000).toFixed(0);
const loadAtEnd = loadavg();
const header = [
  'measure: A vs B',
  'A: median (p25–p75)',
  'B: median (p25–p75)',
  'A / B: paired ratio (95% CI)',
  'pairs',
  'notes',
];
const table = [header, header.map(() => '---'), ...rows]
  .map((r) => `| ${r.join(' | ')} |`)
  .join('\n');
const targetTable = [
  `| target | ratio, ${cpu(THROTTLE)} (95% CI) | verdict | at ${CHECK_RATE}× throttling (95% CI) |`,
  '| --- | --- | --- | --- |',
  ...targets.map((t) => `| ${t.join(' | ')} |`),
].join('\n');
const clsTable = [
  '| case | cumulative layout shift |',
  '| --- | --- |',
  ...Object.entries(cls).map(([k, v]) => `| ${k} | ${v.toFixed(4)} |`),
].join('\n');
const load = (l) => l.map((x) => x.toFixed(2)).join(', ');
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, Node ${process.version}, Chromium ${chromiumVersion}`;
const fair = fairness.problems.length
  ? `**The baseline check failed**, so the render ratios compare unequal work:\n- ${fairness.problems.join('\n- ')}`
  : `Checked before the run: both elements build the same shadow tree (${fairness.nodes} elements and texts for the official feed, and the same for ${LONG} sections), adopt the same style sheets and fire the same events (${fairness.events}).`;
const report = `# Benchmark results

Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}; ${seconds} s in all (the build not included); load average (1, 5, 15 min) ${load(loadAtStart)} at the start, ${load(loadAtEnd)} at the end.

Main-thread time is the page's main-thread CPU time (CDP Performance.getMetrics: TaskDuration in thread ticks), ${THROTTLE > 1 ? `at ${THROTTLE}× DevTools CPU throttling` : 'unthrottled (×4 gives the time on a CPU four times slower)'}. ${THROTTLE > 1 ? '' : `DevTools' throttling is not a steady factor on this shared two-core machine: it spins the main thread for three times the wall time it last ran, from a thread that is itself late when the machine is busy, so a fixed 10 ms loop measured 20–64 ms at 4× and 10–11 ms unthrottled; a ratio of CPU times does not change with a uniform slowdown, and the render rows are measured again at ${CHECK_RATE}× to show it. `}Each row is made of pairs measured one after the other, their order alternating, each variant on a fresh page in a fresh browser context. A ratio is the geometric mean of the pairs' ratios with the highest and lowest 20% left out, and its 95% interval the 2.5th–97.5th percentiles of that ratio over ${RESAMPLES} bootstrap resamples of the pairs. The render and take-over rows go on sampling until each interval lies within ±${PRECISION} of its ratio, or a cap or deadline; the cross-check and page-level rows take a few samples ("±0.05 not reached" says when an interval is wider).

The render baseline, bench/pages/vanilla-index.js, is a hand-written element doing the same work as \`<cpi-index>\` given a feed object: the project's own parseFeed (the function cpi.js exports), the language from the nearest \`lang\`, the colours from \`theme\`, \`data-theme\` or the computed \`color-scheme\`, months from a table and one Intl.PluralRules per language for the page, the same shadow tree and style sheets (made once per page), 60 cards in the first frame and the rest in later tasks of 240, cpi-feed-load, one click listener for the register and section events, cpi-impression. ${fair}

Cold is the first index rendered on a page; warm is a second one rendered after it (${WARM_RENDERS} times per page, each removed before the next outside the measured time; the page's figure is their median). The ${LONG}-section index is the second on its page (after an official one, rendered and not measured): its first frame is measured with the rest of its cards held back (both elements queue them with setTimeout), then the time until all ${LONG} cards are painted. The take-over rows load a whole page (HTML, script, feed) and count its main-thread time from navigation until the fresh feed is shown and painted: the static snippet from renderToString (declarative shadow DOM and its feed snapshot) with cpi.js, against \`<cpi-index>\` with cpi.js and nothing stored.

${table}

Targets (met when the whole interval is within the target; the last column is the cross-check at the rate the targets name):

${targetTable}
${
  Object.keys(cls).length
    ? `
Layout shift with the README's reserved-size snippet (the widget in the first screen, text below it):

${clsTable}
`
    : ''
}`;
console.log(report);
if (!quick && !only) await writeFile(join(root, 'bench/results.md'), report);
// The raw samples, for a second look (bench/.generated is not committed).
await mkdir(join(root, 'bench/.generated'), {recursive: true});
await writeFile(join(root, 'bench/.generated/samples.json'), JSON.stringify(raw, null, 1));
