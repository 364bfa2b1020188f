// The configurator (src/configure/): its page script, and the worker that runs the snippet
// function with Lit's server build, bundled with esbuild; and the page with its settings filled
// in. Used by the build (dist/site/configure/) and by the test server.
import {readFileSync} from 'node:fs';
import {build} from 'esbuild';

const root = new URL('../', import.meta.url);

// Lit's server build digests templates with Node's `Buffer.from(text, 'binary').toString('base64')`
// (for hydration markers, which the server entry strips anyway); in a worker, `btoa` does that.
const bufferInWorker = {
  name: 'buffer-in-worker',
  setup(build) {
    build.onResolve({filter: /^buffer$/}, () => ({path: 'buffer', namespace: 'worker-shim'}));
    build.onLoad({filter: /.*/, namespace: 'worker-shim'}, () => ({
      contents: 'export const Buffer = {from: (text) => ({toString: () => btoa(text)})};',
    }));
  },
};

async function bundle(entry, conditions) {
  const result = await build({
    entryPoints: [new URL(entry, root).pathname],
    bundle: true,
    format: 'esm',
    // 'browser' would add the browser condition, which picks Lit's DOM build over its server one.
    platform: conditions.length ? 'neutral' : 'browser',
    mainFields: ['module', 'main'],
    target: 'es2022',
    minify: true,
    write: false,
    conditions,
    // Read only when no feed is given, which the configurator never does (src/server.ts).
    external: ['node:fs/promises'],
    tsconfig: new URL('tsconfig.json', root).pathname,
    plugins: conditions.length ? [bufferInWorker] : [],
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** The page script and the worker, as code. */
export async function bundleConfigurator() {
  const [page, worker] = await Promise.all([
    bundle('src/configure/configure.ts', []),
    // The worker renders on no DOM: Lit's server build, as in Node.
    bundle('src/configure/snippet-worker.ts', ['node']),
  ]);
  return {page, worker, css: readFileSync(new URL('src/configure/configure.css', root), 'utf8')};
}

/** The page, its settings filled in. */
export function configuratorPage({cdn, site, feed, assets}) {
  const escape = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return readFileSync(new URL('src/configure/index.html', root), 'utf8')
    .replaceAll('%CDN%', escape(cdn))
    .replaceAll('%SITE%', escape(site))
    .replaceAll('%FEED%', escape(feed))
    .replaceAll('%WORKER%', escape(`${assets}snippet-worker.js`))
    .replaceAll('%ASSETS%', escape(assets));
}
