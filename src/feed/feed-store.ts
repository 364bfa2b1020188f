import type {Feed} from './feed.types.js';
import {loadFeed} from './load-feed.js';
import {abortError} from './feed-error.js';
import {parseFeed} from './parse-feed.js';
import {readStoredFeed, removeStoredFeed, writeStoredFeed} from './feed-storage.js';
import {shownPart} from './shown-part.js';

/**
 * Where a feed's last good copy is kept: `storage` (the page's localStorage, across visits, and
 * memory) or `memory` (for the life of the page only).
 */
export type CacheMode = 'storage' | 'memory';

/** A usable copy of a feed. */
export interface FeedEntry {
  /** The feed's URL; absent for a feed given as a property or inline. */
  url?: string;
  feed: Feed;
  /** When this copy was fetched (ms since the epoch). */
  fetchedAt: number;
  /** True when it was fetched during this page's life; false for a copy read back from storage. */
  fresh: boolean;
}

/** Options of {@link requestFeed}. */
export interface RequestFeedOptions {
  /** Aborts this caller's wait; the shared request goes on while another caller still waits. */
  signal?: AbortSignal;
  cache?: CacheMode;
  /** Fetch again even if this page already has a fresh copy (the Retry button). */
  force?: boolean;
}

interface SharedRequest {
  promise: Promise<FeedEntry>;
  controller: AbortController;
  waiters: number;
  memoryOnly: boolean;
}

const memory = new Map<string, FeedEntry>();
const inflight = new Map<string, SharedRequest>();

/**
 * The best copy of a feed this page has without asking the network: one fetched earlier on this
 * page, else (with `cache: 'storage'`) the one stored on an earlier visit, checked again.
 */
export function cachedFeed(url: string, cache: CacheMode = 'storage'): FeedEntry | undefined {
  const known = memory.get(url);
  if (known || cache !== 'storage') return known;
  const stored = readStoredFeed(url);
  if (!stored) return undefined;
  try {
    // Checked again: storage is the host's, and anything may have written there.
    const feed = parseFeed(stored.feed, {baseUrl: stored.finalUrl});
    return {url, feed, fetchedAt: stored.fetchedAt, fresh: false};
  } catch {
    removeStoredFeed(url);
    return undefined;
  }
}

/**
 * Gets a feed for one caller. Every caller on the page that asks for the same URL shares one
 * request and one parse; a copy fetched earlier on this page is reused without a request.
 * A fetched feed is kept in memory and, unless any caller asked for `memory`, in storage.
 */
export function requestFeed(url: string, options: RequestFeedOptions = {}): Promise<FeedEntry> {
  const {signal, cache = 'storage', force = false} = options;
  // The page asked to keep nothing: its stored copy goes now, not only the next one.
  if (cache === 'memory') removeStoredFeed(url);
  const known = memory.get(url);
  if (known?.fresh && !force) return Promise.resolve(known);
  if (signal?.aborted) return Promise.reject(abortError());

  let shared = inflight.get(url);
  if (!shared) {
    const controller = new AbortController();
    const request: SharedRequest = {controller, waiters: 0, memoryOnly: false, promise: undefined!};
    request.promise = loadFeed(url, controller.signal)
      .then((loaded) => {
        const entry: FeedEntry = {url, feed: loaded.feed, fetchedAt: loaded.fetchedAt, fresh: true};
        memory.set(url, entry);
        if (!request.memoryOnly) {
          // What the index shows: everything but the warnings.
          const feed = shownPart(loaded.feed, 'index');
          writeStoredFeed(url, {fetchedAt: loaded.fetchedAt, finalUrl: loaded.finalUrl, feed});
        }
        return entry;
      })
      .finally(() => {
        if (inflight.get(url) === request) inflight.delete(url);
      });
    // Every caller may have left before it settles; nobody must see an unhandled rejection then.
    request.promise.catch(() => {});
    inflight.set(url, request);
    shared = request;
  }
  const request = shared;
  request.waiters++;
  if (cache === 'memory') request.memoryOnly = true;

  return new Promise<FeedEntry>((resolve, reject) => {
    let waiting = true;
    const leave = () => {
      waiting = false;
      request.waiters--;
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      if (!waiting) return;
      leave();
      if (request.waiters === 0) {
        request.controller.abort();
        if (inflight.get(url) === request) inflight.delete(url);
      }
      reject(abortError());
    };
    signal?.addEventListener('abort', abort, {once: true});
    request.promise.then(
      (entry) => {
        if (!waiting) return;
        leave();
        resolve(entry);
      },
      (error: unknown) => {
        if (!waiting) return;
        leave();
        reject(error);
      },
    );
  });
}

/** Forgets every feed this page fetched, so the next request goes to the network. */
export function clearFeedMemory(): void {
  memory.clear();
}

const retryListeners = new Set<(url: string) => void>();

/**
 * Calls `listener` whenever a reader asks to retry a feed ({@link retryFeed}), so that one Retry
 * brings back every element waiting on the same failing feed. Returns a function that stops it.
 */
export function onFeedRetry(listener: (url: string) => void): () => void {
  retryListeners.add(listener);
  return () => retryListeners.delete(listener);
}

/** Tells every listener of {@link onFeedRetry} that the reader asked to retry `url`. */
export function retryFeed(url: string): void {
  retryListeners.forEach((listener) => listener(url));
}
