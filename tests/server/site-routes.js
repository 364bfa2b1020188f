// `/__site/…`: the static site, built by `buildSite` from the build (dist/publish/build-site.js) on
// the official feed, once per origin the tests use, with that origin's `/__site/` as its public
// base (so its absolute URLs point back here). Its CDN files, `/__site/cdn/…`, are dist/cdn/, as
// the owner deploys the site next to them.
//
// `?record` on a page adds, right after its charset, a script that records every layout shift and
// every widget load or error event from the page's start (`window.shifts`, `window.widgetEvents`).
import {readFile} from 'node:fs/promises';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {extname, join, resolve, sep} from 'node:path';

const official = JSON.parse(await readFile(new URL('../../feed.json', import.meta.url), 'utf8'));
const cdnDir = resolve(new URL('../../dist/cdn/', import.meta.url).pathname);
const builds = new Map();
const dirs = [];
process.once('exit', () => dirs.forEach((dir) => rmSync(dir, {recursive: true, force: true})));

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

const recorder = `<script>
window.shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) shifts.push(entry.value);
}).observe({type: 'layout-shift', buffered: true});
window.widgetEvents = [];
for (const type of ['cpi-feed-load', 'cpi-feed-error']) {
  addEventListener(type, (event) => widgetEvents.push({type, target: event.target.localName}));
}
</script>`;

/** The site built for `origin` (its directory), built on first use. */
function siteFor(origin) {
  if (!builds.has(origin)) {
    const out = mkdtempSync(join(tmpdir(), 'cpi-site-'));
    dirs.push(out);
    builds.set(
      origin,
      import('../../dist/publish/build-site.js')
        .then(({buildSite}) => buildSite({feed: official, out, base: `${origin}/__site/`}))
        .then(() => out),
    );
  }
  return builds.get(origin);
}

async function fileIn(root, path) {
  const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
  if (!file.startsWith(root + sep)) return undefined;
  try {
    return {file, body: await readFile(file)};
  } catch {
    return undefined;
  }
}

export async function siteMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/__site/')) return next();
  const path = ctx.path.slice('/__site'.length);
  const found = path.startsWith('/cdn/')
    ? await fileIn(cdnDir, path.slice('/cdn'.length))
    : await fileIn(await siteFor(ctx.origin), path);
  if (!found) {
    ctx.status = 404;
    return;
  }
  ctx.type = types[extname(found.file)] ?? 'application/octet-stream';
  ctx.set('cache-control', 'no-store');
  let body = found.body;
  if (ctx.query.record !== undefined && found.file.endsWith('.html')) {
    body = body
      .toString('utf8')
      .replace('<meta charset="utf-8">', (meta) => `${meta}\n${recorder}`);
  }
  ctx.body = body;
}
