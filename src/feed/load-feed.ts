import type {Feed} from './feed.types.js';
import {abortError, FeedError, isTransient, untilAborted} from './feed-error.js';
import {parseFeed} from './parse-feed.js';

/** How feeds are fetched. Every element on the page uses these; see {@link configureFeedLoading}. */
export interface FeedLoadSettings {
  /** How long one attempt may take before it counts as a timeout, in ms. */
  timeoutMs: number;
  /** How many times a transient failure (network, timeout, 408, 429, 5xx) is tried again. */
  retries: number;
  /** The first retry's delay in ms; each next one doubles, with jitter. */
  retryDelayMs: number;
  /** The longest `Retry-After` honoured, in ms; a server asking for more gets an error instead. */
  maxRetryAfterMs: number;
  /** The largest feed body read, in bytes. */
  maxBytes: number;
}

/** The documented defaults: 10 s per attempt, 2 retries, 1 MB. */
export const defaultFeedLoadSettings: Readonly<FeedLoadSettings> = Object.freeze({
  timeoutMs: 10_000,
  retries: 2,
  retryDelayMs: 500,
  maxRetryAfterMs: 10_000,
  maxBytes: 1_000_000,
});

const settings: FeedLoadSettings = {...defaultFeedLoadSettings};

/** Changes how every element on the page fetches feeds (for pages on slow networks, and tests). */
export function configureFeedLoading(changes: Partial<FeedLoadSettings>): FeedLoadSettings {
  return Object.assign(settings, changes);
}

/** A feed that was fetched, and when it arrived. */
export interface LoadedFeed {
  /** The URL that was asked for. */
  url: string;
  /** The URL that answered, after redirects: the feed's relative links resolved against it. */
  finalUrl: string;
  feed: Feed;
  fetchedAt: number;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal?.addEventListener('abort', stop, {once: true});
  });
}

/** Reads a body as text, stopping as soon as it passes `maxBytes` (Content-Length may lie). */
async function readText(
  response: Response,
  maxBytes: number,
  url: string,
  signal: AbortSignal,
): Promise<string> {
  const tooLarge = () =>
    new FeedError(
      'parse',
      `The feed at ${url} is larger than ${Math.round(maxBytes / 1000)} kB, the most the widget reads.`,
      {url},
    );
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw tooLarge();
  if (!response.body) return untilAborted(response.text(), signal);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const {done, value} = await untilAborted(reader.read(), signal).catch((error: unknown) => {
      reader.cancel().catch(() => {});
      throw error;
    });
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    text += decoder.decode(value, {stream: true});
  }
  return text + decoder.decode();
}

/** The delay a `Retry-After` header asks for, in ms, if it is one. */
function retryAfter(response: Response | undefined): number | undefined {
  const header = response?.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

async function attempt(
  url: string,
  signal: AbortSignal | undefined,
): Promise<{loaded?: LoadedFeed; error?: FeedError; response?: Response}> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), settings.timeoutMs);
  const onAbort = () => timeout.abort();
  signal?.addEventListener('abort', onAbort, {once: true});
  let response: Response | undefined;
  try {
    try {
      // The race, not only the signal, ends a slow attempt: a page's fetch wrapper that drops
      // the second argument would otherwise leave it waiting for ever.
      response = await untilAborted(
        fetch(url, {
          credentials: 'omit',
          mode: 'cors',
          // At most the page's origin: the path and query of the page are the host's business.
          referrerPolicy: 'strict-origin',
          headers: {accept: 'application/json'},
          signal: timeout.signal,
        }),
        timeout.signal,
      );
    } catch (cause) {
      if (signal?.aborted) throw abortError();
      if (timeout.signal.aborted) return {error: timedOut(url)};
      return {
        error: new FeedError(
          'network',
          `The feed at ${url} could not be reached: the network is down, or the feed's server refuses this page (CORS), or the page's CSP connect-src blocks it.`,
          {url, cause},
        ),
      };
    }
    if (!response.ok) {
      return {
        response,
        error: new FeedError(
          'http',
          `The feed at ${url} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
          {url, status: response.status},
        ),
      };
    }
    let text: string;
    try {
      text = await readText(response, settings.maxBytes, url, timeout.signal);
    } catch (cause) {
      if (cause instanceof FeedError) return {error: cause};
      if (signal?.aborted) throw abortError();
      if (timeout.signal.aborted) return {error: timedOut(url)};
      return {
        error: new FeedError('network', `The feed at ${url} was cut off while it was being read.`, {
          url,
          cause,
        }),
      };
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (cause) {
      const what = text.trim()
        ? /^\s*</.test(text)
          ? 'HTML, not JSON'
          : 'not valid JSON'
        : 'empty';
      return {
        error: new FeedError(
          'parse',
          `The feed at ${url} is ${what}. Check the src URL points at the feed's JSON file.`,
          {url, cause},
        ),
      };
    }
    const finalUrl = response.url || url;
    try {
      const feed = parseFeed(raw, {baseUrl: finalUrl});
      return {loaded: {url, finalUrl, feed, fetchedAt: Date.now()}};
    } catch (error) {
      if (error instanceof FeedError) {
        return {
          error: new FeedError(
            'schema',
            `The feed at ${url} is not in the expected format. ${error.message}`,
            {url, problems: error.problems},
          ),
        };
      }
      throw error;
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function timedOut(url: string): FeedError {
  const ms = settings.timeoutMs;
  const limit = ms >= 1000 ? `${Math.round(ms / 100) / 10} seconds` : `${ms} ms`;
  return new FeedError('timeout', `The feed at ${url} did not answer within ${limit}.`, {url});
}

/**
 * Fetches and parses one feed: no credentials, a timeout per attempt, a size limit, and bounded
 * retries with exponential backoff and jitter (honouring `Retry-After`) for transient failures.
 *
 * @throws {FeedError} when the feed cannot be had; a `DOMException` named `AbortError` when `signal` aborts.
 */
export async function loadFeed(url: string, signal?: AbortSignal): Promise<LoadedFeed> {
  for (let tries = 0; ; tries++) {
    if (signal?.aborted) throw abortError();
    const {loaded, error, response} = await attempt(url, signal);
    if (loaded) return loaded;
    const failure = error as FeedError;
    if (!isTransient(failure) || tries >= settings.retries) throw failure;
    const asked = retryAfter(response);
    if (asked !== undefined && asked > settings.maxRetryAfterMs) throw failure;
    const backoff = settings.retryDelayMs * 2 ** tries * (0.5 + Math.random());
    await sleep(asked ?? backoff, signal);
  }
}
