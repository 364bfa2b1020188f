// What bench/run.js and bench/profile.js share: a static server for the repository (with files
// that can be served from memory instead), the browser, fresh pages with CDP metrics in thread
// ticks, and the render page's helpers.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {median} from './stats.js';
import {chromium} from 'playwright-core';
import {chromiumArgs, findChromium} from '../scripts/find-chromium.js';

export const root = fileURLToPath(new URL('../', import.meta.url));
const types = {'.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html'};

/**
 * The CPU throttling the render and take-over rows run at: none by default (`--throttle N` to
 * change it). DevTools' throttling makes the main thread spin in a signal handler for (N − 1) times
 * the wall time it last ran, every 200 µs, from a thread of its own: on a busy two-core machine that
 * thread is late and the wall time includes time the main thread was not running, so the factor
 * it gives wanders (a fixed 10 ms loop measured 20–64 ms of CPU at 4×, and 10–11 ms unthrottled).
 * Ratios of main-thread CPU time do not depend on a uniform slowdown; run.js checks the render
 * ratios at CHECK_RATE too.
 */
const throttleArg = process.argv.indexOf('--throttle');
export const THROTTLE = throttleArg > 0 ? Number(process.argv[throttleArg + 1]) : 1;
/** The throttling the targets are stated at, for the cross-check. */
export const CHECK_RATE = 4;
/** The number of sections of the long index. */
export const LONG = 1000;
export const tags = {lit: 'cpi-index', vanilla: 'vanilla-index'};

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
export const throttle = (cdp, rate = THROTTLE) =>
  cdp.send('Emulation.setCPUThrottlingRate', {rate});

/** A fresh page, in a fresh context, with CDP performance metrics in thread ticks. */
export async function freshPage(browser, {throttle: rate = 1, storageState} = {}) {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}, storageState});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', {timeDomain: 'threadTicks'});
  if (rate > 1) await throttle(cdp, rate);
  return {context, page, cdp};
}

/** What the render page can do (runs in the page). */
function installRenderHelpers() {
  const grid = (el) => el.shadowRoot?.querySelector('[part~="grid"]');
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const make = (tag, feed) => {
    const el = document.createElement(tag);
    el.feed = feed;
    document.body.append(el);
    return el;
  };
  window.bench = {
    frame,
    // Renders an index and resolves after the next frame.
    async render(tag, name) {
      const el = make(tag, window.feeds[name]);
      await frame();
      if (!grid(el)?.childElementCount) throw new Error(`${tag} did not render`);
      window.bench.last = el;
    },
    // Removes the index rendered last.
    removeLast() {
      window.bench.last?.remove();
    },
    // Renders a long index up to its first frame. The tasks either element queues meanwhile (the
    // rest of its cards) are held until `rest`, so that what is measured is exactly the work of
    // the first frame; both elements queue theirs with setTimeout.
    async first(tag, name) {
      const real = window.setTimeout;
      const held = [];
      window.setTimeout = (fn, ms, ...args) => (held.push([fn, ms, args]), 0);
      const el = make(tag, window.feeds[name]);
      const painted = await new Promise((resolve) =>
        requestAnimationFrame(() => {
          const n = grid(el)?.childElementCount ?? 0;
          real(() => resolve(n));
        }),
      );
      window.setTimeout = real;
      window.bench.long = {el, held};
      return painted;
    },
    // Lets the held tasks run and resolves once every card is painted.
    async rest(total) {
      const {el, held} = window.bench.long;
      for (const [fn, ms, args] of held) setTimeout(fn, ms, ...args);
      let frames = 0;
      while ((grid(el)?.childElementCount ?? 0) < total) {
        await frame();
        if (++frames > 1000) throw new Error('the long index never finished');
      }
      await frame();
      return frames;
    },
  };
}

/** A fresh render page with both elements defined and the feeds ready, not yet throttled. */
export async function renderPage(browser, origin) {
  const {context, page, cdp} = await freshPage(browser);
  await page.goto(`${origin}/bench/pages/render.html`);
  await page.evaluate(installRenderHelpers);
  await page.evaluate(async (long) => {
    await customElements.whenDefined('cpi-index');
    await customElements.whenDefined('vanilla-index');
    const feed = await (await fetch('/dist/cdn/feed.json')).json();
    const base = feed.sections;
    window.feeds = {
      official: feed,
      long: {
        ...feed,
        sections: Array.from({length: long}, (_, i) => ({
          ...base[i % base.length],
          id: `${base[i % base.length].id}-${i}`,
        })),
      },
    };
  }, LONG);
  return {context, page, cdp};
}

/** Waits for the page to be idle (a frame and a task after it) and collects its garbage. */
export async function settle(page, cdp) {
  await page.evaluate(() => window.bench.frame());
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

export const renderIn = (page, tag, name) =>
  page.evaluate(([t, n]) => window.bench.render(t, n), [tag, name]);

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
 * The first index on a fresh page (cold), then a second one after it (warm), rendered
 * `warmRenders` times, each removed before the next (outside the measured time) so that every one
 * is the second index on its page; the page's warm figure is their median.
 */
export async function measureRenders(
  browser,
  origin,
  impl,
  {rate = THROTTLE, warmRenders = 3} = {},
) {
  const {context, page, cdp} = await renderPage(browser, origin);
  const render = () => renderIn(page, tags[impl], 'official');
  const cold = await measure(page, cdp, render, rate);
  const warm = [];
  for (let i = 0; i < warmRenders; i++) {
    warm.push((await measure(page, cdp, render, rate)).ms);
    await page.evaluate(() => window.bench.removeLast());
  }
  await context.close();
  return {cold: cold.ms, warm: median(warm), warmAll: warm};
}

/**
 * A whole page at `rate`× (HTML, script, feed): its main-thread ms from navigation until the
 * fresh feed is shown and the next frame painted, and whether the server's DOM was still there.
 * `variant`: `same` (the static snippet, the served feed equal to its snapshot), `differs` (the
 * snippet of an older feed) or `scratch` (`<cpi-index>`, nothing stored).
 */
export async function measureTakeover(browser, origin, variant, rate = THROTTLE) {
  const {context, page, cdp} = await freshPage(browser, {throttle: rate});
  const file = {same: 'takeover-same', differs: 'takeover-differs', scratch: 'scratch'}[variant];
  await page.goto(`${origin}/bench/.generated/${file}.html`);
  const kept = await page.evaluate(async () => {
    await window.settled;
    const card = document.querySelector('cpi-index').shadowRoot.querySelector('[part~="card"]');
    return Boolean(window.serverCard) && card === window.serverCard;
  });
  const ms = await taskMs(cdp);
  await context.close();
  return {ms, kept};
}
