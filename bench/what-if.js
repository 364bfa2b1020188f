// node bench/what-if.js [--pairs N] [--only WORDS]: measures changes to src/ that the profile suggests, without
// making them. Builds cpi.js with esbuild from src/ as it is, and again with each change applied
// in memory (src/ is not touched), then compares <cpi-index> built each way in pairs, alternating:
// the render (cold and warm, as in run.js: fresh pages, the warm index one of two renders
// alternating with the vanilla baseline's) and the static snippet's take-over. A change whose
// text no longer matches src/ is reported and skipped. Writes bench/what-if.md.
import {readFile} from 'node:fs/promises';
import {loadavg} from 'node:os';
import {join} from 'node:path';
import {minifyHtmlLiterals} from '../scripts/minify-html-literals.js';
import {
  LONG,
  bundleFromSource,
  freshPage,
  generatedPages,
  launch,
  measure,
  measureRenders,
  measureTakeover,
  pagePool,
  renderIn,
  renderPage,
  root,
  writeReport,
  startServer,
  tags,
} from './harness.js';
import {median, pairedRatio} from './stats.js';

const pairs = Number(process.argv[process.argv.indexOf('--pairs') + 1]) || 16;
// `--only task,both`: the changes whose names start with these words.
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? process.argv[onlyArg + 1].split(',') : undefined;

/** The changes: each a list of [file, text in it, replacement] (`made`, below, lists those done). */
const changes = {
  'page context: read once per connection (and on a theme change), then only on page changes': [
    [
      'src/base/page-context.ts',
      `  hostConnected(): void {
    watch(this);
  }`,
      `  private _theme?: unknown;

  hostConnected(): void {
    this._context = undefined;
    watch(this);
  }`,
    ],
    [
      'src/base/page-context.ts',
      `  hostUpdate(): void {
    this._context = readContext(this._host);
  }`,
      `  hostUpdate(): void {
    if (this._context && this._theme === this._host.theme) return;
    this._theme = this._host.theme;
    this._context = readContext(this._host);
  }`,
    ],
    [
      'src/base/page-context.ts',
      `if (!now || next.lang !== now.lang || next.scheme !== now.scheme) this._host.requestUpdate();`,
      `if (!now || next.lang !== now.lang || next.scheme !== now.scheme) {
      this._context = next;
      this._host.requestUpdate();
    }`,
    ],
  ],
};
// Fewer, larger templates: the grid's <li> written into the card's template (a second copy of it,
// for the index), so that a coming-soon card is two template instances (with its title), not three.
changes['cards: the grid item in the card template (one template instance fewer per card)'] = [
  [
    'src/templates/card.ts',
    '  source?: {title: string; href: string | undefined};\n}',
    '  source?: {title: string; href: string | undefined};\n  item?: boolean;\n}',
  ],
  [
    'src/templates/card.ts',
    '  return html`<article\n    part="card"',
    `  if (options.item)
    return html\`<li><article part="card" class="card" data-status=\${status} ?data-live=\${definition?.live} lang=\${language}>\${heading(ctx.level, 'card-title', section.title)}<span part="badge" class="badge" data-status=\${status} ?data-dot=\${definition?.dot} lang=\${ifDefined(own)}>\${statusLabel(status, ctx.lang)}</span><p part="summary" class="summary" dir="auto" ?hidden=\${!summary}>\${summary ?? nothing}</p><p part="footer" class=\${definition?.footer === 'compiling' ? 'footer compiling' : 'footer'} lang=\${ifDefined(own)} ?hidden=\${footer === nothing}>\${footer}</p></article></li>\`;
  return html\`<article
    part="card"`,
  ],
  [
    'src/components/index/cpi-index.ts',
    'html`<li>${renderCard(s, cardCtx, {language})}</li>`',
    'renderCard(s, cardCtx, {language, item: true})',
  ],
];
// Long lists: each chunk of cards (the first 60, then 240 at a time) under a guard of its own, so
// that rendering the next chunk leaves the cards already shown alone (today every chunk's update
// makes every shown card's template result again and lit-html compares it with the DOM).
changes['long lists: one guard per chunk of cards, earlier chunks not rendered again'] = [
  [
    'src/components/index/cpi-index.ts',
    `              \${guard(
                // The cards render again only when what they show changes: the render that follows
                // a completed load (the same feed, the same words) leaves them alone.
                [feed, lang, this.partner, level, this.sections, this.status, shown.length],
                () =>
                  shown.map(`,
    `              \${Array.from(
                {length: Math.ceil((shown.length + 3 * cardsPerFrame) / (4 * cardsPerFrame))},
                (_, i) => [i ? cardsPerFrame * (4 * i - 3) : 0, cardsPerFrame * (4 * i + 1)],
              ).map(([from, to]) =>
                guard(
                [feed, lang, this.partner, level, this.sections, this.status, from, Math.min(to, shown.length)],
                () =>
                  shown.slice(from, to).map(`,
  ],
  [
    'src/components/index/cpi-index.ts',
    `                      >\`,
                  ),
              )}`,
    `                      >\`,
                  ),
              ))}`,
  ],
];

/** cpi.js built from src/ with `edits` applied in memory, or the edits that did not apply. */
async function bundle(edits = []) {
  const missing = [];
  const [script] = await bundleFromSource({
    minify: true,
    transform(code, path) {
      for (const [file, find, replace] of edits) {
        if (!path.endsWith(file)) continue;
        if (code.includes(find)) code = code.replace(find, replace);
        else missing.push(`${file}: ${find.split('\n')[0]}`);
      }
      // The templates' indentation goes, as in the CDN build.
      return minifyHtmlLiterals(code, path);
    },
  });
  return {code: script.contents, missing};
}

