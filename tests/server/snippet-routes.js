// `/__static?…`: a bare partner page with a server-rendered snippet above other content, made
// with the built server entry (dist/server.js) as a partner's server would, and the bundle
// loaded as the README says. It records every layout shift from the start.
//
// Query: element (index | card | cta), section, src (the element's feed URL), script (the URL of
// cpi.js; `none` for no script), old (render from an older feed in which this section was still
// coming soon), lang, theme, partner.
import {readFileSync} from 'node:fs';

const official = JSON.parse(readFileSync(new URL('../../feed.json', import.meta.url), 'utf8'));
const tags = {index: 'cpi-index', card: 'cpi-section-card', cta: 'cpi-register-cta'};

const recorder = `<script>
      // Every load and error event of the widgets, from the start (they bubble out of the page).
      window.widgetEvents = [];
      for (const type of ['cpi-feed-load', 'cpi-feed-error']) {
        addEventListener(type, (event) => widgetEvents.push({type, target: event.target.localName, url: event.url}));
      }
    </script>`;

/** The official feed as it was before `id` went live. */
function olderFeed(id) {
  const feed = structuredClone(official);
  const section = feed.sections.find((s) => s.id === id);
  section.status = 'coming-soon';
  delete section.conversations;
  delete section.updated;
  return feed;
}

/**
 * `/__pasted?args=<JSON list>`: a bare page with exactly what `cpi-feed snippet …args` prints
 * pasted into its body; `/cdn/…` serves dist/cdn/, as a partner's server would publish it.
 */
async function pastedPage(ctx) {
  const {main} = await import('../../dist/cli/main.js');
  let printed = '';
  const code = await main(JSON.parse(ctx.query.args), {
    out: (line) => (printed += `${line}\n`),
    err: (line) => (printed += `<!-- ${line} -->\n`),
  });
  ctx.type = 'text/html';
  ctx.body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>Pasted</title>
${recorder}</head>
<body data-exit-code="${code}">
${printed}</body></html>`;
}

let configurator;

/**
 * `/__configure/`: the configurator page (src/configure/) with the CDN at /cdn/ and the site at
 * /site/, its script and worker bundled as the build bundles them; `/__snippet-text?args=` the
 * text `cpi-feed snippet …args` prints.
 */
async function configuratorRoutes(ctx) {
  const {bundleConfigurator, configuratorPage} = await import('../../scripts/configurator.js');
  if (ctx.path === '/__snippet-text') {
    const {main} = await import('../../dist/cli/main.js');
    let printed = '';
    await main(JSON.parse(ctx.query.args), {
      out: (line) => (printed += `${line}\n`),
      err: () => {},
    });
    ctx.type = 'text/plain';
    ctx.body = printed;
    return;
  }
  configurator ??= bundleConfigurator();
  const {page, worker, css} = await configurator;
  const files = {
    '/__configure/configure.js': ['text/javascript', page],
    '/__configure/snippet-worker.js': ['text/javascript', worker],
    '/__configure/configure.css': ['text/css', css],
  };
  if (files[ctx.path]) {
    [ctx.type, ctx.body] = files[ctx.path];
    return;
  }
  ctx.type = 'text/html';
  ctx.body = configuratorPage({
    cdn: '/cdn/',
    site: '/site/',
    feed: '/cdn/feed.json',
    assets: '/__configure/',
  });
}

export async function snippetMiddleware(ctx, next) {
  if (ctx.path.startsWith('/__configure') || ctx.path === '/__snippet-text') {
    return configuratorRoutes(ctx);
  }
  if (ctx.path.startsWith('/cdn/')) {
    ctx.path = `/dist${ctx.path}`;
    return next();
  }
  if (ctx.path === '/__pasted') return pastedPage(ctx);
  if (ctx.path !== '/__static') return next();
  const {renderToString} = await import('../../dist/server.js');
  const q = ctx.query;
  const snippet = await renderToString({
    element: tags[q.element ?? 'index'],
    section: q.section,
    src: q.src,
    feedUrl: q.src ?? '/dist/cdn/feed.json',
    feed: q.old ? olderFeed(q.old) : official,
    fetchedAt: q.fetchedAt ? Number(q.fetchedAt) : undefined,
    lang: q.lang,
    theme: q.theme,
    partner: q.partner,
  });
  const script = q.script ?? '/dist/cdn/cpi.js';
  ctx.type = 'text/html';
  ctx.body = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>A partner page with the static snippet</title>
    ${recorder}
    <script>
      // Each shift's value, and what moved (for the failure message): the node, from where to where.
      window.shifts = [];
      window.shiftSources = [];
      const where = (r) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          window.shifts.push(entry.value);
          for (const {node, previousRect, currentRect} of entry.sources) {
            const name = node ? node.nodeName + (node.className ? '.' + node.className : '') : '?';
            window.shiftSources.push(
              Math.round(entry.startTime) + ' ms: ' + name + ' ' + where(previousRect) + ' -> ' + where(currentRect),
            );
          }
        }
      }).observe({type: 'layout-shift', buffered: true});
    </script>
    <style>
      body { margin: 0; font-family: 'DejaVu Sans', sans-serif; }
      p.host { padding: 16px; }
    </style>
  </head>
  <body>
    <p class="host">A partner's page: text above the snippet.</p>
    ${snippet}
    <p class="host" id="below">Text below the snippet.</p>
    ${script === 'none' ? '' : `<script type="module" src="${script}"></script>`}
  </body>
</html>`;
}
