import type {FeedErrorKind} from '../feed/feed-error.js';

/**
 * Fired when an element cannot show what was asked: the feed failed to load or parse (the reader
 * keeps seeing the last good copy, if there is one), or a `section` id is not in the feed.
 */
export class CpiFeedErrorEvent extends Event {
  static readonly eventName = 'cpi-feed-error';
  /** `network`, `http`, `timeout`, `parse` or `schema`. */
  readonly kind: FeedErrorKind;
  /** The HTTP status, for kind `http`. */
  readonly status: number | undefined;
  /** What went wrong, in words a partner can act on. */
  readonly message: string;
  /** The feed's URL, where it came from the network. */
  readonly url: string | undefined;

  constructor(kind: FeedErrorKind, message: string, status?: number, url?: string) {
    super(CpiFeedErrorEvent.eventName, {bubbles: true, composed: true});
    this.kind = kind;
    this.message = message;
    this.status = status;
    this.url = url;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cpi-feed-error': CpiFeedErrorEvent;
  }
}
