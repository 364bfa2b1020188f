import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {Task, TaskStatus} from '@lit/task';
import {abortError, anySignal, FeedError, isAbort} from '../feed/feed-error.js';
import {parseFeed} from '../feed/parse-feed.js';
import {
  cachedFeed,
  onFeedRetry,
  requestFeed,
  retryFeed,
  type CacheMode,
  type FeedEntry,
} from '../feed/feed-store.js';
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

/** A copy of the feed and the source it came from (a URL, `feed` or `inline`). */
type Kept = {source: string; entry: FeedEntry};

const inlineSelector = ':scope > script[type="application/json"]:not([data-cpi-snapshot])';
const snapshotSelector = ':scope > script[type="application/json"][data-cpi-snapshot]';

/**
 * What a server render leaves beside the element it rendered: the feed it showed, from which
 * `src` (empty for the official feed) and when, so that the element can show the same thing at
 * once and keep it, with its age, if the feed cannot be had.
 */
export interface FeedSnapshot {
  src: string;
  fetchedAt: number;
  feed: unknown;
}

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
 * while the fresh one loads, and the last good copy of the same source after a failure.
 */
export class FeedController implements ReactiveController {
  private readonly _host: FeedSourceHost;
  private _reloads = 0;
  private _ranReloads = 0;
  /** Aborts this element's wait when it leaves the page (a Task is not aborted on disconnect). */
  private _leave = new AbortController();
  /** A stored or earlier copy of the feed being loaded, shown while it loads. */
  private _copy?: Kept;
  /** The last copy this element showed successfully, and its source. */
  private _last?: Kept;
  /** The source of the run under way. */
  private _source?: string;
  private _children?: MutationObserver;
  /** The copy a server render left (see {@link FeedSnapshot}), read once. */
  private _snapshot?: Kept | null;
  /** On the server: the feed property, parsed, and the value it was parsed from. */
  private _server?: {from: unknown; entry: FeedEntry | undefined};
  private _stopRetries?: () => void;
  private _task: Task<Args, FeedEntry>;
  /** The copy the host's last update showed. */
  private _shown?: FeedEntry;

  constructor(host: FeedSourceHost) {
    this._host = host;
    host.addController(this);
    // The task asks its host for an update when it starts and when it ends. It can end with the
    // very copy the last update showed (a feed given as a property or inline, parsed before the
    // first render; a copy this page already has): rendering that again would change nothing.
    const taskHost: ReactiveControllerHost = {
      addController: (controller) => host.addController(controller),
      removeController: (controller) => host.removeController(controller),
      requestUpdate: () => {
        const task = this._task;
        if (task?.status !== TaskStatus.COMPLETE || task.value !== this._shown)
          host.requestUpdate();
      },
      get updateComplete() {
        return host.updateComplete;
      },
    };
    this._task = new Task<Args, FeedEntry>(taskHost, {
      args: () =>
        [this._url(), host.feed, this._inline(), this._cacheMode(), this._reloads] as const,
      task: (args, {signal}) => this._get(args, signal),
      onComplete: (entry) => {
        this._last = {source: this._source ?? '', entry};
        host.dispatchEvent(new CpiFeedLoadEvent(entry.url, entry.feed.sections.length));
      },
      onError: (error) => {
        if (isAbort(error)) return;
        const e = asFeedError(error);
        // Readers see two plain sentences; the developer's detail goes to the console and the event.
        console.warn(`<${host.localName}>: ${e.message}`);
        host.dispatchEvent(new CpiFeedErrorEvent(e.kind, e.message, e.status, e.url));
      },
    });
  }

  hostConnected(): void {
    // Streamed HTML: the inline feed may arrive after the element has upgraded.
    this._children = new MutationObserver(() => this._host.requestUpdate());
    this._children.observe(this._host, {childList: true});
    this._stopRetries = onFeedRetry((url) => {
      if (url === this._source) this._reloadOwn();
    });
    if (this._leave.signal.aborted) {
      this._leave = new AbortController();
      // The run that was under way when the element left was abandoned: start again.
      if (this._task.status === TaskStatus.PENDING || isAbort(this._task.error))
        void this._task.run();
    }
  }

  hostUpdated(): void {
    this._shown = this.entry;
  }

  hostDisconnected(): void {
    this._leave.abort();
    this._children?.disconnect();
    this._stopRetries?.();
  }

  /** The copy the reader should see now, if there is one. */
  get entry(): FeedEntry | undefined {
    // No task runs on the server: the feed given as a property is all there is.
    if (isServer) return this._serverEntry();
    if (this._task.status === TaskStatus.COMPLETE) return this._task.value;
    const source = this._source;
    // A copy of another source (the previous `src`) is never shown as this one's.
    return [this._copy, this._last].find((kept) => kept && kept.source === source)?.entry;
  }

