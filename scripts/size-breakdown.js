// Breaks the CDN bundle down by what it pays for: each part's share of the minified bundle
// (esbuild's metafile, our css`` minified as the build does), applied to the real file's brotli
// size. Brotli is not additive, so the per-part figures are estimates; the total is exact.
//   node scripts/size-breakdown.js [entry: cpi | cpi-section-card | cpi-register-cta]
import {readFileSync} from 'node:fs';
import {brotliCompressSync, constants} from 'node:zlib';
import {build, transform} from 'esbuild';

const entry = process.argv[2] ?? 'cpi';
const root = new URL('../', import.meta.url);
const {code: minifierCode} = await transform(
  readFileSync(new URL('src/styles/minify-css.ts', root), 'utf8'),
  {loader: 'ts', format: 'esm'},
);
const {minifyCss} = await import(`data:text/javascript,${encodeURIComponent(minifierCode)}`);

const cssLiterals = {
  name: 'css-literals',
  setup(b) {
    b.onLoad({filter: /\/src\/.*\.ts$/}, (args) => ({
      loader: 'ts',
      contents: readFileSync(args.path, 'utf8').replace(
        /\bcss`([^`$]*)`/g,
        (_whole, text) => `css\`${minifyCss(text)}\``,
      ),
    }));
  },
};

const result = await build({
  entryPoints: [new URL(`src/cdn/${entry}.ts`, root).pathname],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  metafile: true,
  target: 'es2022',
  conditions: ['production'],
  tsconfig: new URL('tsconfig.json', root).pathname,
  plugins: [cssLiterals],
});
const inputs = Object.values(result.metafile.outputs)[0].inputs;
const parts = {
  'Lit (lit-html, reactive-element, lit-element)':
    /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//,
  '@lit/task': /node_modules\/@lit\/task\//,
  'feed: parse and check (parseFeed, URLs, errors)':
    /src\/feed\/(parse-feed|urls|feed-error|closest-ids)\.ts/,
  'feed: load, share, cache (fetch, retries, store, storage budget)':
    /src\/feed\/(load-feed|feed-store|feed-storage)\.ts/,
  'status table, figures': /src\/feed\/(statuses|figures)\.ts/,
  'words in four languages, formatting': /src\/i18n\//,
  'base element, controllers (feed, page context, impressions), take-over': /src\/base\//,
  'templates (card, badge, register, states, heading)': /src\/templates\/[^.]+\.ts$/,
  'styles (tokens, templates, elements)': /\.styles\.ts$|src\/styles\//,
  'elements (cpi-index, card, cta, badge)': /src\/components\/.*\/cpi-[a-z-]+\.ts$/,
  events: /src\/events\//,
  other: /./,
};
const bytes = Object.fromEntries(Object.keys(parts).map((name) => [name, 0]));
for (const [path, {bytesInOutput}] of Object.entries(inputs)) {
  const name = Object.keys(parts).find((part) => parts[part].test(path));
  bytes[name] += bytesInOutput;
}
const total = Object.values(bytes).reduce((a, b) => a + b, 0);
const shipped = readFileSync(new URL(`dist/cdn/${entry}.js`, root));
const brotli = brotliCompressSync(shipped, {
  params: {[constants.BROTLI_PARAM_QUALITY]: 11},
}).length;
console.log(`dist/cdn/${entry}.js: ${(brotli / 1000).toFixed(1)} KB brotli; by part (estimates):`);
for (const [name, n] of Object.entries(bytes).sort((a, b) => b[1] - a[1])) {
  if (!n) continue;
  const share = n / total;
  console.log(
    `  ${((share * brotli) / 1000).toFixed(2).padStart(5)} KB  ${(share * 100).toFixed(0).padStart(2)} %  ${name}`,
  );
}
