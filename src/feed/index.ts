export type * from './feed.types.js';
export {knownStatuses} from './feed.types.js';
export {FeedError, isTransient, type FeedErrorKind, type FeedErrorOptions} from './feed-error.js';
export {parseFeed, textLimits, type ParseFeedOptions} from './parse-feed.js';
export {safeUrl, withPartner, partnerParams, allowedProtocols} from './urls.js';
export {
  countFigures,
  formatConversations,
  formatUpdated,
  formatAge,
  sectionFacts,
  closestIds,
  type IndexFigures,
} from './format.js';
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
  clearFeedMemory,
  type CacheMode,
  type FeedEntry,
  type RequestFeedOptions,
} from './feed-store.js';
export {storageKey} from './feed-storage.js';
