import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/index.js';
import {watchedHostCount} from '../../src/base/page-context.js';
import {configureFeedLoading} from '../../src/feed/load-feed.js';
import {CpiSectionCard} from '../../src/index.js';
import {
  officialFeed,
  parts,
  renderedLines,
  requestCount,
  resetFeeds,
  settled,
  testFeed,
} from './helpers.js';

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
      await waitUntil(() => track.pendingTimers() === 0, 'a timer was left behind', {
        timeout: 1000,
      });
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
      // Any timer left behind would outlive the wait below: a 3 s timeout, a 5 s backoff.
      configureFeedLoading({timeoutMs: 3000, retryDelayMs: 5000});
      const {url, key} = testFeed({case: 503});
      const el = document.createElement('cpi-index');
      el.src = url;
      document.body.append(el);
      // The first answer has come back, so the element waits out its backoff timer now.
      await waitUntil(async () => (await requestCount(key)) === 1 && track.pendingTimers() > 0);
      el.remove();
      await waitUntil(() => track.pendingTimers() === 0, 'a timer was left behind', {
        timeout: 1000,
      });
    } finally {
      track.restore();
    }
  });

  it('a host that writes a style on <body> every frame renders no widget again', async () => {
    const feed = await officialFeed();
    const wrapper = await fixture(
      html`<div>
        ${Array.from({length: 50}, () => html`<cpi-section-card .feed=${feed} section="scaling"></cpi-section-card>`)}
      </div>`,
    );
    const cards = [...wrapper.children] as CpiSectionCard[];
    for (const card of cards) await settled(card);
    let renders = 0;
    const render = CpiSectionCard.prototype.render;
    CpiSectionCard.prototype.render = function (this: CpiSectionCard) {
      renders++;
      return render.call(this);
    };
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    try {
      for (let i = 0; i < 120; i++) {
        document.body.style.setProperty('--host-frame', String(i));
        document.body.classList.toggle('host-animating', i % 2 === 0);
        await frame();
      }
      await frame();
      await Promise.all(cards.map((card) => card.updateComplete));
      expect(renders, 'renders while the host wrote its own style').to.equal(0);
      // The control: a change of the page's colour scheme does reach every card, once.
      document.body.style.colorScheme = 'dark';
      await waitUntil(() => renders >= 50, 'every card to follow the page scheme');
      await Promise.all(cards.map((card) => card.updateComplete));
      expect(renders).to.equal(50);
    } finally {
      CpiSectionCard.prototype.render = render;
      document.body.removeAttribute('style');
      document.body.classList.remove('host-animating');
    }
  });
});
