/** Where a register link was clicked: a section card, the index's register block, or `cpi-register-cta`. */
export type RegisterPlacement = 'card' | 'index' | 'cta';

/**
 * Fired when a reader clicks a link to register. Cancelable: call `preventDefault()` to stop the
 * navigation (e.g. to open your own sign-up dialog).
 */
export class CpiRegisterClickEvent extends Event {
  static readonly eventName = 'cpi-register-click';
  readonly placement: RegisterPlacement;
  /** The section whose card was clicked, if any. */
  readonly sectionId: string | undefined;
  /** The link's final href, partner parameters included. */
  readonly href: string;

  constructor(placement: RegisterPlacement, href: string, sectionId?: string) {
    super(CpiRegisterClickEvent.eventName, {bubbles: true, composed: true, cancelable: true});
    this.placement = placement;
    this.href = href;
    this.sectionId = sectionId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cpi-register-click': CpiRegisterClickEvent;
  }
}
