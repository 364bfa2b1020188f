// node bench/what-if.js [--pairs N]: measures changes to src/ that the profile suggests, without
// making them. Builds cpi.js with esbuild from src/ as it is, and again with each change applied
// in memory (src/ is not touched), then compares <cpi-index> built each way in pairs, alternating:
// the render (cold and warm, as in run.js) and the static snippet's take-over. A change whose
// text no longer matches src/ is reported and skipped. Writes bench/what-if.md.
import {readFile, writeFile} from 'node:fs/promises';
import {loadavg} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {
  generatedPages,
  launch,
  measureRenders,
  measureTakeover,
  root,
  startServer,
} from './harness.js';
import {median, pairedRatio} from './stats.js';

const pairs = Number(process.argv[process.argv.indexOf('--pairs') + 1]) || 16;

/** The changes: each a list of [file, text in it, replacement]. */
const changes = {
  'task: no second update when the completed feed is the copy already shown': [
    [
      'src/base/feed-controller.ts',
      'this._task = new Task<Args, FeedEntry>(host, {',
      `// The Task requests an update when it completes; for a feed given as a property or inline,
    // the value it completes with is the copy the first update already showed.
    const taskHost = {
      addController: (c: ReactiveController) => host.addController(c),
      removeController: (c: ReactiveController) => host.removeController(c),
      requestUpdate: () => {
        const task = this._task;
        if (task?.status === TaskStatus.COMPLETE && task.value === this._copy?.entry) return;
        host.requestUpdate();
      },
    } as unknown as FeedSourceHost;
    this._task = new Task<Args, FeedEntry>(taskHost, {`,
    ],
  ],
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
  'take-over: keep the server DOM when the fresh feed equals the snapshot': [
    [
      'src/base/cpi-feed-element.ts',
      'if (error || (entry && entry !== snapshot)) return false;',
      `if (error || (entry && entry !== snapshot && !sameFeed(entry, snapshot))) return false;`,
    ],
    [
      'src/base/cpi-feed-element.ts',
      'export abstract class CpiFeedElement',
      `/** The same feed in two copies (the parsed fields; warnings aside). */
function sameFeed(a: FeedEntry, b: FeedEntry | undefined): boolean {
  if (!b) return false;
  const {warnings: _a, ...x} = a.feed;
  const {warnings: _b, ...y} = b.feed;
  return JSON.stringify(x) === JSON.stringify(y);
}

export abstract class CpiFeedElement`,
    ],
  ],
};
changes['both: the task change and the page-context change'] = [
  ...changes['task: no second update when the completed feed is the copy already shown'],
  ...changes[
    'page context: read once per connection (and on a theme change), then only on page changes'
  ],
];

/** cpi.js built from src/ with `edits` applied in memory, or the edits that did not apply. */
async function bundle(edits = []) {
  const missing = [];
  const {minifyCss} = await import(pathToFileURL(join(root, 'dist/styles/minify-css.js')).href);
  const {outputFiles} = await build({
    entryPoints: [join(root, 'src/cdn/cpi.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    outfile: join(root, 'dist/cdn/cpi.js'),
    logLevel: 'warning',
    plugins: [
      {
        name: 'edits',
        setup(b) {
          b.onLoad({filter: /\/src\/.*\.ts$/}, async ({path}) => {
            let code = await readFile(path, 'utf8');
            code = code.replace(/\bcss`([^`$]*)`/g, (_w, text) => `css\`${minifyCss(text)}\``);
            for (const [file, find, replace] of edits) {
              if (!path.endsWith(file)) continue;
              if (code.includes(find)) code = code.replace(find, replace);
              else missing.push(`${file}: ${find.split('\n')[0]}`);
            }
            return {contents: code, loader: 'ts'};
          });
        },
      },
    ],
  });
  return {code: outputFiles[0].contents, missing};
}

const official = JSON.parse(await readFile(join(root, 'dist/cdn/feed.json'), 'utf8'));
const pages = await generatedPages(official);
async function serve(code) {
  const memory = new Map(Object.entries(pages).map(([path, html]) => [path, Buffer.from(html)]));
  memory.set('/dist/cdn/cpi.js', Buffer.from(code));
  memory.set('/dist/cdn/feed.json', await readFile(join(root, 'dist/cdn/feed.json')));
  return startServer(memory);
}

const started = Date.now();
const browser = await launch();
const base = await serve((await bundle()).code);
const f = (x, d = 1) => x.toFixed(d);
const interval = (r) => `${f(r.ratio, 3)}× (${f(r.lo, 3)}–${f(r.hi, 3)})`;
let out = '';
for (const [name, edits] of Object.entries(changes)) {
  const {code, missing} = await bundle(edits);
  if (missing.length) {
    out += `| ${name} | no longer applies: ${missing.join('; ')} | | | |\n`;
    continue;
  }
  const variant = await serve(code);
  const takeover = name.startsWith('take-over');
  const samples = {base: [], variant: []};
  for (let i = 0; i < pairs; i++) {
    const order = i % 2 ? ['variant', 'base'] : ['base', 'variant'];
    for (const which of order) {
      const origin = (which === 'base' ? base : variant).origin;
      samples[which].push(
        takeover
          ? await measureTakeover(browser, origin, 'same')
          : await measureRenders(browser, origin, 'lit'),
      );
    }
  }
  variant.close();
  const figures = (key) => {
    const [a, b] = [samples.variant.map((s) => s[key]), samples.base.map((s) => s[key])];
    return `${f(median(b))} → ${f(median(a))} ms, ${interval(pairedRatio(a, b))}`;
  };
  const kept = samples.variant.filter((s) => s.kept).length;
  out += takeover
    ? `| ${name} | page with the static snippet (served feed = snapshot): ${figures('ms')}; the server's DOM kept in ${kept} of ${pairs} pages | | ${pairs} |\n`
    : `| ${name} | ${figures('cold')} | ${figures('warm')} | ${pairs} |\n`;
  process.stderr.write(`what-if: ${name} done\n`);
}
await browser.close();
base.close();

const report = `# What the suggested changes would save

\`node bench/what-if.js --pairs ${pairs}\`, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${((Date.now() - started) / 1000).toFixed(0)} s, load average ${loadavg()
  .map((x) => f(x, 2))
  .join(
    ', ',
  )} at the end. cpi.js built with esbuild from src/ as it is, and with each change applied in memory (bench/what-if.js has the exact edits); <cpi-index> measured both ways in alternating pairs as in run.js (main-thread CPU ms, unthrottled; medians, then the paired ratio changed / as is with its 95% bootstrap interval).

| change | cold render | warm render | pairs |
| --- | --- | --- | --- |
${out}`;
console.log(report);
await writeFile(join(root, 'bench/what-if.md'), report);
