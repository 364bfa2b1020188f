// What bench/run.js, bench/profile.js and bench/what-if.js share: a static server for the
// repository (with files that can be served from memory instead), the browser, fresh pages with
// CDP metrics in thread ticks (each measured once it has settled), the render page
// (bench/pages/render.html and render-helpers.js) and the measures made on it, and cpi.js bundled
// from src/ for the profile and the what-ifs.
import {createServer} from 'node:http';
import {readFile, writeFile} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {median} from './stats.js';
import {chromium} from 'playwright-core';
import {format, resolveConfig} from 'prettier';
import {chromiumArgs, findChromium} from '../scripts/find-chromium.js';

export const root = fileURLToPath(new URL('../', import.meta.url));
const types = {'.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html'};

/**
 * The CPU throttling the render and take-over rows run at: none by default (`--throttle N` to
 * change it). DevTools' throttling makes the main thread spin, from a signal sent by a thread of
 * its own, for (N − 1) times the wall time it last ran: on a busy two-core machine that thread is
 * late and the wall time includes time the main thread was not running, so the factor wanders.
 * Measured here at a load average of 7–11: a fixed loop of 17–23 ms unthrottled took 68–115 ms at
 * 4×, and a warm render 5.9× its unthrottled time for both elements; the Lit / vanilla ratio of
 * 12 pages measured at both rates on the same pages was 1.17 (1.12–1.22) unthrottled and 1.12
 * (0.96–1.35) at 4×, four times less precise. Throttling slows the main thread only (V8's
 * background compilers keep their speed, which favours the element with more script): over
 * several runs the warm ratio came out 0.00–0.10 lower at 4×. Ratios of main-thread CPU time do
 * not depend on a uniform slowdown; run.js measures the render rows at CHECK_RATE too.
 */
const throttleArg = process.argv.indexOf('--throttle');
export const THROTTLE = throttleArg > 0 ? Number(process.argv[throttleArg + 1]) : 1;
/** The throttling the targets are stated at, for the cross-check. */
export const CHECK_RATE = 4;
/** The number of sections of the long index. */
export const LONG = 1000;
export const tags = {lit: 'cpi-index', vanilla: 'vanilla-index'};

/**
 * cpi.js bundled with esbuild from src/cdn/cpi.ts, its CSS literals minified as in the CDN build,
 * and each source file passed through `transform(code, path)` (the what-ifs' edits, the templates'
 * HTML minified). Returns esbuild's output files (the script, and its map with `sourcemap`).
 */
export async function bundleFromSource({minify = false, sourcemap = false, transform} = {}) {
  const {minifyCss} = await import(pathToFileURL(join(root, 'dist/styles/minify-css.js')).href);
  const {outputFiles} = await build({
    entryPoints: [join(root, 'src/cdn/cpi.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify,
    sourcemap: sourcemap ? 'external' : false,
    outfile: join(root, 'dist/cdn/cpi.js'),
    write: false,
    logLevel: 'warning',
    plugins: [
      {
        name: 'cpi-source',
        setup(b) {
          b.onLoad({filter: /\/src\/.*\.ts$/}, async ({path}) => {
            const code = (await readFile(path, 'utf8')).replace(
              /\bcss`([^`$]*)`/g,
              (_w, text) => `css\`${minifyCss(text)}\``,
            );
            return {contents: transform ? transform(code, path) : code, loader: 'ts'};
          });
        },
      },
    ],
  });
  return outputFiles;
}

/**
 * Serves the repository on 127.0.0.1, `memory` (path → Buffer) before the disk, with
 * /__delay/<ms>/<path> and /__fail/ for the network cases. Returns the origin and `close`.
 */
export async function startServer(memory = new Map()) {
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
      const body = memory.get(path) ?? (await readFile(file));
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
  return {origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close()};
}

export const launch = () => chromium.launch({executablePath: findChromium(), args: chromiumArgs});

export async function metrics(cdp) {
  const {metrics} = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}
/** The page's main-thread time so far, in ms (CPU time: thread ticks). */
export const taskMs = async (cdp) => (await metrics(cdp)).TaskDuration * 1000;
/** The rate each CDP session was last set to: setting the same rate again is skipped. */
const rates = new WeakMap();
export async function throttle(cdp, rate = THROTTLE) {
  if ((rates.get(cdp) ?? 1) === rate) return;
  await cdp.send('Emulation.setCPUThrottlingRate', {rate});
  rates.set(cdp, rate);
}

