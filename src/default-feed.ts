/**
 * The URL of the official feed, published beside this module: `dist/feed.json` in the npm
 * package, `feed.json` beside `cpi.js` on the CDN.
 */
export function defaultFeedUrl(): string {
  // A variable, not a literal: bundlers rewrite `new URL('literal', import.meta.url)` into an
  // inlined asset, and the feed must stay a separate file that the publisher can update.
  const file = 'feed.json';
  return new URL(file, import.meta.url).href;
}
