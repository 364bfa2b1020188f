// cpi-impression: once per page view, when at least half of an element has been on screen for
// one second. Tested by scrolling a page taller than the window.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/index.js';
import type {CpiImpressionEvent} from '../../src/index.js';
import {officialFeed, resetFeeds, settled} from './helpers.js';

beforeEach(resetFeeds);

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('cpi-impression', () => {
  it('fires once, a second after half of the element came on screen, and never again', async () => {
    const feed = await officialFeed();
    const page = await fixture(
      html`<div>
        <div style="height: 150vh"></div>
        <cpi-register-cta .feed=${feed}></cpi-register-cta>
        <cpi-section-card .feed=${feed} section="scaling"></cpi-section-card>
        <div style="height: 150vh"></div>
      </div>`,
    );
    const [cta, card] = [...page.querySelectorAll('cpi-register-cta, cpi-section-card')];
    await settled(cta);
    await settled(card);
    const events: {event: CpiImpressionEvent; at: number}[] = [];
    page.addEventListener('cpi-impression', (event) =>
      events.push({event: event as CpiImpressionEvent, at: performance.now()}),
    );
    // Below the fold: nothing, however long it stays there (checked when the other fires).
    await frame();
    expect(events).to.deep.equal([]);

    cta.scrollIntoView({block: 'center'});
    const shown = performance.now();
    const ctaSeen = () => events.find(({event}) => event.placement === 'cta');
    await waitUntil(ctaSeen, 'the register block’s impression', {timeout: 5000});
    expect(ctaSeen()!.at - shown).to.be.at.least(1000);
    expect(ctaSeen()!.event.sectionId).to.equal(undefined);
    expect(ctaSeen()!.event.composed).to.equal(true);

    // Away and back: still one impression of the register block; the card is counted once too.
    page.scrollTo(0, 0);
    await frame();
    card.scrollIntoView({block: 'center'});
    await waitUntil(() => events.length > 1, 'the card’s impression', {timeout: 5000});
    expect(events.map(({event}) => [event.placement, event.sectionId]).sort()).to.deep.equal([
      ['card', 'scaling'],
      ['cta', undefined],
    ]);
  });

  it('does not count an element less than half on screen', async () => {
    const feed = await officialFeed();
    const placements: string[] = [];
    document.addEventListener('cpi-impression', (event) =>
      placements.push((event as CpiImpressionEvent).placement),
    );
    // One element wholly on screen; the other showing only its top 40 px, clipped by the window.
    const page = await fixture(
      html`<div style="position: fixed; inset: 0; overflow: hidden">
        <cpi-register-cta .feed=${feed}></cpi-register-cta>
        <cpi-section-card
          .feed=${feed}
          section="scaling"
          style="position: absolute; inset-inline: 0; top: calc(100vh - 40px)"
        ></cpi-section-card>
      </div>`,
    );
    await Promise.all([...page.children].map((el) => settled(el)));
    const card = page.querySelector('cpi-section-card')!;
    expect(40 / card.getBoundingClientRect().height).to.be.lessThan(0.5);
    // Both have been where they are since the same moment: when the one on screen has fired,
    // the other would have too.
    await waitUntil(() => placements.includes('cta'), 'the register block’s impression', {
      timeout: 5000,
    });
    await frame();
    expect(placements).to.deep.equal(['cta']);
  });

  it('counts the latest of several changes the observer reports at once', async () => {
    // A busy page delivers "off screen" and then "on screen" in one callback: the latest counts.
    const Native = window.IntersectionObserver;
    let report: IntersectionObserverCallback | undefined;
    window.IntersectionObserver = class {
      constructor(callback: IntersectionObserverCallback) {
        report = callback;
      }
      observe() {}
      disconnect() {}
    } as unknown as typeof IntersectionObserver;
    try {
      const feed = await officialFeed();
      const cta = await fixture(html`<cpi-register-cta .feed=${feed}></cpi-register-cta>`);
      await settled(cta);
      await waitUntil(() => report, 'the element to observe itself');
      let seen = false;
      cta.addEventListener('cpi-impression', () => (seen = true));
      const entry = (intersectionRatio: number) =>
        ({intersectionRatio}) as IntersectionObserverEntry;
      report!([entry(0), entry(1)], {} as IntersectionObserver);
      await waitUntil(() => seen, 'the impression', {timeout: 5000});
    } finally {
      window.IntersectionObserver = Native;
    }
  });
});
