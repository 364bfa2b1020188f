// node bench/profile.js [--runs N] [--throttle N]: where <cpi-index>'s render time goes, against
// the vanilla baseline. Renders the official index cold (the first on a fresh page) and warm (a
// second one), unthrottled by default (see harness.js), under the V8 sampling profiler (CDP
// Profiler, 100 µs), N pages per element (default 30), and adds up the samples' self time by where
// the code comes from. The page loads an unminified bundle of src/cdn/cpi.ts made here with esbuild
// (the CSS literals minified as in the CDN build), with a source map, so that every sample is told
// by its source file and function. Native work called from script (DOM calls, getComputedStyle)
// counts for the script that called it. Then times <cpi-index>'s update methods one by one.
// Writes bench/profile.md.
import {readFileSync} from 'node:fs';

import {loadavg} from 'node:os';
import {join, relative} from 'node:path';
import {SourceMapConsumer} from 'source-map';
import {
  THROTTLE,
  bundleFromSource,
  launch,
  pagePool,
  renderIn,
  renderPage,
  root,
  writeReport,
  settle,
  startServer,
  tags,
  taskMs,
  throttle,
} from './harness.js';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 30;
const interval = 100;

// The bundle: what the CDN build makes, without minifying names, and with the templates'
// indentation kept (the CDN build collapses it to single spaces: the same elements and text
// nodes, shorter strings to parse; kept here so that the source map's lines are the source's).
const outputFiles = await bundleFromSource({sourcemap: true});
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
            file: relative(root, join(root, 'dist/cdn', pos.source)).replace(
              /^.*?(?=node_modules\/)/,
              '',
            ),
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
 * The same kinds of work, told apart in both elements, so that each is compared with its like:
 * Lit's by the source file (and lit-html's function), the vanilla element's by the function of
 * bench/pages/vanilla-index.js the sample is in (its top-level function, or its class's method).
 */
const kinds = {
  feed: 'validate the feed (the same parseFeed in both)',
  page: 'read the page: language and colours (closest, getComputedStyle)',
  formats: 'formats: plurals, months, numbers (the first Intl.PluralRules)',
  sheets: 'style sheets: make (replaceSync) and adopt',
  prepare: 'DOM: Lit template preparation (once per template and page)',
  dom: 'DOM: build and fill (template instances, our render code / createElement, texts)',
  element: 'element: update cycle, controllers, task, observers, events',
};
const vanillaFile = readFileSync(join(root, 'bench/pages/vanilla-index.js'), 'utf8').split('\n');
const vanillaOwner = [];
{
  let top;
  let method;
  vanillaFile.forEach((text, i) => {
    const declared =
      /^(?:async\s+)?(?:function\s+([\w$]+)|(?:const|let)\s+([\w$]+)|class\s+([\w$]+))/.exec(text);
    if (declared) [top, method] = [declared[1] ?? declared[2] ?? declared[3], undefined];
    const inClass = /^ {2}(?:get\s+|set\s+|async\s+|static\s+)?(#?[\w$]+)\s*\(/.exec(text);
    if (inClass && !/^(if|for|while|switch|return)$/.test(inClass[1])) method = inClass[1];
    vanillaOwner[i + 1] = method ?? top;
  });
}
const vanillaKinds = {
  styleSheets: 'sheets',
  pageLang: 'page',
  pageScheme: 'page',
  closestComposed: 'page',
  refresh: 'page',
  formatter: 'formats',
  number: 'formats',
  conversations: 'formats',
  month: 'formats',
  h: 'dom',
  heading: 'dom',
  dot: 'dom',
  arrow: 'dom',
  footer: 'dom',
  card: 'dom',
  figure: 'dom',
  header: 'dom',
  register: 'dom',
  '#render': 'dom',
};
function kindOf(file, fn, line) {
  if (file.startsWith('bench/')) {
    const owner = vanillaOwner[line];
    return kinds[Object.hasOwn(vanillaKinds, owner) ? vanillaKinds[owner] : 'element'];
  }
  if (/src\/feed\/(parse-feed|urls)\.ts$/.test(file)) return kinds.feed;
  if (/src\/base\/page-context\.ts$/.test(file)) return kinds.page;
  if (/src\/i18n\//.test(file)) return kinds.formats;
  if (/reactive-element\/src\/css-tag\.ts$/.test(file) || /src\/styles\//.test(file))
    return kinds.sheets;
  if (file.includes('node_modules/lit-html/'))
    return templatePreparation.has(fn) ? kinds.prepare : kinds.dom;
  if (/src\/(templates|components)\/|src\/feed\/(statuses|figures)\.ts$/.test(file))
    return kinds.dom;
  return kinds.element;
}

/**
 * Self time of each sample, by category: a native frame (no source) counts for the nearest
 * caller that has one; "(program)" (native work with no script on the stack: style, layout,
 * paint, the browser's own tasks) and "(garbage collector)" stand alone. The profiler's sample
 * intervals are wall time, which on a busy machine includes time the thread was not running: the
 * render's samples (idle ones left out) are scaled to add up to its main-thread CPU time `ms`.
 */
function aggregate(profile, ms, into, functions, byKind) {
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
    if (/^\((program|garbage collector|idle|root)\)$/.test(fn)) {
      const name = fn === '(program)' ? outside : fn;
      result = {cat: name, fn, kind: name};
    } else {
      const source = sourceOf(url, lineNumber, columnNumber);
      // Lit's published files are minified: the source map has the names they were written with.
      const name = (source?.file.includes('node_modules/') && source.name) || fn || '(anonymous)';
      const cat = source && category(source.file, name);
      if (cat)
        result = {
          cat,
          fn: `${name} ${source.file}:${source.line}`,
          kind: kindOf(source.file, name, source.line),
        };
      else {
        const up = parent.get(id);
        const caller =
          up === undefined ? {cat: '(native, no caller)', fn, kind: '(native)'} : placeOf(up);
        result = {cat: caller.cat, fn: `${fn || '(native)'} ← ${caller.fn}`, kind: caller.kind};
      }
    }
    place.set(id, result);
    return result;
  };
  const busy = [...self].filter(([id]) => !/^\((idle|root)\)$/.test(placeOf(id).cat));
  const scale = ms / busy.reduce((sum, [, t]) => sum + t, 0);
  for (const [id, t] of busy) {
    const {cat, fn, kind} = placeOf(id);
    into.set(cat, (into.get(cat) ?? 0) + t * scale);
    byKind.set(kind, (byKind.get(kind) ?? 0) + t * scale);
    functions.set(fn, (functions.get(fn) ?? 0) + t * scale);
  }
}

const outside = 'outside script: style, layout, paint, the browser\'s own work ("(program)")';
const results = {};
for (const impl of ['lit', 'vanilla'])
  for (const when of ['cold', 'warm'])
    results[`${impl} ${when}`] = {cats: new Map(), fns: new Map(), kinds: new Map(), task: []};

async function profiled(page, cdp, key, work) {
  await throttle(cdp, 1);
  await settle(page, cdp);
  await throttle(cdp);
  await cdp.send('Profiler.start');
  const before = await taskMs(cdp);
  await work();
  const ms = (await taskMs(cdp)) - before;
  const {profile} = await cdp.send('Profiler.stop');
  aggregate(profile, ms, results[key].cats, results[key].fns, results[key].kinds);
  results[key].task.push(ms);
}

// The pages of run.js's render rows: on each, the first index of one element (cold, the element
// alternating from page to page), the other element's first (not profiled), then two rounds of a
// further index of each, alternating, each removed before the next (warm).
const started = Date.now();
const pages = pagePool(() => renderPage(browser, server.origin));
for (let i = 0; i < runs; i++) {
  for (const impl of i % 2 ? ['vanilla', 'lit'] : ['lit', 'vanilla']) {
    const other = impl === 'lit' ? 'vanilla' : 'lit';
    const {page, cdp} = await pages.take();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', {interval});
    await profiled(page, cdp, `${impl} cold`, () => renderIn(page, tags[impl], 'official'));
    await renderIn(page, tags[other], 'official');
    for (const v of [impl, other, other, impl])
      await profiled(page, cdp, `${v} warm`, () => renderIn(page, tags[v], 'official', true));
  }
  process.stderr.write(`profile: ${i + 1}/${runs} pages per element\n`);
}
await pages.close();

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
  // A page just opened renders slower for a moment (see pagePool in harness.js).
  await new Promise((resolve) => setTimeout(resolve, 1000));
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

const f = (x) => x.toFixed(1);
const signed = (x) => `${x >= 0 ? '+' : ''}${f(x)}`;
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const cpu = THROTTLE > 1 ? `at ${THROTTLE}× CPU throttling` : 'unthrottled';
let out = `# Where the render time goes

\`node bench/profile.js --runs ${runs}\`, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${((Date.now() - started) / 1000).toFixed(0)} s, load average ${loadavg()
  .map((x) => x.toFixed(2))
  .join(
    ', ',
  )} at the end. The official index (22 sections) rendered to the next frame ${cpu}, on the pages of run.js's render rows: cold (the first index on a fresh page; ${runs} pages per element, the elements alternating) and warm (a further index on a page where both elements have rendered one; two of each element per page, alternating, each removed before the next: ${2 * runs} pages). The V8 sampling profiler (${interval} µs) ran during each render; its samples' self time is added up by where the code comes from (an unminified esbuild bundle of src/cdn/cpi.ts with a source map, the CSS minified as in the CDN build, the templates' indentation kept). Native calls (DOM methods, getComputedStyle, CSSStyleSheet.replaceSync) count for the script that made them; "outside script" is the profiler's "(program)": native work with no script on the stack, mostly the frame's style, layout and paint. The profiler's intervals are wall time: each render's samples are scaled to add up to its main-thread CPU time (TaskDuration). All figures are mean ms per render${THROTTLE > 1 ? '' : ' (×4 for a CPU four times slower)'}; the profiler itself adds a little to both.
`;
// The summary: where each gap goes, by kind of work; the style recalc that Lit's page read forces
// in script and the vanilla element leaves to the frame counted as one.
const kindMs = (impl, when, kind) => {
  const r = results[`${impl} ${when}`];
  return (r.kinds.get(kind) ?? 0) / r.task.length;
};
const gapOf = (when, ...keys) =>
  keys.reduce((sum, k) => sum + kindMs('lit', when, k) - kindMs('vanilla', when, k), 0);
const alike = [kinds.feed, kinds.formats, kinds.sheets, '(garbage collector)'];
out += '\n## Summary\n';
for (const when of ['cold', 'warm']) {
  const [a, b] = ['lit', 'vanilla'].map((i) => mean(results[`${i} ${when}`].task));
  const style = gapOf(when, kinds.page, outside);
  out += `\n- **${when}**: Lit ${f(a)} ms, vanilla ${f(b)} ms: ${signed(a - b)} ms (${(a / b).toFixed(2)}×). Lit's template preparation ${signed(gapOf(when, kinds.prepare))} ms; building and filling the DOM ${signed(gapOf(when, kinds.dom))} ms (template instances and parts against createElement); the element's machinery (update cycle, controllers, task) ${signed(gapOf(when, kinds.element))} ms; reading the page and the browser's style, layout and paint together ${signed(style)} ms (page read alone ${signed(gapOf(when, kinds.page))} ms); the work both do alike (parseFeed, style sheets, formats, garbage collection) ${signed(gapOf(when, ...alike))} ms.`;
}
out += '\n';
for (const when of ['cold', 'warm']) {
  const lit = results[`lit ${when}`];
  const vanilla = results[`vanilla ${when}`];
  const per = (r, ms) => ms / r.task.length;
  const table = (key) => {
    const rowsOf = [...new Set([...lit[key].keys(), ...vanilla[key].keys()])].map((c) => [
      c,
      per(lit, lit[key].get(c) ?? 0),
      per(vanilla, vanilla[key].get(c) ?? 0),
    ]);
    rowsOf.sort((a, b) => b[1] - b[2] - (a[1] - a[2]));
    let text = `| where | Lit ms | vanilla ms | Lit − vanilla |\n| --- | --- | --- | --- |\n`;
    for (const [c, a, b] of rowsOf) text += `| ${c} | ${f(a)} | ${f(b)} | ${signed(a - b)} |\n`;
    const [a, b] = [mean(lit.task), mean(vanilla.task)];
    return `${text}| **the render's main-thread time (TaskDuration)** | **${f(a)}** | **${f(b)}** | **${signed(a - b)}** (${(a / b).toFixed(2)}×) |\n`;
  };
  out += `\n## ${when}\n\nBy kind of work, like against like (${lit.task.length} renders of each):\n\n${table('kinds')}`;
  out += `\nBy where the code comes from:\n\n${table('cats')}`;
  for (const [name, r] of [
    ['Lit', lit],
    ['vanilla', vanilla],
  ]) {
    const top = [...r.fns].sort((x, y) => y[1] - x[1]).slice(0, 25);
    out += `\nTop functions by self time, ${name} ${when}:\n\n| function (file:line) | ms |\n| --- | --- |\n`;
    for (const [fn, ms] of top) out += `| \`${fn.replaceAll('|', '\\|')}\` | ${f(per(r, ms))} |\n`;
  }
}
out += `\n## <cpi-index>'s updates, timed\n\nThe same renders without the profiler, ${updateRuns} pages, the element's methods wrapped to time each call (wall time, mean ms per render; the nested ones are included in the whole update). A render from a \`feed\` property is one update: it renders the feed the task parsed, and the task's completion with that same copy asks for no other (the rows count every update there was, by its number).\n\n| call | cold ms | warm ms |\n| --- | --- | --- |\n`;
const labels = [...new Set([...updates.cold.keys(), ...updates.warm.keys()])].sort();
for (const label of labels)
  out += `| ${label} | ${f(updates.cold.get(label) ?? 0)} | ${f(updates.warm.get(label) ?? 0)} |\n`;
console.log(out);
await writeReport(join(root, 'bench/profile.md'), out);
