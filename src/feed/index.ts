export type * from './feed.types.js';
export {
  statuses,
  knownStatuses,
  statusDefinition,
  statusLabel,
  type KnownStatus,
  type StatusDefinition,
} from './statuses.js';
export {FeedError, isTransient, type FeedErrorKind, type FeedErrorOptions} from './feed-error.js';
export {parseFeed, textLimits, type ParseFeedOptions} from './parse-feed.js';
export {safeUrl, withPartner, partnerParams, allowedProtocols} from './urls.js';
export {countFigures, type IndexFigures} from './figures.js';
export {closestIds} from './closest-ids.js';
export {
  loadFeed,
  configureFeedLoading,
  defaultFeedLoadSettings,
  type FeedLoadSettings,
  type LoadedFeed,
} from './load-feed.js';
export {
  requestFeed,
  cachedFeed,
  retryFeed,
  clearFeedMemory,
  type CacheMode,
  type FeedEntry,
  type RequestFeedOptions,
} from './feed-store.js';
export {storageKey, storageBudget, normalizeFeedUrl} from './feed-storage.js';
