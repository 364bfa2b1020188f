/**
 * Where the official files are published: the base URL of `cpi.js`, `feed.json` and the static
 * site. It is the one setting of a release (README, "Publishing"): the server render resolves the
 * official feed's relative links against it, and `cpi-feed snippet` points at it by default.
 */
export const publishedBase = 'https://creator-program-index.example/';

/** The official feed's public URL. */
export const officialFeedUrl = new URL('cdn/feed.json', publishedBase).href;
