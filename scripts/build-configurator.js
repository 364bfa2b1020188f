// Writes the configurator into the static site: dist/site/configure/ (index.html, its script, its
// worker and its styles), pointing at the published CDN and site (src/published.ts), or at
// `--base URL` (the site) and `--cdn URL` when given.
//   node scripts/build-configurator.js [--out dist/site] [--base URL] [--cdn URL]
import {mkdirSync, writeFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {bundleConfigurator, configuratorPage} from './configurator.js';

const published = 'https://creator-program-index.example/';
const {values} = parseArgs({
  options: {out: {type: 'string'}, base: {type: 'string'}, cdn: {type: 'string'}},
});
const site = values.base ?? published;
const cdn = values.cdn ?? new URL('cdn/', site).href;
const out = new URL(`${values.out ?? 'dist/site'}/configure/`, new URL('../', import.meta.url));
mkdirSync(out, {recursive: true});
const {page, worker, css} = await bundleConfigurator();
writeFileSync(new URL('configure.js', out), page);
writeFileSync(new URL('snippet-worker.js', out), worker);
writeFileSync(new URL('configure.css', out), css);
writeFileSync(
  new URL('index.html', out),
  configuratorPage({cdn, site, feed: new URL('feed.json', cdn).href, assets: './'}),
);
console.log(`configurator: ${out.pathname}`);
