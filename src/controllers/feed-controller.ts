import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {Task, TaskStatus} from '@lit/task';
import {FeedError, isAbort} from '../feed/feed-error.js';
import {parseFeed} from '../feed/parse-feed.js';
import {cachedFeed, requestFeed, type CacheMode, type FeedEntry} from '../feed/feed-store.js';
import {defaultFeedUrl} from '../default-feed.js';
import {CpiFeedLoadEvent} from '../events/cpi-feed-load-event.js';
import {CpiFeedErrorEvent} from '../events/cpi-feed-error-event.js';

/** The inputs every feed-showing element has. */
export interface FeedSourceHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null;
  feed?: unknown;
  cache?: string | null;
}

type Args = readonly [
  url: string | undefined,
  feed: unknown,
  inline: string | undefined,
  cache: CacheMode,
  reloads: number,
];

function asFeedError(error: unknown): FeedError {
  if (error instanceof FeedError) return error;
  return new FeedError(
    'parse',
    `The feed could not be read: ${error instanceof Error ? error.message : String(error)}`,
    {cause: error},
  );
}

/**
 * Gets an element its feed, from (in this order) the `feed` property, an inline
 * `<script type="application/json">` child, the `src` attribute, or the official feed published
 * beside the script, and keeps what the reader should see through every state: a stored copy
 * while the fresh one loads, and the last good copy after a failure.
 */
export class FeedController implements ReactiveController {
  private readonly _host: FeedSourceHost;
  private _reloads = 0;
  private _ranReloads = 0;
  /** Aborts this element's wait when it leaves the page (a Task is not aborted on disconnect). */
  private _leave = new AbortController();
  /** A stored or earlier copy of the feed being loaded, shown while it loads. */
  private _copy?: FeedEntry;
  /** The last feed this element showed successfully, from any source. */
  private _last?: FeedEntry;
  private _task: Task<Args, FeedEntry>;

  constructor(host: FeedSourceHost) {
    this._host = host;
    host.addController(this);
    this._task = new Task<Args, FeedEntry>(host, {
      args: () =>
        [this._url(), host.feed, this._inline(), this._cacheMode(), this._reloads] as const,
      task: (args, {signal}) => this._get(args, signal),
      onComplete: (entry) => {
        this._last = entry;
        host.dispatchEvent(new CpiFeedLoadEvent(entry.url, entry.feed.sections.length));
      },
      onError: (error) => {
        if (isAbort(error)) return;
        const e = asFeedError(error);
        host.dispatchEvent(new CpiFeedErrorEvent(e.kind, e.message, e.status, e.url));
      },
    });
  }

  hostConnected(): void {
    if (this._leave.signal.aborted) {
      this._leave = new AbortController();
      // The run that was under way when the element left was abandoned: start again.
      if (this._task.status === TaskStatus.PENDING || isAbort(this._task.error))
        void this._task.run();
    }
  }

  hostDisconnected(): void {
    this._leave.abort();
  }

  /** The copy the reader should see now, if there is one. */
  get entry(): FeedEntry | undefined {
    if (this._task.status === TaskStatus.COMPLETE) return this._task.value;
    return this._copy ?? this._last;
  }

  /** Why the latest load failed, while it stands. */
  get error(): FeedError | undefined {
    const {status, error} = this._task;
    return status === TaskStatus.ERROR && !isAbort(error) ? asFeedError(error) : undefined;
  }

  /** Loads the feed again from the network, even if this page already has it. */
  reload(): void {
    this._reloads++;
    this._host.requestUpdate();
  }

  private _url(): string | undefined {
    const src = this._host.src?.trim();
    if (!src) return defaultFeedUrl();
    try {
      return new URL(src, document.baseURI).href;
    } catch {
      return src;
    }
  }

  private _inline(): string | undefined {
    return (
      this._host.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined
    );
  }

  private _cacheMode(): CacheMode {
    // An unknown value keeps the feed in memory only: when in doubt, store nothing.
    const cache = this._host.cache;
    return cache == null || cache === 'storage' ? 'storage' : 'memory';
  }

  private async _get(
    [url, feed, inline, cache, reloads]: Args,
    signal: AbortSignal,
  ): Promise<FeedEntry> {
    const force = reloads !== this._ranReloads;
    this._ranReloads = reloads;
    this._copy = undefined;
    // A feed given as an object or inline is parsed now, before the first await, and kept as the
    // copy to show: the render that reports "loading" already shows it, with no skeleton between.
    if (feed !== undefined && feed !== null) {
      return (this._copy = {
        feed: parseFeed(feed, {baseUrl: document.baseURI}),
        fetchedAt: Date.now(),
        fresh: true,
      });
    }
    if (inline !== undefined) {
      let raw: unknown;
      try {
        raw = JSON.parse(inline);
      } catch (cause) {
        throw new FeedError(
          'parse',
          'The inline feed (the <script type="application/json"> inside the element) is not valid JSON.',
          {cause},
        );
      }
      return (this._copy = {
        feed: parseFeed(raw, {baseUrl: document.baseURI}),
        fetchedAt: Date.now(),
        fresh: true,
      });
    }
    if (!url || !/^https?:/i.test(url)) {
      throw new FeedError(
        'network',
        `The src "${this._host.src}" is not an http or https URL, so no feed can be fetched from it.`,
      );
    }
    // Runs before the first await, so the render that shows "loading" can already show this copy.
    this._copy = cachedFeed(url, cache);
    const leave = this._leave.signal;
    return requestFeed(url, {signal: AbortSignal.any([signal, leave]), cache, force});
  }
}
