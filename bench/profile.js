// node bench/profile.js [--runs N] [--throttle N]: where <cpi-index>'s render time goes, against
// the vanilla baseline. Renders the official index cold (the first on a fresh page) and warm (a
// second one), unthrottled by default (see harness.js), under the V8 sampling profiler (CDP
// Profiler, 100 µs), N pages per element (default 30), and adds up the samples' self time by where
// the code comes from. The page loads an unminified bundle of src/cdn/cpi.ts made here with esbuild
// (the CSS literals minified as in the CDN build), with a source map, so that every sample is told
// by its source file and function. Native work called from script (DOM calls, getComputedStyle)
// counts for the script that called it. Then times <cpi-index>'s update methods one by one.
// Writes bench/profile.md.
import {writeFile} from 'node:fs/promises';
import {loadavg} from 'node:os';
import {join, relative} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {SourceMapConsumer} from 'source-map';
import {
  THROTTLE,
  launch,
  renderIn,
  renderPage,
  root,
  settle,
  startServer,
  tags,
  taskMs,
  throttle,
} from './harness.js';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 30;
const interval = 100;

// The bundle: what the CDN build makes, without minifying names.
const {minifyCss} = await import(pathToFileURL(join(root, 'dist/styles/minify-css.js')).href);
const {outputFiles} = await build({
  entryPoints: [join(root, 'src/cdn/cpi.ts')],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  sourcemap: 'external',
  outfile: join(root, 'dist/cdn/cpi.js'),
  write: false,
  logLevel: 'warning',
  plugins: [
    {
      name: 'minify-css-literals',
      setup(b) {
        b.onLoad({filter: /\/src\/.*\.ts$/}, async ({path}) => {
          const {readFile} = await import('node:fs/promises');
          const code = await readFile(path, 'utf8');
          return {
            contents: code.replace(/\bcss`([^`$]*)`/g, (_w, text) => `css\`${minifyCss(text)}\``),
            loader: 'ts',
          };
        });
      },
    },
  ],
});
const js = outputFiles.find((f) => f.path.endsWith('.js'));
const map = JSON.parse(outputFiles.find((f) => f.path.endsWith('.map')).text);
const consumer = await new SourceMapConsumer(map);
const server = await startServer(new Map([['/dist/cdn/cpi.js', Buffer.from(js.text)]]));
const browser = await launch();

/**
 * The name of the function that starts on a line of a source (from the source map's copy), with
 * its class if it is a method: `Template.constructor`, `ChildPart._commitText`.
 */
