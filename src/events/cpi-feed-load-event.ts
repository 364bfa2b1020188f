/** Fired when an element has a feed to show: fetched, or given as a property or inline. */
export class CpiFeedLoadEvent extends Event {
  static readonly eventName = 'cpi-feed-load';
  /** The feed's URL; `undefined` for a feed given as the `feed` property or inline JSON. */
  readonly url: string | undefined;
  /** How many sections the feed has. */
  readonly sectionCount: number;

  constructor(url: string | undefined, sectionCount: number) {
    super(CpiFeedLoadEvent.eventName, {bubbles: true, composed: true});
    this.url = url;
    this.sectionCount = sectionCount;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cpi-feed-load': CpiFeedLoadEvent;
  }
}
