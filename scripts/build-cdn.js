// Builds the CDN files, each a self-contained minified ES module with Lit inside:
// dist/cdn/cpi.js (all four elements, with feed.json beside it), cpi-section-card.js and
// cpi-register-cta.js (one element each, for pages that need only that one). Then the pinned
// copies, dist/cdn/<version>/ (the scripts only: a pinned script reads the latest feed.json one
// folder up), and dist/cdn/integrity.json, the sha384 of every file for Subresource Integrity.
import {execFileSync} from 'node:child_process';
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