/** A fresh page, in a fresh context, with CDP performance metrics in thread ticks. */
export async function freshPage(browser, {throttle: rate = 1, storageState} = {}) {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}, storageState});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', {timeDomain: 'threadTicks'});
  if (rate > 1) await throttle(cdp, rate);
  return {context, page, cdp};
}

/**
 * A fresh render page (bench/pages/render.html: both elements defined, the feeds ready, the
 * helpers of bench/pages/render-helpers.js installed), not yet throttled. One round trip after
 * the navigation: the page prepares itself.
 */
export async function renderPage(browser, origin) {
  const {context, page, cdp} = await freshPage(browser);
  await page.goto(`${origin}/bench/pages/render.html?long=${LONG}`);
  await page.evaluate(() => window.benchReady);
  return {context, page, cdp};
}

/**
 * Fresh pages, each handed out once it has been idle for `idle` ms since it was ready: right
 * after a page opens (a renderer process starting, the browser and GPU processes busy with it), the
 * same render took 10–20 ms more CPU time and varied three times as much, though the page's own
 * main thread was idle meanwhile. Pages may be opened `batch` at a time, all at once, before any
 * of them is measured, and the pages taken are closed together before the next batch opens; but
 * on this machine a batch of six needed 3.5 s to settle and still measured 1.5 times higher and
 * twice as spread (cold renders, load average 10) as one page at a time after 1.5 s, for about
 * the same pages per minute: one at a time is the default. `open` is renderPage, or freshPage for
 * a blank page whose navigation is measured whole.
 */
export function pagePool(open, {batch = 1, idle = 1500} = {}) {
  const ready = [];
  const used = [];
  const closeUsed = () => Promise.all(used.splice(0).map((p) => p.context.close()));
  return {
    async take() {
      if (!ready.length) {
        await closeUsed();
        const pages = await Promise.all(Array.from({length: batch}, () => open()));
        const readyAt = Date.now();
        ready.push(...pages.map((p) => ({...p, readyAt})));
      }
      const page = ready.shift();
      const wait = page.readyAt + idle - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      used.push(page);
      return page;
    },
    async close() {
      await closeUsed();
      await Promise.all(ready.splice(0).map((p) => p.context.close()));
    },
  };
}

/**
 * Removes a temporary index, waits for the page to be idle (a frame and a task after it) and
 * collects its garbage.
 */
export async function settle(page, cdp) {
  await page.evaluate(() => window.bench.settle());
  await cdp.send('HeapProfiler.collectGarbage');
}

/**
 * Main-thread ms of `work` at `rate`× CPU throttling, on a page settled unthrottled (the garbage
 * collection before the measured time is not slowed down too).
 */
export async function measure(page, cdp, work, rate = THROTTLE) {
  await throttle(cdp, 1);
  await settle(page, cdp);
  await throttle(cdp, rate);
  const before = await taskMs(cdp);
  const value = await work();
  return {ms: (await taskMs(cdp)) - before, value};
}

/** Renders an index (a temporary one is removed at the next settle) until the next frame. */
export const renderIn = (page, tag, name, temporary = false) =>
  page.evaluate(([t, n, x]) => window.bench.render(t, n, x), [tag, name, temporary]);

/**
 * The pages made at the start of a run (path → HTML): the static snippet of the official feed
 * (renderToString from the built server entry: a declarative shadow root and its feed snapshot)
 * with cpi.js, the same snippet made from a feed the publisher has changed since, `<cpi-index>`
 * with cpi.js, and the snippet alone for the iframe embed. Its links resolve against the feed
 * beside cpi.js, as the snippet command's --cdn does.
 */
