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

/** Markup and URLs that would run script if they were ever treated as HTML or followed. */
export const payloads = [
  '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">',
  '</script><script>window.__pwned=(window.__pwned||0)+1</script>',
  '"><svg onload="window.__pwned=(window.__pwned||0)+1">',
  '${window.__pwned=1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<!--?lit$123$-->',
];

export const hostileUrls = [
  'javascript:window.__pwned=1',
  'JAVASCRIPT:window.__pwned=1',
  ' javascript:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'jav&#x09;ascript:alert(1)',
  'data:text/html,<script>window.__pwned=1</script>',
  'vbscript:msgbox(1)',
  '//evil.example/phish',
  '\\\\evil.example/phish',
  'blob:https://evil.example/1',
  'file:///etc/passwd',
];
