/** Every href and src in an element's tree, shadow roots included. */
export function allLinks(root: Element | ShadowRoot): string[] {
  const found: string[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      for (const name of ['href', 'src', 'action', 'formaction', 'xlink:href']) {
        const value = el.getAttribute(name);
        if (value !== null) found.push(value);
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  return found;
}

/** Elements that can run script or load something, anywhere in an element's tree. */
export function activeElements(root: Element): string[] {
  const found: string[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll(
      'script, img, iframe, object, embed, style, link, svg, math, form',
    ))
      found.push(el.localName);
    for (const el of node.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames())
        if (attr.startsWith('on')) found.push(`${el.localName}[${attr}]`);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  return found;
}

declare global {
  interface Window {
    __pwned?: number;
  }
}

export {hostileUrls, payloads} from '../fixtures/feed-mutations.js';
