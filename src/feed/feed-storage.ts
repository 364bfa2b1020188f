/**
 * The feed cache's only door to `localStorage`, which belongs to the host page. Reading
 * `window.localStorage` itself can throw (sandboxed iframes, blocked storage) and `setItem`
 * throws when full: every failure here is swallowed, because it may change caching and nothing
 * else. What is stored stays small and bounded:
 *
 * - one key per feed, `cpi:feed:<url>` (the URL without its fragment or an empty query);
 * - only the parsed fields the widget shows, never the raw feed (unknown fields, padding);
 * - all our entries together under {@link storageBudget}: at most 8 feeds and 256 K characters
 *   of JSON; the least recently used (last stored) go first;
 * - a write that fails removes our oldest entries and tries again, and gives up by removing its
 *   own copy: the host is never left with less room than before it ran;
 * - `cache="memory"` removes the stored copy of its feed.
 */
import type {Feed} from './feed.types.js';

const prefix = 'cpi:feed:';

/** How much of the host's storage the feed cache may take, all feeds together. */
export const storageBudget = Object.freeze({
  /** Feeds kept at most. */
  maxFeeds: 8,
  /** Characters of keys and JSON values together (about 512 KB as browsers count UTF-16). */
  maxChars: 256 * 1024,
});

/** A feed URL as a cache key sees it: no fragment, no empty `?`. */
export function normalizeFeedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    if (!parsed.search) parsed.search = '';
    return parsed.href;
  } catch {
    return url;
  }
}

/** The storage key of a feed URL. */
export function storageKey(url: string): string {
  return prefix + normalizeFeedUrl(url);
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** What is stored for a feed: its parsed fields, the URL that answered, and when. */
export interface StoredFeed {
  /** When it was fetched (ms since the epoch). */
  fetchedAt: number;
  /** The URL that answered, after redirects: the links in `feed` are already resolved. */
  finalUrl: string;
  /** The feed's parsed fields, as the widget shows them (checked again when read). */
  feed: Omit<Feed, 'warnings'>;
}

/** A stored time is usable when it is a real time that is not in the future (a minute's slack). */
function plausibleTime(time: unknown): time is number {
  return (
    typeof time === 'number' && Number.isFinite(time) && time > 0 && time <= Date.now() + 60_000
  );
}

/** The stored copy of a feed, if there is a readable one; an unreadable one is removed. */
export function readStoredFeed(url: string): StoredFeed | undefined {
  const s = storage();
  const key = storageKey(url);
  try {
    const text = s?.getItem(key);
    if (!text) return undefined;
    const value: unknown = JSON.parse(text);
    const {fetchedAt, finalUrl, feed} = (value ?? {}) as Partial<StoredFeed>;
    if (plausibleTime(fetchedAt) && typeof finalUrl === 'string' && feed) {
      return {fetchedAt, finalUrl, feed};
    }
  } catch {
    // Unreadable JSON: fall through and remove it.
  }
  removeStoredFeed(url);
  return undefined;
}

/** Our entries in storage: key, size in characters, and when each was stored. */
function ownEntries(s: Storage): {key: string; size: number; storedAt: number}[] {
  const entries = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (!key?.startsWith(prefix)) continue;
    const text = s.getItem(key) ?? '';
    let storedAt = 0;
    try {
      const value = JSON.parse(text) as {storedAt?: unknown};
      storedAt = plausibleTime(value.storedAt) ? value.storedAt : 0;
    } catch {
      // An unreadable entry is the first to go.
    }
    entries.push({key, size: key.length + text.length, storedAt});
  }
  return entries;
}

/**
 * Stores a feed's last good copy within the budget, evicting our least recently stored entries
 * first; returns whether it was stored.
 */
export function writeStoredFeed(url: string, stored: StoredFeed): boolean {
  const s = storage();
  if (!s) return false;
  const key = storageKey(url);
  try {
    const text = JSON.stringify({...stored, storedAt: Date.now()});
    const size = key.length + text.length;
    if (size > storageBudget.maxChars) {
      s.removeItem(key);
      return false;
    }
    const others = ownEntries(s)
      .filter((entry) => entry.key !== key)
      .sort((a, b) => b.storedAt - a.storedAt);
    const kept: string[] = [];
    let total = size;
    for (const entry of others) {
      if (
        kept.length + 1 < storageBudget.maxFeeds &&
        total + entry.size <= storageBudget.maxChars
      ) {
        kept.push(entry.key);
        total += entry.size;
      } else {
        s.removeItem(entry.key);
      }
    }
    for (;;) {
      try {
        s.setItem(key, text);
        return true;
      } catch {
        // The host's storage is full: give way, oldest of ours first, and in the end our own copy.
        const oldest = kept.pop();
        if (oldest === undefined) {
          s.removeItem(key);
          return false;
        }
        s.removeItem(oldest);
      }
    }
  } catch {
    return false;
  }
}

/** Removes the stored copy of a feed, if there is one. */
export function removeStoredFeed(url: string): void {
  try {
    storage()?.removeItem(storageKey(url));
  } catch {
    // Storage that cannot be reached holds nothing of ours to remove.
  }
}
