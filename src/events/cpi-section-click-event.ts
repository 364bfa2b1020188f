/**
 * Fired when a reader clicks a link to a section's own page (a section with a `url`).
 * Cancelable: call `preventDefault()` to stop the navigation.
 */
export class CpiSectionClickEvent extends Event {
  static readonly eventName = 'cpi-section-click';
  readonly sectionId: string;
  /** The link's final href, partner parameters included. */
  readonly href: string;

  constructor(sectionId: string, href: string) {
    super(CpiSectionClickEvent.eventName, {bubbles: true, composed: true, cancelable: true});
    this.sectionId = sectionId;
    this.href = href;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cpi-section-click': CpiSectionClickEvent;
  }
}
