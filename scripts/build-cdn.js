// Builds the CDN files, each a self-contained minified ES module with Lit inside:
// dist/cdn/cpi.js (all four elements, with feed.json beside it), cpi-section-card.js and
// cpi-register-cta.js (one element each, for pages that need only that one). Then the pinned
// copies, dist/cdn/<version>/ (the scripts only: a pinned script reads the latest feed.json one
// folder up), and dist/cdn/integrity.json, the sha384 of every file for Subresource Integrity.
//
// After Vite, terser shortens our own private names (`_feed`, `_renderContent`: a leading
// underscore and a lower-case letter) across the whole file, which Vite's minifier leaves as they
// are; Lit's internals (`_$…`) and everything public keep their names. About -0.4 KB brotli a file.
import {execFileSync} from 'node:child_process';
import {minify} from 'terser';
import {createHash} from 'node:crypto';
import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';

const entries = ['cpi', 'cpi-section-card', 'cpi-register-cta'];
for (const entry of entries) {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: {...process.env, CPI_ENTRY: entry},
  });
}

const cdn = new URL('../dist/cdn/', import.meta.url);
for (const entry of entries) {
  const file = new URL(`${entry}.js`, cdn);
  const {code} = await minify(readFileSync(file, 'utf8'), {
    module: true,
    ecma: 2022,
    compress: {passes: 2},
    mangle: {properties: {regex: /^_[a-z]/}},
    format: {comments: false},
  });
  writeFileSync(file, code);
}
const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
mkdirSync(new URL(`${version}/`, cdn), {recursive: true});
const files = {};
const sri = (path) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(new URL(path, cdn)))
    .digest('base64')}`;
for (const entry of entries) {
  const file = `${entry}.js`;
  copyFileSync(new URL(file, cdn), new URL(`${version}/${file}`, cdn));
  files[file] = sri(file);
  files[`${version}/${file}`] = sri(`${version}/${file}`);
}
files['feed.json'] = sri('feed.json');
writeFileSync(new URL('integrity.json', cdn), `${JSON.stringify({version, files}, null, 2)}\n`);
