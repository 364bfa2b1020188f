// Runs inside an embed page (an iframe showing one of our elements): tells the parent page how tall
// the content is, whenever that changes, so the iframe can be sized to it with no scrollbar and no
// gap. Two protocols: WordPress's (`{message: 'height', value, secret}`, only when the page's URL
// carries `#?secret=…`, as WordPress appends to embed URLs) and our own (`{type:
// 'cpi-embed-height', height, id}`, always), both to the parent with targetOrigin '*'. No timers:
// a ResizeObserver on the document sees every change of layout (content, fonts, images, the
// frame's width).
import {
  EMBED_HEIGHT,
  EMBED_REQUEST_HEIGHT,
  type EmbedHeightMessage,
  type WordPressHeightMessage,
} from './protocol.js';

export interface ReportHeightOptions {
  /** The embed's id in our message. Default: {@link embedId} of the page's URL. */
  id?: string;
  /** WordPress's secret. Default: {@link wordPressSecret} of the page's URL hash; '' sends none. */
  secret?: string;
}

/**
 * The embed's id: the `embed` query parameter if there is one, else the page's file name without
 * `.html` (`/embed/attribution-and-measurement.html` → `attribution-and-measurement`; a path that
 * ends in `/` → `index`).
 */
export function embedId(url: string | URL): string {
  const parsed = new URL(url);
  const fromQuery = parsed.searchParams.get('embed');
  if (fromQuery) return fromQuery;
  const file = parsed.pathname.slice(parsed.pathname.lastIndexOf('/') + 1);
  let name = file.replace(/\.html?$/i, '');
  try {
    name = decodeURIComponent(name);
  } catch {
    // A malformed escape: keep the name as it is.
  }
  return name || 'index';
}

/**
 * The secret WordPress puts in an embed URL's hash (`#?secret=Ab12Cd34Ef`), or undefined. Only
 * letters, digits, `_` and `-` are taken (WordPress's secrets are 10 letters and digits).
 */
export function wordPressSecret(hash: string): string | undefined {
  return /[?&]secret=([A-Za-z0-9_-]{1,100})(?:&|$)/.exec(hash)?.[1];
}

/**
 * The document's content height in CSS pixels, rounded up to an integer: the root element's box
 * (which holds the body and its margins, floats included, and does not grow with the viewport,
 * unlike `documentElement.scrollHeight`, so it is exact when the content shrinks), plus the root's
 * own margins and the height of a horizontal scrollbar if the content is wider than the frame.
 * Content positioned outside the root's box (absolute or fixed) is not counted, and a page that
 * sets `html` or `body` to `height: 100%` measures as the frame's height.
 */
export function contentHeight(doc: Document = document): number {
  const root = doc.documentElement;
  let height = root.getBoundingClientRect().height;
  const view = doc.defaultView;
  if (view) {
    const style = view.getComputedStyle(root);
    height += (parseFloat(style.marginTop) || 0) + (parseFloat(style.marginBottom) || 0);
    height += Math.max(0, view.innerHeight - root.clientHeight);
  }
  return Math.ceil(height);
}

let stopActive: (() => void) | undefined;

/**
 * Posts the content height to `window.parent` now and whenever it changes (integer CSS pixels,
 * only when the value changed), and again when the parent asks (our `cpi-embed-request-height`, or
 * WordPress's `{message: 'ready', secret}`). Does nothing when the page is not in a frame. A second
 * call replaces the first. Returns a function that stops reporting.
 */
export function reportHeight(options: ReportHeightOptions = {}): () => void {
  stopActive?.();
  stopActive = undefined;
  const parent = window.parent;
  if (!parent || parent === window) return () => {};

  const id = options.id ?? embedId(location.href);
  const secret = options.secret ?? wordPressSecret(location.hash);
  let last = 0;
  let stopped = false;

  const post = (force: boolean) => {
    if (stopped) return;
    const height = contentHeight(document);
    if (height <= 0 || (height === last && !force)) return;
    last = height;
    if (secret) {
      const wordPress: WordPressHeightMessage = {message: 'height', value: height, secret};
      parent.postMessage(wordPress, '*');
    }
    const ours: EmbedHeightMessage = {type: EMBED_HEIGHT, height, id};
    parent.postMessage(ours, '*');
  };
  const update = () => post(false);

  const observer = new ResizeObserver(update);
  observer.observe(document.documentElement);
  const observeBody = () => {
    if (document.body) observer.observe(document.body);
  };
  if (document.body) observeBody();
  else document.addEventListener('DOMContentLoaded', observeBody, {once: true});

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent) return;
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null) return;
    const message = data as Record<string, unknown>;
    const requested =
      message.type === EMBED_REQUEST_HEIGHT ||
      (!!secret && message.message === 'ready' && message.secret === secret);
    if (requested) post(true);
  };
  window.addEventListener('message', onMessage);
  window.addEventListener('load', update);
  const fonts = 'fonts' in document ? document.fonts : undefined;
  fonts?.addEventListener('loadingdone', update);
  fonts?.ready.then(update, () => {});

  const stop = () => {
    stopped = true;
    observer.disconnect();
    document.removeEventListener('DOMContentLoaded', observeBody);
    window.removeEventListener('message', onMessage);
    window.removeEventListener('load', update);
    fonts?.removeEventListener('loadingdone', update);
    if (stopActive === stop) stopActive = undefined;
  };
  stopActive = stop;
  return stop;
}

/**
 * Makes links open in the top window rather than inside the frame: adds `<base target="_top">` at
 * the start of the head unless the page already has a `<base target>`. Links with a target of their
 * own keep it. (A sandboxed frame also needs `allow-top-navigation-by-user-activation`.)
 */
export function linksOpenInTop(doc: Document = document): void {
  if (doc.querySelector('base[target]')) return;
  const base = doc.createElement('base');
  base.target = '_top';
  const head = doc.head ?? doc.documentElement;
  head.prepend(base);
}