const official = JSON.parse(await readFile(join(root, 'dist/cdn/feed.json'), 'utf8'));
const pages = await generatedPages(official);
async function serve(code) {
  const memory = new Map(Object.entries(pages).map(([path, html]) => [path, Buffer.from(html)]));
  memory.set('/dist/cdn/cpi.js', Buffer.from(code));
  memory.set('/dist/cdn/feed.json', await readFile(join(root, 'dist/cdn/feed.json')));
  return startServer(memory);
}

/** The 1,000-section index, the second on its page, as in run.js: its first frame, then all. */
async function measureLong(page, cdp) {
  await renderIn(page, tags.lit, 'official');
  const first = await measure(page, cdp, () =>
    page.evaluate(([t, n]) => window.bench.first(t, n), [tags.lit, 'long']),
  );
  const rest = await measure(page, cdp, () => page.evaluate((n) => window.bench.rest(n), LONG));
  return {first: first.ms, all: first.ms + rest.ms};
}

const started = Date.now();
const browser = await launch();
const base = await serve((await bundle()).code);
// Fresh pages from each build, opened a few at a time (see pagePool in harness.js).
const pools = new Map();
const pool = (server, takeover) => {
  const key = `${server.origin} ${takeover}`;
  if (!pools.has(key))
    pools.set(
      key,
      pagePool(() => (takeover ? freshPage(browser) : renderPage(browser, server.origin))),
    );
  return pools.get(key);
};
const f = (x, d = 1) => x.toFixed(d);
const interval = (r) => `${f(r.ratio, 3)}× (${f(r.lo, 3)}–${f(r.hi, 3)})`;
let out = '';
for (const [name, edits] of Object.entries(changes)) {
  if (only && !only.some((word) => name.startsWith(word))) continue;
  const {code, missing} = await bundle(edits);
  if (missing.length) {
    out += `| ${name} | no longer applies: ${missing.join('; ')} | | | |\n`;
    continue;
  }
  const variant = await serve(code);
  const takeover = name.startsWith('take-over');
  const long = name.startsWith('long');
  const samples = {base: [], variant: []};
  for (let i = 0; i < pairs; i++) {
    const order = i % 2 ? ['variant', 'base'] : ['base', 'variant'];
    for (const which of order) {
      const server = which === 'base' ? base : variant;
      const fresh = await pool(server, takeover).take();
      samples[which].push(
        takeover
          ? await measureTakeover(fresh, server.origin, 'same')
          : long
            ? await measureLong(fresh.page, fresh.cdp)
            : await measureRenders(fresh.page, fresh.cdp, 'lit'),
      );
    }
  }
  await pool(variant, takeover).close();
  variant.close();
  const figures = (key) => {
    const [a, b] = [samples.variant.map((s) => s[key]), samples.base.map((s) => s[key])];
    return `${f(median(b))} → ${f(median(a))} ms, ${interval(pairedRatio(a, b))}`;
  };
  const kept = samples.variant.filter((s) => s.kept).length;
  out += takeover
    ? `| ${name} | page with the static snippet (served feed = snapshot): ${figures('ms')}; the server's DOM kept in ${kept} of ${pairs} pages | | ${pairs} |\n`
    : long
      ? `| ${name} | ${LONG} sections, first frame: ${figures('first')} | ${LONG} sections, all painted: ${figures('all')} | ${pairs} |\n`
      : `| ${name} | ${figures('cold')} | ${figures('warmLit')} | ${pairs} |\n`;
  process.stderr.write(`what-if: ${name} done\n`);
}
for (const p of pools.values()) await p.close();
await browser.close();
base.close();

// With --only, the rows of the changes not measured now are kept from the last report, each with
// the run it comes from.
const run = `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load ${f(loadavg()[0], 1)}`;
const rows = new Map();
try {
  const last = await readFile(join(root, 'bench/what-if.md'), 'utf8');
  for (const line of last.split('\n')) {
    const cells = line.split(' | ').map((c) => c.trim());
    const name = cells[0]?.replace(/^\| /, '');
    if (Object.hasOwn(changes, name) && cells.length === 5) rows.set(name, line);
  }
} catch {
  // No report yet.
}
for (const line of out.trim().split('\n')) {
  if (!line) continue;
  rows.set(line.split(' | ')[0].replace(/^\| /, ''), line.replace(/ \|$/, ` | ${run} |`));
}
const ordered = Object.keys(changes)
  .filter((name) => rows.has(name))
  .map((name) => rows.get(name));
// Changes measured here and since made in src/, for the report.
const made = `Made since they were measured here (2026-11-29), so no longer rows: no second update when the task ends with the copy already shown (0.956× warm), the take-over keeping the server's DOM when the fresh feed shows the same (0.729×), and a card's badge, summary and footer in the card's own template (title, badge and summary together: 0.940× warm). \`bench/results.md\` has their effect.`;
const report = `# What the suggested changes would save

${made}

Last \`node bench/what-if.js --pairs ${pairs}${only ? ` --only ${only.join(',')}` : ''}\`: ${run}, ${((Date.now() - started) / 1000).toFixed(0)} s. cpi.js built with esbuild from src/ as it is (its CSS and template HTML minified as in the CDN build), and with each change applied in memory (bench/what-if.js has the exact edits); <cpi-index> measured both ways in alternating pairs on fresh pages as in run.js (main-thread CPU ms, unthrottled; medians, then the paired ratio changed / as is with its 95% bootstrap interval). On a machine as busy as this one's (a load average of 8–14 on two cores), only a change of 10% or more shows within ten pairs.

| change | cold render | warm render | pairs | run |
| --- | --- | --- | --- | --- |
${ordered.join('\n')}
`;
console.log(report);
await writeReport(join(root, 'bench/what-if.md'), report);
