import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {catalog, pickLang, type Lang, type Messages} from '../i18n/messages.js';

/** `light`, `dark`, or `auto`: follow the page, then the reader's system setting. */
export type Theme = 'light' | 'dark' | 'auto';

/** The inputs the page context reads from its host. */
export interface ThemedHost extends ReactiveControllerHost, HTMLElement {
  theme?: string | null;
}

/** The nearest element matching `selector` at or above `el`, crossing shadow roots. */
export function closestComposed(el: Element, selector: string): Element | null {
  for (let node: Element | null = el; node;) {
    const found = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** The language of the widget's own words: the nearest `lang`, else English. */
export function resolveLang(el: Element): Lang {
  return pickLang(closestComposed(el, '[lang]')?.getAttribute('lang'));
}

/**
 * The colours to use: an explicit theme; else an ancestor's `data-theme`; else the page's
 * `color-scheme` (inherited by the host); else `prefers-color-scheme`.
 */
export function resolveScheme(el: Element, theme: string | null | undefined): 'light' | 'dark' {
  if (theme === 'light' || theme === 'dark') return theme;
  const marked = closestComposed(el, '[data-theme]')?.getAttribute('data-theme');
  if (marked === 'light' || marked === 'dark') return marked;
  const scheme = getComputedStyle(el).colorScheme;
  const dark = /\bdark\b/.test(scheme);
  const light = /\blight\b/.test(scheme);
  if (dark !== light) return dark ? 'dark' : 'light';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

// One observer and one media listener for the whole page, whatever the number of elements.
const hosts = new Set<ReactiveControllerHost>();
let observers: MutationObserver[] = [];
let media: MediaQueryList | undefined;
const updateAll = () => hosts.forEach((host) => host.requestUpdate());

function watch(host: ReactiveControllerHost): void {
  hosts.add(host);
  if (observers.length) return;
  // Two observers: observing a node again replaces the options it was observed with.
  const marks = new MutationObserver(updateAll);
  marks.observe(document.documentElement, {
    subtree: true,
    attributes: true,
    attributeFilter: ['lang', 'dir', 'data-theme'],
  });
  // The page's color-scheme usually changes by a class or style on <html> or <body>.
  const scheme = new MutationObserver(updateAll);
  for (const el of [document.documentElement, document.body].filter(Boolean)) {
    scheme.observe(el, {attributes: true, attributeFilter: ['class', 'style']});
  }
  observers = [marks, scheme];
  media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', updateAll);
}

function unwatch(host: ReactiveControllerHost): void {
  hosts.delete(host);
  if (hosts.size || !observers.length) return;
  observers.forEach((observer) => observer.disconnect());
  media?.removeEventListener('change', updateAll);
  observers = [];
  media = undefined;
}

/**
 * Gives an element the page's language and colour scheme, and re-renders it when the page
 * changes them (an ancestor's `lang`, `dir` or `data-theme`, or the system setting).
 */
export class PageContextController implements ReactiveController {
  private readonly _host: ThemedHost;

  constructor(host: ThemedHost) {
    this._host = host;
    host.addController(this);
  }

  hostConnected(): void {
    watch(this._host);
  }

  hostDisconnected(): void {
    unwatch(this._host);
  }

  get lang(): Lang {
    return resolveLang(this._host);
  }

  get messages(): Messages {
    return catalog[this.lang];
  }

  get scheme(): 'light' | 'dark' {
    return resolveScheme(this._host, this._host.theme);
  }
}

/** How many elements the shared page observer serves (for leak tests). */
export function watchedHostCount(): number {
  return hosts.size;
}
