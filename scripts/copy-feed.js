// Publishes the official feed beside the npm modules (dist/feed.json), where
// src/default-feed.ts looks for it.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';

const feed = JSON.parse(readFileSync(new URL('../feed.json', import.meta.url), 'utf8'));
mkdirSync(new URL('../dist/', import.meta.url), {recursive: true});
writeFileSync(new URL('../dist/feed.json', import.meta.url), JSON.stringify(feed));
