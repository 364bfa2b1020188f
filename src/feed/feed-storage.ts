/**
 * The feed cache's only door to `localStorage`. Reading `window.localStorage` itself can throw
 * (sandboxed iframes, blocked storage) and `setItem` throws when full: every failure here is
 * swallowed, because it may change caching and nothing else.
 */

const prefix = 'cpi:feed:';

/** The storage key of a feed URL. */
export function storageKey(url: string): string {
  return prefix + url;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** What is stored for a feed: its raw JSON (parsed again on read) and when it was fetched. */
export interface StoredFeed {
  fetchedAt: number;
  raw: unknown;
}

/** The stored copy of a feed, if there is a readable one. */
export function readStoredFeed(url: string): StoredFeed | undefined {
  try {
    const text = storage()?.getItem(storageKey(url));
    if (!text) return undefined;
    const value = JSON.parse(text) as Partial<StoredFeed>;
    return typeof value.fetchedAt === 'number' && value.raw !== undefined
      ? {fetchedAt: value.fetchedAt, raw: value.raw}
      : undefined;
  } catch {
    return undefined;
  }
}

/** Stores a feed's last good copy; returns whether it was stored. */
export function writeStoredFeed(url: string, stored: StoredFeed): boolean {
  try {
    const s = storage();
    if (!s) return false;
    s.setItem(storageKey(url), JSON.stringify(stored));
    return true;
  } catch {
    return false;
  }
}
