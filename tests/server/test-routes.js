// Routes the browser tests fetch feeds from: the published files of the package, and a test
// feed that fails in any way a test asks for. Everything stays on the test server's loopback.
import {readFileSync} from 'node:fs';
import {publishedFile} from '../../scripts/official-feed-plugin.js';

const official = readFileSync(new URL('../../feed.json', import.meta.url), 'utf8');
const counts = new Map();
const referers = new Map();

/** Koa middleware (web-test-runner): the official feed beside src/default-feed.ts, and demo pages. */
export async function publishedFileMiddleware(ctx, next) {
  const file = publishedFile(ctx.path);
  if (!file) return next();
  ctx.type = file.endsWith('.json') ? 'application/json' : 'text/html';
  ctx.body = readFileSync(file);
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `/__feed?case=…&key=…`: answers as the case says. `key` counts requests (`/__feed/count?key=`).
 * `fail=N` fails the first N requests of a key with the case (and `cors=no`), then answers the
 * official feed; `okFirst=N` answers the first N requests with the official feed, then fails.
 * `delay=ms` waits before answering. `/__feed/referer?key=` tells the Referer the last one sent.
 */
export async function testFeedMiddleware(ctx, next) {
  if (ctx.path === '/__feed/count') {
    ctx.body = {count: counts.get(ctx.query.key) ?? 0};
    return;
  }
  if (ctx.path === '/__feed/referer') {
    ctx.body = {referer: referers.get(ctx.query.key) ?? null};
    return;
  }
  if (ctx.path !== '/__feed') return next();
  const key = ctx.query.key ?? '';
  const count = (counts.get(key) ?? 0) + 1;
  counts.set(key, count);
  const delay = Number(ctx.query.delay ?? 0);
  if (delay) await wait(Math.min(delay, 20000));
  const fail = ctx.query.fail === undefined ? Infinity : Number(ctx.query.fail);
  const okFirst = Number(ctx.query.okFirst ?? 0);
  const failing = count > okFirst && count <= fail;
  referers.set(key, ctx.get('referer'));
  const testCase = failing ? (ctx.query.case ?? 'ok') : 'ok';
  ctx.set('cache-control', 'no-store');
  const refuse = failing && ctx.query.cors === 'no';
  ctx.set('access-control-allow-origin', refuse ? 'https://elsewhere.invalid' : '*');
  switch (testCase) {
    case 'ok':
      ctx.type = 'application/json';
      ctx.body = ctx.query.body ?? official;
      return;
    case 'padded': {
      // The official feed with fields no widget knows: 200 kB of padding, 50 kB in a section.
      const feed = JSON.parse(official);
      feed.padding = 'p'.repeat(200_000);
      feed.sections[0].notes = 'n'.repeat(50_000);
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(feed);
      return;
    }
    case 'big': {
      // `sections` sections with `summary`-character summaries.
      const feed = JSON.parse(official);
      feed.sections = Array.from({length: Number(ctx.query.sections ?? 60)}, (_, i) => ({
        id: `section-${i}`,
        title: `Section ${i}`,
        status: 'coming-soon',
        summary: 's'.repeat(Number(ctx.query.summary ?? 1900)),
      }));
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(feed);
      return;
    }
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Not found</title><p>Page not found';
      return;
    case 'empty':
      ctx.type = 'application/json';
      ctx.body = '';
      return;
    case 'truncated':
      ctx.type = 'application/json';
      ctx.body = official.slice(0, 300);
      return;
    case 'wrong-shape':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({version: 1, index: {title: 42}, sections: 'none'});
      return;
    case 'huge':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({version: 1, index: {title: 'x'.repeat(1_200_000)}, sections: []});
      return;
    case 'hang':
      await wait(20000);
      ctx.body = official;
      return;
    default: {
      const status = Number(testCase);
      ctx.status = Number.isInteger(status) && status >= 400 ? status : 500;
      if (ctx.query.retryAfter) ctx.set('retry-after', ctx.query.retryAfter);
      ctx.body = `status ${ctx.status}`;
    }
  }
}

/** The policy a strict partner page sends: no inline script or style, Trusted Types enforced. */
export const strictPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/** Koa middleware: serves the strict test pages with their Content-Security-Policy. */
export async function strictPageMiddleware(ctx, next) {
  await next();
  if (ctx.path === '/tests/pages/strict.html') {
    ctx.set('content-security-policy', strictPolicy);
  } else if (ctx.path === '/tests/pages/strict-two-copies.html') {
    ctx.set('content-security-policy', `${strictPolicy} 'allow-duplicates'`);
  }
}

/**
 * Koa middleware: `/__delay/<ms>/<path>` answers `<path>` after a delay, `/__fail/…` answers
 * 500 (a slow script, a slow feed and a failing feed for the layout-shift tests), and
 * `/__moved/<path>` redirects to `<path>`.
 */
export async function delayMiddleware(ctx, next) {
  const moved = /^\/__moved(\/.*)$/.exec(ctx.path);
  if (moved) {
    ctx.redirect(moved[1] + ctx.search);
    return;
  }
  if (ctx.path.startsWith('/__fail/')) {
    ctx.status = 500;
    ctx.body = 'failing on purpose';
    return;
  }
  const delay = /^\/__delay\/(\d+)(\/.*)$/.exec(ctx.path);
  if (delay) {
    await wait(Math.min(Number(delay[1]), 20000));
    ctx.path = delay[2];
  }
  return next();
}
