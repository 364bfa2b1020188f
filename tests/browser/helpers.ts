import {waitUntil} from '@open-wc/testing';
import {clearFeedMemory} from '../../src/feed/feed-store.js';
import {configureFeedLoading, defaultFeedLoadSettings} from '../../src/feed/load-feed.js';

/** The lines a reader sees in an element, shadow root included: its rendered text, line by line. */
export function renderedLines(el: Element): string[] {
  const base = el.shadowRoot?.querySelector<HTMLElement>('[part~="base"]');
  if (!base) throw new Error(`${el.localName} has no rendered base`);
  return base.innerText
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Waits until an element shows content or its error state (no longer busy). */
export async function settled(el: Element, message = `${el.localName} to settle`): Promise<void> {
  await waitUntil(
    () => el.shadowRoot?.querySelector('[part~="base"][aria-busy="false"]'),
    message,
    {timeout: 12000},
  );
}

/** One element of the shadow tree, or a failure naming what was missing. */
export function part<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`${el.localName} has no ${selector}`);
  return found;
}

export function parts<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...(el.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

let keys = 0;

/** A URL of the test feed route; each call gets its own request counter. */
export function testFeed(params: Record<string, string | number> = {}): {url: string; key: string} {
  const key = `k${Date.now()}-${++keys}`;
  const query = new URLSearchParams({
    key,
    ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
  });
  return {url: `/__feed?${query}`, key};
}

/** How many requests the test feed route has had for a key. */
export async function requestCount(key: string): Promise<number> {
  const response = await fetch(`/__feed/count?key=${key}`);
  return ((await response.json()) as {count: number}).count;
}

/** The seed page, line by line, without blank lines. */
export async function seedLines(): Promise<string[]> {
  const text = await (await fetch('/tests/fixtures/index-page.txt')).text();
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The official feed as published. */
export async function officialFeed(): Promise<
  Record<string, unknown> & {sections: Record<string, unknown>[]}
> {
  return (await fetch('/feed.json')).json();
}

/** A clean page for each test: no stored or remembered feeds, fast retries. */
export function resetFeeds(): void {
  localStorage.clear();
  clearFeedMemory();
  configureFeedLoading({...defaultFeedLoadSettings, retryDelayMs: 20, timeoutMs: 3000});
}

/** The next event of a type, typed as our event classes are. */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) =>
    target.addEventListener(type, (event) => resolve(event as GlobalEventHandlersEventMap[K]), {
      once: true,
    }),
  );
}
