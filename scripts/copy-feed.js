// After tsc: publishes the official feed beside the npm modules (dist/feed.json, for the server
// entry and the command line), and makes the npm build's elements fetch the official feed from
// its public URL (src/published.ts) rather than from beside the module, where no bundler puts it.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const feed = JSON.parse(readFileSync(new URL('../feed.json', import.meta.url), 'utf8'));
mkdirSync(dist, {recursive: true});
writeFileSync(new URL('feed.json', dist), JSON.stringify(feed));

const module = new URL('default-feed.js', dist);
const source = readFileSync(module, 'utf8');
const beside = "defaultFeedSource = 'beside'";
if (!source.includes(beside)) throw new Error(`dist/default-feed.js no longer says ${beside}`);
writeFileSync(module, source.replace(beside, "defaultFeedSource = 'published'"));
