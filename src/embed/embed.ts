// embed.js, for pages that frame our embed pages: sizes each embed iframe to the height its page
// reports. It runs when loaded (as a classic or a module script) and installs one listener per page
// however many copies are loaded. An iframe is an embed when it has `data-cpi-embed` or its src
// starts with the embed pages' URL (`embed/` beside this script). A height is accepted only from a
// message whose source is that iframe's window AND whose origin is the origin of its src: a
// message from another window, or from a page of another origin the frame navigated to, changes
// nothing. Frames are asked for their height (our `cpi-embed-request-height`) when this script
// starts, when any of them loads (frames added later included) and when one is marked later, so
// a frame that reported before this script ran is sized too. The height is set through the CSSOM
// (`style.height`), which a strict `style-src` policy allows (unlike a style attribute in markup
// or `setAttribute('style')`).
import {
  EMBED_HEIGHT,
  EMBED_REQUEST_HEIGHT,
  MAX_FRAME_HEIGHT,
  MIN_FRAME_HEIGHT,
  type EmbedHeightMessage,
  type EmbedRequestHeightMessage,
} from './protocol.js';

const INSTALLED = Symbol.for('creator-program-index.embed-parent');

/** This script's URL: `document.currentScript` for a classic script, `import.meta.url` for a module. */
function scriptUrl(): string | undefined {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.src) return current.src;
  try {
    return import.meta.url || undefined;
  } catch {
    return undefined;
  }
}

/** The URL prefix of the embed pages: `embed/` beside the script at `script`, or undefined. */
export function embedsBase(script: string | undefined): string | undefined {
  if (!script) return undefined;
  try {
    return new URL('embed/', script).href;
  } catch {
    return undefined;
  }
}

/** Whether an iframe shows one of our embed pages: it is marked, or its src is under `base`. */
export function isEmbedFrame(frame: HTMLIFrameElement, base: string | undefined): boolean {
  if (frame.hasAttribute('data-cpi-embed')) return true;
  return !!base && frame.src.startsWith(base);
}

/** The origin of an iframe's src (http or https only), or undefined. */
function srcOrigin(frame: HTMLIFrameElement): string | undefined {
  try {
    const url = new URL(frame.src);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

function isHeightMessage(data: unknown): data is EmbedHeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  return (
    message.type === EMBED_HEIGHT &&
    typeof message.height === 'number' &&
    Number.isFinite(message.height)
  );
}

/** The iframe of this document whose window is `source`, if any. */
function frameOf(source: MessageEventSource | null): HTMLIFrameElement | undefined {
  if (!source) return undefined;
  for (const frame of document.getElementsByTagName('iframe')) {
    if (frame.contentWindow === source) return frame;
  }
  return undefined;
}

/** Sets the iframe's height so that its viewport is `height` px tall (clamped). */
function setFrameHeight(frame: HTMLIFrameElement, height: number): void {
  let px = Math.min(MAX_FRAME_HEIGHT, Math.max(MIN_FRAME_HEIGHT, Math.ceil(height)));
  const style = getComputedStyle(frame);
  if (style.boxSizing === 'border-box') {
    for (const side of [
      style.paddingTop,
      style.paddingBottom,
      style.borderTopWidth,
      style.borderBottomWidth,
    ]) {
      px += parseFloat(side) || 0;
    }
  }
  const value = `${px}px`;
  if (frame.style.height !== value) frame.style.height = value;
}

function install(base: string | undefined): void {
  /** Asks an embed frame to post its height again (it may have posted before this script ran). */
  const requestHeight = (frame: HTMLIFrameElement) => {
    if (!isEmbedFrame(frame, base)) return;
    const origin = srcOrigin(frame);
    const target = frame.contentWindow;
    if (!origin || !target) return;
    const message: EmbedRequestHeightMessage = {type: EMBED_REQUEST_HEIGHT};
    // Delivered only if the frame shows a page of its src's origin.
    target.postMessage(message, origin);
  };

  window.addEventListener('message', (event) => {
    if (!isHeightMessage(event.data)) return;
    const frame = frameOf(event.source);
    if (!frame || !isEmbedFrame(frame, base)) return;
    if (event.origin !== srcOrigin(frame)) return;
    setFrameHeight(frame, event.data.height);
  });

  // `load` does not bubble, but a capturing listener on the document sees every iframe's load:
  // frames added later, and frames that load again, are asked for their height as they load.
  document.addEventListener(
    'load',
    (event) => {
      if (event.target instanceof HTMLIFrameElement) requestHeight(event.target);
    },
    true,
  );
  for (const frame of document.getElementsByTagName('iframe')) requestHeight(frame);

  // A frame marked after it loaded (a framework setting attributes late) fires no load: ask then.
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.target instanceof HTMLIFrameElement) requestHeight(record.target);
    }
  }).observe(document, {subtree: true, attributeFilter: ['data-cpi-embed']});
}

// Installs once per page, in a browser only (importing this module elsewhere does nothing).
if (typeof window !== 'undefined' && typeof document !== 'undefined') {
  const marker = window as unknown as Record<symbol, unknown>;
  if (!marker[INSTALLED]) {
    marker[INSTALLED] = true;
    install(embedsBase(scriptUrl()));
  }
}
