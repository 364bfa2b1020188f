import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import {watchedHostCount} from '../../src/controllers/page-context-controller.js';
import {parts, renderedLines, resetFeeds, settled, testFeed} from './helpers.js';

beforeEach(resetFeeds);

/** Counts listeners added to window, document and media queries, and timers still pending. */
function trackGlobals() {
  const listeners = new Map<EventTarget, number>();
  const timers = new Set<number>();
  const original = {
    add: EventTarget.prototype.addEventListener,
    remove: EventTarget.prototype.removeEventListener,
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
  };
  const counted = (target: EventTarget) =>
    target === window || target === document || target instanceof MediaQueryList;
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    ...args: Parameters<EventTarget['addEventListener']>
  ) {
    if (counted(this)) listeners.set(this, (listeners.get(this) ?? 0) + 1);
    return original.add.apply(this, args);
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    ...args: Parameters<EventTarget['removeEventListener']>
  ) {
    if (counted(this)) listeners.set(this, (listeners.get(this) ?? 0) - 1);
    return original.remove.apply(this, args);
  };
  window.setTimeout = ((handler: () => void, ms?: number) => {
    const id: number = original.setTimeout.call(
      window,
      () => {
        timers.delete(id);
        handler();
      },
      ms,
    ) as unknown as number;
    // The test helpers' own polling timers are not the widget's.
    if (!new Error().stack?.includes('/@open-wc/')) timers.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id: number) => {
    timers.delete(id);
    original.clearTimeout.call(window, id);
  }) as typeof window.clearTimeout;
  return {
    listenerBalance: () => [...listeners.values()].reduce((a, b) => a + b, 0),
    pendingTimers: () => timers.size,
    restore() {
      Object.assign(EventTarget.prototype, {
        addEventListener: original.add,
        removeEventListener: original.remove,
      });
      Object.assign(window, {setTimeout: original.setTimeout, clearTimeout: original.clearTimeout});
    },
  };
}

describe('a crowded page', () => {
  it('elements moved, removed and re-added keep working and leave no listeners or timers behind', async () => {
    const track = trackGlobals();
    try {
      const {url} = testFeed({delay: 150});
      const left = await fixture(
        html`<div>
          ${Array.from({length: 10}, () => html`<cpi-section-card src=${url} section="scaling"></cpi-section-card>`)}
          <cpi-index src=${url}></cpi-index><cpi-register-cta src=${url}></cpi-register-cta>
        </div>`,
      );
      const right = document.createElement('div');
      right.lang = 'de';
      document.body.append(right);
      const elements = [...left.children];
      // Move half of them mid-load, and take one out and put it back.
      elements.slice(0, 6).forEach((el) => right.append(el));
      elements[7].remove();
      left.append(elements[7]);
      for (const el of elements) await settled(el);
      expect(renderedLines(elements[0])).to.include('Demnächst');
      expect(renderedLines(elements[7])).to.include('Coming soon');
      expect(parts(elements[10], '[part="card"]')).to.have.length(22);
      expect(watchedHostCount()).to.be.greaterThan(0);

      for (const el of elements) el.remove();
      right.remove();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(watchedHostCount(), 'elements the page observer serves').to.equal(0);
      expect(track.listenerBalance(), 'window, document and media listeners').to.equal(0);
      expect(track.pendingTimers(), 'pending timers').to.equal(0);
    } finally {
      track.restore();
    }
  });

  it('an element removed mid-load leaves no timer (retry backoff or timeout) behind', async () => {
    const track = trackGlobals();
    try {
      const el = document.createElement('cpi-index');
      el.src = testFeed({case: 503, delay: 100}).url;
      document.body.append(el);
      await new Promise((resolve) => setTimeout(resolve, 150));
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(track.pendingTimers(), 'pending timers').to.equal(0);
    } finally {
      track.restore();
    }
  });
});
