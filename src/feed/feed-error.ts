/** What went wrong while getting a feed; the same words as the `cpi-feed-error` event's `kind`. */
export type FeedErrorKind = 'network' | 'http' | 'timeout' | 'parse' | 'schema';

/** Options of a {@link FeedError}. */
export interface FeedErrorOptions {
  /** The HTTP status, where there is one. */
  status?: number;
  /** The feed's URL, where it came from the network. */
  url?: string;
  /** Each problem found, with its path (`sections[4].status: expected a string, got 42`). */
  problems?: string[];
  cause?: unknown;
}

/**
 * The one error type the feed module throws. `message` is written for a person who can act on
 * it: a partner setting up an embed, or a feed editor.
 */
export class FeedError extends Error {
  override name = 'FeedError';
  readonly kind: FeedErrorKind;
  readonly status?: number;
  readonly url?: string;
  readonly problems: string[];

  constructor(kind: FeedErrorKind, message: string, options: FeedErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : {cause: options.cause});
    this.kind = kind;
    this.status = options.status;
    this.url = options.url;
    this.problems = options.problems ?? [];
  }
}

/** Whether a failure of this kind may pass if the same request is tried again. */
export function isTransient(error: FeedError): boolean {
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  if (error.kind !== 'http' || error.status === undefined) return false;
  return error.status === 408 || error.status === 429 || error.status >= 500;
}

/** The error a feed request rejects with when its caller's signal aborts. */
export function abortError(): DOMException {
  return new DOMException('The feed request was aborted.', 'AbortError');
}

/** Whether an error is that abort (the caller left), not a failure to report. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * A signal that aborts when any of `signals` does. `AbortSignal.any` where the browser has it;
 * Safari before 17.4, Chrome before 116 and Firefox before 124 do not.
 */
export function anySignal(signals: readonly AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals as AbortSignal[]);
  const controller = new AbortController();
  const abort = () => {
    controller.abort();
    for (const signal of signals) signal.removeEventListener('abort', abort);
  };
  for (const signal of signals) {
    if (signal.aborted) {
      abort();
      break;
    }
    signal.addEventListener('abort', abort, {once: true});
  }
  return controller.signal;
}

/**
 * Settles like `promise`, or rejects with an abort error as soon as `signal` aborts, whether or
 * not the work behind the promise saw the signal (a page's `fetch` wrapper may drop it).
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(abortError());
    signal.addEventListener('abort', stop, {once: true});
    promise.then(
      (value) => {
        signal.removeEventListener('abort', stop);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', stop);
        reject(error);
      },
    );
  });
}
