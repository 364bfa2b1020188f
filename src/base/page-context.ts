import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {catalog, pickLang, type Lang, type Messages} from '../i18n/messages.js';

/** `light`, `dark`, or `auto`: follow the page, then the reader's system setting. */
export type Theme = 'light' | 'dark' | 'auto';

/** The inputs the page context reads from its host. */
export interface ThemedHost extends ReactiveControllerHost, HTMLElement {
  theme?: string | null;
}

/**
 * The colours an element uses: light, dark, or `auto` when nothing on the page decides, and the
 * reader's system setting does (through CSS, so it follows a change without script).
 */
export type Scheme = 'light' | 'dark' | 'auto';

/** What an element takes from the page it sits in. */
export interface PageContext {
  lang: Lang;
  messages: Messages;
  scheme: Scheme;
}

/** The nearest element matching `selector` at or above `el`, crossing shadow roots. */
function closestComposed(el: Element, selector: string): Element | null {
  for (let node: Element | null = el; node;) {
    const found = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * The colours to use: an explicit theme; else an ancestor's `data-theme`; else the page's
 * `color-scheme` (inherited by the host); else `auto`, the reader's system setting.
 */
function resolveScheme(el: Element, theme: string | null | undefined): Scheme {
  if (theme === 'light' || theme === 'dark') return theme;
  if (isServer) return 'auto';
  const marked = closestComposed(el, '[data-theme]')?.getAttribute('data-theme');
  if (marked === 'light' || marked === 'dark') return marked;
  const scheme = getComputedStyle(el).colorScheme;
  const dark = /\bdark\b/.test(scheme);
  const light = /\blight\b/.test(scheme);
  return dark === light ? 'auto' : dark ? 'dark' : 'light';
}

/** Reads the page context of `el` (once per update: it walks ancestors and reads styles). */
function readContext(el: ThemedHost): PageContext {
  const lang = pickLang(
    isServer ? el.getAttribute('lang') : closestComposed(el, '[lang]')?.getAttribute('lang'),
  );
  return {lang, messages: catalog[lang], scheme: resolveScheme(el, el.theme)};
}

// One set of observers for the whole page, whatever the number of elements.
const controllers = new Set<PageContextController>();
let stop: (() => void) | undefined;
const refreshAll = () => controllers.forEach((c) => c.refresh());

function watch(controller: PageContextController): void {
  controllers.add(controller);
  if (stop) return;
  // Two observers: observing a node again replaces the options it was observed with.
  const marks = new MutationObserver(refreshAll);
  marks.observe(document.documentElement, {
    subtree: true,
    attributes: true,
    attributeFilter: ['lang', 'data-theme'],
  });
  // The page's color-scheme usually changes by a class or style on <html> or <body>. Such writes
  // may come every frame (animations): each only re-reads the context, and an element renders
  // again only when its language or scheme has really changed.
  const scheme = new MutationObserver(refreshAll);
  for (const el of [document.documentElement, document.body].filter(Boolean)) {
    scheme.observe(el, {attributes: true, attributeFilter: ['class', 'style']});
  }
  stop = () => {
    marks.disconnect();
    scheme.disconnect();
    stop = undefined;
  };
}

function unwatch(controller: PageContextController): void {
  controllers.delete(controller);
  if (!controllers.size) stop?.();
}

/**
 * Gives an element the page's language and colour scheme, read once per update, and renders it
 * again when the page changes them (an ancestor's `lang` or `data-theme`, the page's
 * `color-scheme`). The system setting and the direction need no render: the styles follow
 * `prefers-color-scheme` (through `color-scheme: light dark`) and `:dir()`.
 */
export class PageContextController implements ReactiveController {
  private readonly _host: ThemedHost;
  private _context?: PageContext;

  constructor(host: ThemedHost) {
    this._host = host;
    host.addController(this);
  }

  hostConnected(): void {
    watch(this);
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  hostUpdate(): void {
    this._context = readContext(this._host);
  }

  /** The context of the current update. */
  get context(): PageContext {
    // On the server no controller hook runs: the context is read at render.
    return (this._context ??= readContext(this._host));
  }

  /** Reads the page again, and renders the element again if what it shows would change. */
  refresh(): void {
    const next = readContext(this._host);
    const now = this._context;
    if (!now || next.lang !== now.lang || next.scheme !== now.scheme) this._host.requestUpdate();
  }
}

/** How many elements the shared page observer serves (for leak tests). */
export function watchedHostCount(): number {
  return controllers.size;
}