  /** The copy a server render left beside the element, while the element shows it. */
  get snapshot(): FeedEntry | undefined {
    return this._snapshot?.entry;
  }

  /** Why the latest load failed, while it stands. */
  get error(): FeedError | undefined {
    const {status, error} = this._task;
    return status === TaskStatus.ERROR && !isAbort(error) ? asFeedError(error) : undefined;
  }

  /**
   * Loads the feed again from the network, even if this page already has it; every other
   * element showing the same feed tries again with it.
   */
  reload(): void {
    const source = this._source;
    if (source && source !== 'feed' && source !== 'inline') retryFeed(source);
    else this._reloadOwn();
  }

  private _serverEntry(): FeedEntry | undefined {
    const from = this._host.feed;
    if (this._server?.from !== from) {
      const feed =
        from == null ? undefined : parseFeed(from, {baseUrl: 'https://invalid.invalid/'});
      this._server = {from, entry: feed && {feed, fetchedAt: 0, fresh: true}};
    }
    return this._server?.entry;
  }

  /** The server render's copy, if it is of the feed this element shows now. */
  private _readSnapshot(url: string): Kept | undefined {
    if (this._snapshot === undefined) {
      this._snapshot = null;
      const text = this._host.querySelector(snapshotSelector)?.textContent;
      try {
        const {src, fetchedAt, feed} = JSON.parse(text ?? 'null') as FeedSnapshot;
        const time = Math.min(Number(fetchedAt), Date.now());
        if (Number.isFinite(time) && time > 0) {
          const entry = {feed: parseFeed(feed, {baseUrl: url}), fetchedAt: time, fresh: false};
          this._snapshot = {source: String(src ?? ''), entry};
        }
      } catch {
        // No snapshot, or one that cannot be read: the element loads as if there were none.
      }
    }
    const snapshot = this._snapshot;
    return snapshot && snapshot.source === (this._host.src?.trim() ?? '') ? snapshot : undefined;
  }

  private _reloadOwn(): void {
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
    return this._host.querySelector(inlineSelector)?.textContent ?? undefined;
  }

  private _cacheMode(): CacheMode {
    // An unknown value keeps the feed in memory only: when in doubt, store nothing.
    const cache = this._host.cache;
    return cache == null || cache === 'storage' ? 'storage' : 'memory';
  }

  /**
   * While the parser may still be writing this element's children (the document is loading and
   * nothing follows the element yet), an inline feed may still come: wait for it or for the end
   * of parsing before falling back to a URL.
   */
  private _childrenComplete(signal: AbortSignal): Promise<void> | undefined {
    const host = this._host;
    if (document.readyState !== 'loading' || host.src || host.nextSibling) return undefined;
    return new Promise<void>((resolve, reject) => {
      const done = () => {
        document.removeEventListener('DOMContentLoaded', done);
        signal.removeEventListener('abort', stop);
        resolve();
      };
      const stop = () => {
        done();
        reject(abortError());
      };
      document.addEventListener('DOMContentLoaded', done);
      signal.addEventListener('abort', stop, {once: true});
    });
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
      this._source = 'feed';
      const entry = {feed: parseFeed(feed, {baseUrl: document.baseURI}), fetchedAt: Date.now()};
      return (this._copy = {source: 'feed', entry: {...entry, fresh: true}}).entry;
    }
    if (inline !== undefined) {
      this._source = 'inline';
      let raw: unknown;
      try {
        raw = JSON.parse(inline);
      } catch (cause) {
        throw new FeedError(
          'parse',
          'The inline feed (<script type="application/json">) is not valid JSON.',
          {cause},
        );
      }
      const entry = {feed: parseFeed(raw, {baseUrl: document.baseURI}), fetchedAt: Date.now()};
      return (this._copy = {source: 'inline', entry: {...entry, fresh: true}}).entry;
    }
    this._source = url;
    const waiting = this._childrenComplete(signal);
    if (waiting) {
      await waiting;
      // An inline feed arrived meanwhile: the run it starts shows it, and this one ends here.
      if (this._inline() !== undefined) throw abortError();
    }
    if (!url || !/^https?:/i.test(url)) {
      throw new FeedError(
        'network',
        `src="${this._host.src}" is not an http or https URL: no feed can be fetched from it.`,
      );
    }
    // Runs before the first await, so the render that shows "loading" can already show this copy:
    // the newer of the stored copy and the one a server render left beside the element.
    const stored = cachedFeed(url, cache);
    const snapshot = this._readSnapshot(url);
    this._copy =
      snapshot && !(stored && stored.fetchedAt > snapshot.entry.fetchedAt)
        ? {source: url, entry: snapshot.entry}
        : stored && {source: url, entry: stored};
    return requestFeed(url, {signal: anySignal([signal, this._leave.signal]), cache, force});
  }
}