export async function generatedPages(officialFeed) {
  const {renderToString} = await import(pathToFileURL(join(root, 'dist/server.js')).href);
  const feedUrl = '/dist/cdn/feed.json';
  const snippetSame = await renderToString({element: 'cpi-index', feed: officialFeed, feedUrl});
  // The same page a day later: the publisher has changed the feed since the snippet was made.
  const changedFeed = structuredClone(officialFeed);
  changedFeed.sections[0].title += ' (first edition)';
  changedFeed.sections[2] = {
    ...changedFeed.sections[2],
    status: 'live',
    conversations: 4,
    updated: '2026-04',
  };
  const snippetDiffers = await renderToString({element: 'cpi-index', feed: changedFeed, feedUrl});

  const page = (body, {script = true, title = 'bench'} = {}) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>` +
    // Resolves once the element has its fresh feed and the frame after it is painted.
    `<script>window.settled=new Promise((r)=>document.addEventListener('cpi-feed-load',()=>requestAnimationFrame(()=>setTimeout(r)),{once:true}));</script>` +
    (script ? '<script type="module" src="/dist/cdn/cpi.js"></script>' : '') +
    `</head><body style="margin:0">${body}` +
    // Taken while the parser runs, before any script: the server's first card, to tell later
    // whether the element kept the server's DOM or rendered its own.
    `<script>window.serverCard=document.querySelector('cpi-index')?.shadowRoot?.querySelector('[part~="card"]')??null;</script>` +
    `</body></html>`;
  return {
    '/bench/.generated/takeover-same.html': page(snippetSame),
    '/bench/.generated/takeover-differs.html': page(snippetDiffers),
    '/bench/.generated/scratch.html': page('<cpi-index></cpi-index>'),
    // The iframe embed: the static snippet alone, no script.
    '/bench/.generated/index-static.html': page(snippetSame, {script: false}),
  };
}

/**
 * One page of the render rows: the first index on the fresh page, of `impl` (cold, at `rate`);
 * then the first index of the other element (not measured: on this page it is not cold); then
 * `warmRounds` rounds in which each element renders a further index at `rate`, and
 * `checkRounds` more at `checkRate`, the order of the elements alternating from round to round,
 * and the two rates' rounds coming first by turns (`flip`), each index removed before the next
 * (outside the measured time). A page's warm figures are the medians of its rounds at each rate,
 * for both elements: a warm pair is measured on one page, in the same minute of machine noise.
 */
export async function measureRenders(
  page,
  cdp,
  impl,
  {rate = THROTTLE, warmRounds = 2, checkRate = CHECK_RATE, checkRounds = 0, flip = false} = {},
) {
  const other = impl === 'lit' ? 'vanilla' : 'lit';
  const cold = await measure(page, cdp, () => renderIn(page, tags[impl], 'official'), rate);
  await throttle(cdp, 1);
  if (!warmRounds && !checkRounds) return {cold: cold.ms};
  await renderIn(page, tags[other], 'official');
  const rounds = [
    ...Array.from({length: warmRounds}, () => rate),
    ...Array.from({length: checkRounds}, () => checkRate),
  ];
  if (flip) rounds.reverse();
  const warm = {[rate]: {lit: [], vanilla: []}, [checkRate]: {lit: [], vanilla: []}};
  for (const [i, r] of rounds.entries()) {
    for (const v of i % 2 ? [other, impl] : [impl, other]) {
      const render = () => renderIn(page, tags[v], 'official', true);
      warm[r][v].push((await measure(page, cdp, render, r)).ms);
    }
  }
  const of = (r, v) => (warm[r][v].length ? median(warm[r][v]) : undefined);
  return {
    cold: cold.ms,
    warmLit: of(rate, 'lit'),
    warmVanilla: of(rate, 'vanilla'),
    checkLit: of(checkRate, 'lit'),
    checkVanilla: of(checkRate, 'vanilla'),
  };
}

/**
 * A whole page at `rate`× (HTML, script, feed), navigated to from a fresh blank page: its
 * main-thread ms from navigation until the fresh feed is shown and the next frame painted, and
 * whether the server's DOM was still there.
 * `variant`: `same` (the static snippet, the served feed equal to its snapshot), `differs` (the
 * snippet of an older feed) or `scratch` (`<cpi-index>`, nothing stored).
 */
export async function measureTakeover({page, cdp}, origin, variant, rate = THROTTLE) {
  await throttle(cdp, rate);
  const file = {same: 'takeover-same', differs: 'takeover-differs', scratch: 'scratch'}[variant];
  const before = await taskMs(cdp);
  await page.goto(`${origin}/bench/.generated/${file}.html`);
  const kept = await page.evaluate(async () => {
    await window.settled;
    const card = document.querySelector('cpi-index').shadowRoot.querySelector('[part~="card"]');
    return Boolean(window.serverCard) && card === window.serverCard;
  });
  return {ms: (await taskMs(cdp)) - before, kept};
}

/** Writes a report (bench/*.md), formatted as `prettier --check bench` wants it. */
export async function writeReport(file, text) {
  const options = await resolveConfig(file);
  await writeFile(file, await format(text, {...options, filepath: file}));
}
