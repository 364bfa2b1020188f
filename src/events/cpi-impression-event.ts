import type {RegisterPlacement} from './cpi-register-click-event.js';

/**
 * Fired once per page view when at least half of an element has been on screen for one second,
 * so that a page can count, for example, the register block's click-through rate. The widget
 * sends nothing anywhere itself: what to do with the event is the page's choice.
 */
export class CpiImpressionEvent extends Event {
  static readonly eventName = 'cpi-impression';
  /** Which element was seen: the index, a card or the register block. */
  readonly placement: RegisterPlacement;
  /** The section of a card; `undefined` for the index and the register block. */
  readonly sectionId: string | undefined;

  constructor(placement: RegisterPlacement, sectionId?: string) {
    super(CpiImpressionEvent.eventName, {bubbles: true, composed: true});
    this.placement = placement;
    this.sectionId = sectionId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cpi-impression': CpiImpressionEvent;
  }
}
