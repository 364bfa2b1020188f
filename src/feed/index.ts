/**
 * The feed's public surface (`creator-program-index/feed`): its types, the parser and its error,
 * and the settings of feed loading. Everything else in this folder is internal.
 */
export type * from './feed.types.js';
export type {KnownStatus, StatusDefinition} from './statuses.js';
export {FeedError, type FeedErrorKind, type FeedErrorOptions} from './feed-error.js';
export {parseFeed, type ParseFeedOptions} from './parse-feed.js';
export {configureFeedLoading, defaultFeedLoadSettings, type FeedLoadSettings} from './load-feed.js';
export type {CacheMode} from './feed-store.js';
