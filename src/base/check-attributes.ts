import type {ReactiveElement} from 'lit';

const warned = new WeakMap<Element, Set<string>>();

function warnOnce(el: Element, key: string, message: string): void {
  const seen = warned.get(el) ?? new Set<string>();
  warned.set(el, seen);
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(`<${el.localName}>: ${message}`);
}

/**
 * Warns once in the console, for the developer who wrote the page, about a presentational
 * attribute the element cannot honour; it then uses its default. (Attributes that change what
 * the reader sees, like `section`, `sections` and `src`, are reported to the reader and with a
 * `cpi-feed-error` event instead.)
 */
export function checkAttributes(
  el: ReactiveElement & {theme?: string; cache?: string; headingLevel?: number},
): void {
  const {theme, cache, headingLevel} = el;
  if (theme != null && !['light', 'dark', 'auto'].includes(theme)) {
    warnOnce(el, `theme=${theme}`, `theme="${theme}" is not light, dark or auto; auto is used.`);
  }
  if (cache != null && !['storage', 'memory'].includes(cache)) {
    warnOnce(
      el,
      `cache=${cache}`,
      `cache="${cache}" is not storage or memory; memory is used, and nothing is stored.`,
    );
  }
  if (
    headingLevel !== undefined &&
    !(Number.isInteger(headingLevel) && headingLevel >= 1 && headingLevel <= 6)
  ) {
    // Quote what the page wrote: the attribute while the value came from it, else the property
    // that script set afterwards.
    const attribute = el.getAttribute('heading-level');
    const written =
      attribute !== null && Object.is(Number(attribute), headingLevel)
        ? attribute
        : String(headingLevel);
    warnOnce(
      el,
      `heading-level=${written}`,
      `heading-level="${written}" is not a level from 1 to 6; the default is used.`,
    );
  }
}
