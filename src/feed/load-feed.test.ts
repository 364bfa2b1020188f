import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {configureFeedLoading, defaultFeedLoadSettings, loadFeed} from './load-feed.js';
import {FeedError} from './feed-error.js';

const url = 'https://feeds.example.com/feed.json';
const good = {version: 1, index: {title: 'T'}, sections: [], register: {url: 'register.html'}};

function answer(...responses: (Response | Error | (() => Promise<Response>))[]) {
  const calls: RequestInit[] = [];
  vi.stubGlobal('fetch', (_input: string, init: RequestInit) => {
    calls.push(init);
    const next = responses.length > 1 ? responses.shift()! : responses[0];
    if (next instanceof Error) return Promise.reject(next);
    if (typeof next === 'function') return next();
    return Promise.resolve(next.clone());
  });
  return calls;
}

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a FeedError');
}

beforeEach(() => {
  configureFeedLoading({retryDelayMs: 1, timeoutMs: 200});
});
afterEach(() => {
  configureFeedLoading(defaultFeedLoadSettings);
  vi.unstubAllGlobals();
});

describe('loadFeed', () => {
  it('fetches without credentials and resolves URLs against the feed URL', async () => {
    const calls = answer(Response.json(good));
    const loaded = await loadFeed(url);
    expect(loaded.feed.register?.url).toBe('https://feeds.example.com/register.html');
    expect(loaded.finalUrl).toBe(url);
    expect(calls).toHaveLength(1);
    expect(calls[0].credentials).toBe('omit');
  });

  it('does not retry a 404, and says what the server answered', async () => {
    const calls = answer(new Response('nope', {status: 404, statusText: 'Not Found'}));
    const error = await failure(loadFeed(url));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(404);
    expect(error.message).toBe(`The feed at ${url} answered HTTP 404 Not Found.`);
    expect(calls).toHaveLength(1);
  });

  it('retries a 503 and then succeeds', async () => {
    const calls = answer(new Response('', {status: 503}), Response.json(good));
    await loadFeed(url);
    expect(calls).toHaveLength(2);
  });

  it('gives up after the bounded number of retries', async () => {
    const calls = answer(new TypeError('Failed to fetch'));
    const error = await failure(loadFeed(url));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/could not be reached.*CORS.*connect-src/);
    expect(calls).toHaveLength(1 + defaultFeedLoadSettings.retries);
  });

  it('does not wait for a Retry-After longer than the limit', async () => {
    const calls = answer(new Response('', {status: 429, headers: {'retry-after': '3600'}}));
    expect((await failure(loadFeed(url))).status).toBe(429);
    expect(calls).toHaveLength(1);
  });

  it('honours a short Retry-After', async () => {
    const calls = answer(
      new Response('', {status: 429, headers: {'retry-after': '0'}}),
      Response.json(good),
    );
    await loadFeed(url);
    expect(calls).toHaveLength(2);
  });

  it('times out a server that never answers', async () => {
    configureFeedLoading({retries: 0, timeoutMs: 50});
    // A server that never answers: fetch settles only when the widget's own timeout aborts it.
    vi.stubGlobal(
      'fetch',
      (_u: string, init: RequestInit) =>
        new Promise((_r, reject) =>
          init.signal?.addEventListener('abort', () => reject(new DOMException('x', 'AbortError'))),
        ),
    );
    const error = await failure(loadFeed(url));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(`The feed at ${url} did not answer within 50 ms.`);
  });

  it.each([
    ['<!doctype html><p>hi', 'is HTML, not JSON'],
    ['', 'is empty'],
    ['{"version": 1, "ind', 'is not valid JSON'],
  ])('names a body that is not JSON (%j)', async (body, words) => {
    answer(new Response(body, {status: 200}));
    const error = await failure(loadFeed(url));
    expect(error.kind).toBe('parse');
    expect(error.message).toContain(words);
  });

  it('reports the wrong shape as a schema error with every problem', async () => {
    answer(Response.json({version: 1, index: {}, sections: {}}));
    const error = await failure(loadFeed(url));
    expect(error.kind).toBe('schema');
    expect(error.problems).toEqual([
      'index.title: missing; it is required',
      'sections: expected a list, got an object',
    ]);
  });

  it('stops reading a body larger than the limit, even when Content-Length is missing', async () => {
    configureFeedLoading({maxBytes: 1000});
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(400).fill(32));
      },
    });
    answer(() => Promise.resolve(new Response(endless)));
    const error = await failure(loadFeed(url));
    expect(error.kind).toBe('parse');
    expect(error.message).toBe(
      `The feed at ${url} is larger than 1 kB, the most the widget reads.`,
    );
    expect(pulled).toBeLessThan(10);
  });

  it('rejects with an AbortError when its signal aborts', async () => {
    answer(Response.json(good));
    const controller = new AbortController();
    controller.abort();
    await expect(loadFeed(url, controller.signal)).rejects.toMatchObject({name: 'AbortError'});
  });
});
