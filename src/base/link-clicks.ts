import {CpiRegisterClickEvent, type RegisterPlacement} from '../events/cpi-register-click-event.js';
import type {CpiSectionClickEvent} from '../events/cpi-section-click-event.js';

/**
 * Turns a click on one of our links into `cpi-register-click` or `cpi-section-click`, dispatched
 * from `host`. One listener per element, on its shadow content: links say what they are in
 * `data-link` (`register` or `section`) and `data-section`, and register links in the register
 * block have `data-placement`. If a listener cancels the event, the link is not followed.
 * `SectionClick` is passed by the elements that show section links, so that the register
 * block's file does not carry an event it never fires.
 */
export function announceLinkClick(
  host: HTMLElement,
  event: MouseEvent,
  placement: RegisterPlacement,
  SectionClick?: typeof CpiSectionClickEvent,
): void {
  const link = event
    .composedPath()
    .find(
      (node): node is HTMLAnchorElement =>
        node instanceof HTMLAnchorElement && node.hasAttribute('data-link'),
    );
  if (!link) return;
  const section = link.dataset.section;
  const announced =
    link.dataset.link === 'section' && section && SectionClick
      ? new SectionClick(section, link.href)
      : new CpiRegisterClickEvent(
          (link.dataset.placement as RegisterPlacement | undefined) ?? placement,
          link.href,
          section,
        );
  if (!host.dispatchEvent(announced)) event.preventDefault();
}
