import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {cachedFeed, clearFeedMemory, requestFeed} from './feed-store.js';
import {configureFeedLoading, defaultFeedLoadSettings} from './load-feed.js';
import {storageKey} from './feed-storage.js';

const good = {version: 1, index: {title: 'T'}, sections: [{id: 'a', title: 'A', status: 'live'}]};
let n = 0;
let url: string;

class MemoryStorage {
  items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** A fetch that answers when `release()` is called, counting requests and aborts. */
function heldFetch() {
  const state = {requests: 0, aborts: 0, release: () => {}};
  vi.stubGlobal('fetch', (_u: string, init: RequestInit) => {
    state.requests++;
    return new Promise<Response>((resolve, reject) => {
      state.release = () => resolve(Response.json(good));
      init.signal?.addEventListener('abort', () => {
        state.aborts++;
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
  });
  return state;
}

beforeEach(() => {
  url = `https://feeds.example.com/${++n}.json`;
  configureFeedLoading({retryDelayMs: 1});
});
afterEach(() => {
  configureFeedLoading(defaultFeedLoadSettings);
  vi.unstubAllGlobals();
  clearFeedMemory();
});

describe('requestFeed', () => {
  it('shares one request among every caller of the same URL', async () => {
    const net = heldFetch();
    const waits = Array.from({length: 22}, () => requestFeed(url));
    net.release();
    const entries = await Promise.all(waits);
    expect(net.requests).toBe(1);
    expect(new Set(entries.map((e) => e.feed)).size).toBe(1);
    await requestFeed(url);
    expect(net.requests).toBe(1);
  });

  it('keeps the request going while another caller still waits', async () => {
    const net = heldFetch();
    const leaving = new AbortController();
    const first = requestFeed(url, {signal: leaving.signal});
    const second = requestFeed(url);
    leaving.abort();
    await expect(first).rejects.toMatchObject({name: 'AbortError'});
    net.release();
    expect((await second).feed.index.title).toBe('T');
    expect(net.aborts).toBe(0);
  });

  it('aborts the request when every caller has left', async () => {
    const net = heldFetch();
    const a = new AbortController();
    const b = new AbortController();
    const waits = [requestFeed(url, {signal: a.signal}), requestFeed(url, {signal: b.signal})];
    a.abort();
    b.abort();
    await Promise.allSettled(waits);
    expect(net.aborts).toBe(1);
  });

  it('fetches again when forced', async () => {
    const net = heldFetch();
    const first = requestFeed(url);
    net.release();
    await first;
    const again = requestFeed(url, {force: true});
    net.release();
    await again;
    expect(net.requests).toBe(2);
  });
});

describe('the storage cache', () => {
  let storage: MemoryStorage;
  beforeEach(() => {
    storage = new MemoryStorage();
    vi.stubGlobal('localStorage', storage);
  });

  it('stores the last good copy under one namespaced key, and reads it back checked', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(Response.json(good)));
    const fetched = await requestFeed(url);
    expect([...storage.items.keys()]).toEqual([storageKey(url)]);
    expect(storageKey(url)).toBe(`cpi:feed:${url}`);
    clearFeedMemory();
    const stored = cachedFeed(url);
    expect(stored?.fresh).toBe(false);
    expect(stored?.fetchedAt).toBe(fetched.fetchedAt);
    expect(stored?.feed.sections[0].id).toBe('a');
  });

  it('stores nothing for a caller that asked for memory only', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(Response.json(good)));
    await requestFeed(url, {cache: 'memory'});
    expect(storage.items.size).toBe(0);
    expect(cachedFeed(url, 'memory')?.fresh).toBe(true);
  });

  it('ignores a stored copy that is broken or hostile', () => {
    storage.setItem(storageKey(url), '{"fetchedAt": 1, "raw": {"version": 1}}');
    expect(cachedFeed(url)).toBeUndefined();
    storage.setItem(storageKey(url), 'not json');
    expect(cachedFeed(url)).toBeUndefined();
  });

  it('works on when storage throws on every access', async () => {
    vi.stubGlobal('localStorage', {
      getItem() {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem() {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    vi.stubGlobal('fetch', () => Promise.resolve(Response.json(good)));
    expect(cachedFeed(url)).toBeUndefined();
    expect((await requestFeed(url)).feed.index.title).toBe('T');
  });
});
