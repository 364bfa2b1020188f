import {isServer} from 'lit';

let warned = false;

/**
 * Defines a custom element unless the tag is taken. A page may load our script twice, or two
 * versions of it: the first definition keeps working, and one warning (for all our tags) says so.
 * Outside a browser (server rendering, Node tests) it does nothing.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (isServer || typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element && !warned) {
    warned = true;
    console.warn(
      `Creator Program Index: <${tag}> is already defined by another copy of cpi.js, which is used; load it once per page.`,
    );
  }
}
