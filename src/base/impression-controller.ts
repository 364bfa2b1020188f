import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Half of the element on screen… */
const visibleShare = 0.5;
/** …for one second. */
const dwellMs = 1000;

/**
 * Calls `seen` once for the life of the page, when at least half of the host has been on screen
 * for one second without a break, counted from when `armed()` first says the host shows its
 * content. Nothing is observed before that, or while the host is away.
 */
export class ImpressionController implements ReactiveController {
  private readonly _host: ReactiveControllerHost & Element;
  private readonly _armed: () => boolean;
  private readonly _seen: () => void;
  private _observer?: IntersectionObserver;
  private _timer?: ReturnType<typeof setTimeout>;
  private _done = false;

  constructor(host: ReactiveControllerHost & Element, armed: () => boolean, seen: () => void) {
    this._host = host;
    this._armed = armed;
    this._seen = seen;
    host.addController(this);
  }

  hostUpdated(): void {
    if (this._done || this._observer || !this._armed() || !this._host.isConnected) return;
    if (typeof IntersectionObserver === 'undefined') return;
    this._observer = new IntersectionObserver(
      (entries) => {
        clearTimeout(this._timer);
        this._timer = undefined;
        // A busy page may report several changes at once: the latest is where the host is now.
        if (entries[entries.length - 1].intersectionRatio < visibleShare) return;
        this._timer = setTimeout(() => {
          this._done = true;
          this._stop();
          this._seen();
        }, dwellMs);
      },
      {threshold: [0, visibleShare]},
    );
    this._observer.observe(this._host);
  }

  hostDisconnected(): void {
    this._stop();
  }

  private _stop(): void {
    clearTimeout(this._timer);
    this._timer = undefined;
    this._observer?.disconnect();
    this._observer = undefined;
  }
}