const linesOf = new Map();
function nameAt(source, line) {
  if (!linesOf.has(source))
    linesOf.set(source, consumer.sourceContentFor(source, true)?.split('\n') ?? []);
  const lines = linesOf.get(source);
  const name = functionName(lines[line - 1] ?? '');
  if (!name || !/^\s/.test(lines[line - 1])) return name;
  for (let i = line - 2; i >= 0; i--) {
    const found = /^(?:export\s+)?(?:abstract\s+)?class\s+([\w$]+)/.exec(lines[i]);
    if (found) return `${found[1]}.${name}`;
    if (/^\S/.test(lines[i]) && !/^[})\]]/.test(lines[i]) && !/^\s*(\/\/|\*|\/\*)/.test(lines[i]))
      break;
  }
  return name;
}
function functionName(text) {
  const found =
    /^\s*(?:(?:static|async|private|protected|public|override|readonly)\s+)*(?:get\s+|set\s+)?([\w$#]+)\s*[(<]/.exec(
      text,
    ) ??
    /function\s*\*?\s*([\w$]+)/.exec(text) ??
    /(?:const|let|var)\s+([\w$]+)\s*=/.exec(text) ??
    /([\w$.]+)\s*=\s*(?:\(|function|async)/.exec(text);
  return found && !/^(if|for|while|switch|return|catch)$/.test(found[1]) ? found[1] : undefined;
}

/** The source file, line and name a bundle position comes from (`file` relative to the repository). */
const sourceCache = new Map();
function sourceOf(url, line, column) {
  if (url.endsWith('/bench/pages/vanilla-index.js'))
    return {file: 'bench/pages/vanilla-index.js', line: line + 1};
  if (!url.endsWith('/dist/cdn/cpi.js')) return undefined;
  const key = `${line}:${column}`;
  if (!sourceCache.has(key)) {
    const pos = consumer.originalPositionFor({line: line + 1, column});
    sourceCache.set(
      key,
      pos.source
        ? {
            file: relative(root, join(root, 'dist/cdn', pos.source)),
            line: pos.line,
            name: nameAt(pos.source, pos.line) ?? pos.name,
          }
        : {file: 'dist/cdn/cpi.js', line: line + 1},
    );
  }
  return sourceCache.get(key);
}

/** Lit's template work, by function: preparing a template (once per template and page) or using one. */
const templatePreparation = new Set([
  'getTemplateHtml',
  'trustFromTemplateString',
  'Template.constructor',
  'Template.createElement',
  'ChildPart._$getTemplate',
]);
function category(file, fn) {
  if (!file) return undefined;
  if (file.startsWith('bench/')) return 'vanilla element (its own code and the DOM calls it makes)';
  if (file.includes('node_modules/lit-html/')) {
    if (templatePreparation.has(fn))
      return 'lit-html: template preparation (parse the template, walk it for parts)';
    return 'lit-html: template instances and parts (clone, commit values, DOM calls)';
  }
  if (file.includes('node_modules/@lit/reactive-element/'))
    return 'ReactiveElement: update cycle, properties, controllers, adoptStyles';
  if (file.includes('node_modules/lit-element/')) return 'LitElement: createRenderRoot, render';
  if (file.includes('node_modules/@lit/task/')) return '@lit/task';
  if (file.includes('node_modules/')) return `other library: ${file.split('node_modules/')[1]}`;
  if (/src\/feed\/(parse-feed|urls)\.ts$/.test(file)) return 'parseFeed (validation, URLs)';
  if (/src\/base\/page-context\.ts$/.test(file))
    return 'page context (nearest lang, data-theme, getComputedStyle)';
  if (
    /src\/(base\/feed-controller|feed\/feed-store|feed\/feed-storage|default-feed)\.ts$/.test(file)
  )
    return 'feed controller and store';
  if (/src\/(templates|components|i18n)\//.test(file))
    return 'our templates and render code (cards, header, register, formats)';
  if (/src\/styles\//.test(file)) return 'styles (css`` results)';
  return `our element code: ${file.replace(/^src\//, '')}`;
}

/**
 * Self time of each sample, by category: a native frame (no source) counts for the nearest
 * caller that has one; the profiler's own "(program)" and "(garbage collector)" stand alone.
 */
function aggregate(profile, into, functions) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const {samples, timeDeltas} = profile;
  for (let i = 0; i < samples.length; i++) {
    // A sample's time is the delta to the next one (the last one gets the interval).
    const dt = (i + 1 < timeDeltas.length ? timeDeltas[i + 1] : interval) / 1000;
    self.set(samples[i], (self.get(samples[i]) ?? 0) + dt);
  }
  const place = new Map();
  const placeOf = (id) => {
    if (place.has(id)) return place.get(id);
    const n = byId.get(id);
    const {functionName: fn, url, lineNumber, columnNumber} = n.callFrame;
    let result;
    if (/^\((program|garbage collector|idle|root)\)$/.test(fn)) result = {cat: fn, fn};
    else {
      const source = sourceOf(url, lineNumber, columnNumber);
      // Lit's published files are minified: the source map has the names they were written with.
      const name = (source?.file.includes('node_modules/') && source.name) || fn || '(anonymous)';
      const cat = source && category(source.file, name);
      if (cat) result = {cat, fn: `${name} ${source.file}:${source.line}`};
      else {
        const up = parent.get(id);
        const caller = up === undefined ? {cat: '(native, no caller)', fn} : placeOf(up);
        result = {cat: caller.cat, fn: `${fn || '(native)'} ← ${caller.fn}`};
      }
    }
    place.set(id, result);
    return result;
  };
  for (const [id, ms] of self) {
    const {cat, fn} = placeOf(id);
    if (cat === '(idle)' || cat === '(root)') continue;
    into.set(cat, (into.get(cat) ?? 0) + ms);
    functions.set(fn, (functions.get(fn) ?? 0) + ms);
  }
}

const results = {};
for (const impl of ['lit', 'vanilla'])
  for (const when of ['cold', 'warm'])
    results[`${impl} ${when}`] = {cats: new Map(), fns: new Map(), task: []};

async function profiled(page, cdp, key, work) {
  await throttle(cdp, 1);
  await settle(page, cdp);
  await throttle(cdp);
  await cdp.send('Profiler.start');
  const before = await taskMs(cdp);
  await work();
  const ms = (await taskMs(cdp)) - before;
  const {profile} = await cdp.send('Profiler.stop');
  aggregate(profile, results[key].cats, results[key].fns);
  results[key].task.push(ms);
}

const started = Date.now();
for (let i = 0; i < runs; i++) {
  for (const impl of i % 2 ? ['vanilla', 'lit'] : ['lit', 'vanilla']) {
    const {context, page, cdp} = await renderPage(browser, server.origin);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', {interval});
    await profiled(page, cdp, `${impl} cold`, () => renderIn(page, tags[impl], 'official'));
    await profiled(page, cdp, `${impl} warm`, () => renderIn(page, tags[impl], 'official'));
    await context.close();
  }
  process.stderr.write(`profile: ${i + 1}/${runs} pages per element\n`);
}

// The same renders without the profiler, <cpi-index>'s methods wrapped to time each call (wall
// time, performance.now(); the machine should be quiet): how much each of its updates costs.
function instrument() {
  const log = (window.updateLog = []);
  const count = new WeakMap();
  const wrap = (proto, name, label, numbered) => {
    while (proto && !Object.hasOwn(proto, name)) proto = Object.getPrototypeOf(proto);
    const original = proto[name];
    proto[name] = function (...args) {
      const key = `${label}:${name}`;
      const calls = count.get(this) ?? {};
      count.set(this, calls);
      calls[key] = (calls[key] ?? 0) + 1;
      const start = performance.now();
      const result = original.apply(this, args);
      log.push([numbered ? `${label}, update ${calls[key]}` : label, performance.now() - start]);
      return result;
    };
  };
  const Index = customElements.get('cpi-index');
  const probe = new Index();
  wrap(
    Index.prototype,
    'performUpdate',
    'the whole update (controllers, render, commit, updated)',
    true,
  );
  wrap(Index.prototype, 'update', 'update(): render() and lit-html commit', true);
  wrap(Index.prototype, 'render', 'render(): template results only, no DOM', true);
  wrap(Object.getPrototypeOf(probe._page), 'hostUpdate', 'page context read (hostUpdate)', true);
  wrap(
    Object.getPrototypeOf(probe._feed._task),
    'hostUpdate',
    'Task.hostUpdate (runs the task: parseFeed)',
    true,
  );
  wrap(Index.prototype, 'updated', 'updated()', true);
  wrap(Index.prototype, 'willUpdate', 'willUpdate() (checkAttributes)', true);
}
const updates = {cold: new Map(), warm: new Map()};
const updateRuns = Math.max(10, runs >> 1);
for (let i = 0; i < updateRuns; i++) {
  const {context, page, cdp} = await renderPage(browser, server.origin);
  await page.evaluate(instrument);
  for (const when of ['cold', 'warm']) {
    await settle(page, cdp);
    await page.evaluate(() => (window.updateLog.length = 0));
    await renderIn(page, tags.lit, 'official');
    for (const [label, ms] of await page.evaluate(() => window.updateLog)) {
      const sums = updates[when];
      sums.set(label, (sums.get(label) ?? 0) + ms / updateRuns);
    }
  }
  await context.close();
}
await browser.close();
server.close();

const per = (ms) => ms / runs;
const f = (x) => x.toFixed(1);
const signed = (x) => `${x >= 0 ? '+' : ''}${f(x)}`;
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const cpu = THROTTLE > 1 ? `at ${THROTTLE}× CPU throttling` : 'unthrottled';
let out = `# Where the render time goes

\`node bench/profile.js --runs ${runs}\`, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${((Date.now() - started) / 1000).toFixed(0)} s, load average ${loadavg()
  .map((x) => x.toFixed(2))
  .join(
    ', ',
  )} at the end. The official index (22 sections) rendered to the next frame ${cpu}, cold (the first on a fresh page) and warm (a second one after it), ${runs} pages per element, the two elements alternating. The V8 sampling profiler (${interval} µs) ran during each render; its samples' self time is added up by the source file of the function (an unminified esbuild bundle of src/cdn/cpi.ts with a source map, the CSS minified as in the CDN build). Native calls (DOM methods, getComputedStyle, CSSStyleSheet.replaceSync) count for the script that made them. "Outside script" is the render's main-thread time (TaskDuration) less the sampled script and garbage-collector time: the browser's own style, layout and paint. All figures are mean ms per render${THROTTLE > 1 ? '' : ' (×4 for a CPU four times slower)'}.
`;
for (const when of ['cold', 'warm']) {
  const lit = results[`lit ${when}`];
  const vanilla = results[`vanilla ${when}`];
  const script = (r) =>
    per([...r.cats].filter(([c]) => c !== '(program)').reduce((sum, [, ms]) => sum + ms, 0));
  const rowsOf = [...new Set([...lit.cats.keys(), ...vanilla.cats.keys()])]
    .filter((c) => c !== '(program)')
    .map((c) => [c, per(lit.cats.get(c) ?? 0), per(vanilla.cats.get(c) ?? 0)]);
  rowsOf.push([
    'outside script: style, layout, paint (TaskDuration − sampled script)',
    mean(lit.task) - script(lit),
    mean(vanilla.task) - script(vanilla),
  ]);
  rowsOf.sort((a, b) => b[1] - b[2] - (a[1] - a[2]));
  out += `\n## ${when}\n\n| where | Lit ms | vanilla ms | Lit − vanilla |\n| --- | --- | --- | --- |\n`;
  for (const [c, a, b] of rowsOf) out += `| ${c} | ${f(a)} | ${f(b)} | ${signed(a - b)} |\n`;
  const [a, b] = [mean(lit.task), mean(vanilla.task)];
  out += `| **the render's main-thread time (TaskDuration)** | **${f(a)}** | **${f(b)}** | **${signed(a - b)}** (${(a / b).toFixed(2)}×) |\n`;
  for (const [name, r] of [
    ['Lit', lit],
    ['vanilla', vanilla],
  ]) {
    const top = [...r.fns]
      .filter(([fn]) => fn !== '(program)')
      .sort((x, y) => y[1] - x[1])
      .slice(0, 25);
    out += `\nTop functions by self time, ${name} ${when}:\n\n| function (file:line) | ms |\n| --- | --- |\n`;
    for (const [fn, ms] of top) out += `| \`${fn.replaceAll('|', '\\|')}\` | ${f(per(ms))} |\n`;
  }
}
out += `\n## <cpi-index>'s updates, timed\n\nThe same renders without the profiler, ${updateRuns} pages, the element's methods wrapped to time each call (wall time, mean ms per render; the nested ones are included in the whole update). A render from a \`feed\` property takes two updates: the first renders the feed the task parsed, the second follows the task's completion and renders the same feed again.\n\n| call | cold ms | warm ms |\n| --- | --- | --- |\n`;
const labels = [...new Set([...updates.cold.keys(), ...updates.warm.keys()])].sort();
for (const label of labels)
  out += `| ${label} | ${f(updates.cold.get(label) ?? 0)} | ${f(updates.warm.get(label) ?? 0)} |\n`;
console.log(out);
await writeFile(join(root, 'bench/profile.md'), out);
