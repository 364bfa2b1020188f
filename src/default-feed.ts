import {officialFeedUrl} from './published.js';

/**
 * Where an element without `src` gets its feed: `beside` this module (the CDN build, where
 * `feed.json` is published next to `cpi.js`, and the sources in the dev server and the tests), or
 * `published`: the official feed's public URL (src/published.ts), which the npm build sets here
 * (scripts/copy-feed.js), because no bundler emits a JSON file beside a module it bundles, and a
 * copy frozen in a package would never change.
 */
export const defaultFeedSource: 'beside' | 'published' = 'beside';

/** The URL of the official feed for an element without `src`. */
export function defaultFeedUrl(): string {
  if (defaultFeedSource === 'published') return officialFeedUrl;
  // A pinned script (`…/0.2.0/cpi.js`) never changes, but the feed does: it reads the latest
  // feed, one folder up. A variable, not a literal: bundlers rewrite
  // `new URL('literal', import.meta.url)` into an inlined asset, and the feed must stay a separate
  // file that the publisher can update.
  const file = /\/\d+\.\d+\.\d+[^/]*\/[^/]+$/.test(import.meta.url) ? '../feed.json' : 'feed.json';
  return new URL(file, import.meta.url).href;
}
