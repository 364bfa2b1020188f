import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {CpiIndex} from '../../src/index.js';
import {clearFeedMemory} from '../../src/feed/feed-store.js';
import {normalizeFeedUrl, storageBudget, storageKey} from '../../src/feed/feed-storage.js';
import {
  nextEvent,
  officialFeed,
  part,
  parts,
  requestCount,
  resetFeeds,
  settled,
  testFeed,
} from './helpers.js';

beforeEach(resetFeeds);

const hours = 3600_000;

/** Puts a copy of a feed in storage as an earlier visit would have. */
async function storeCopy(
  url: string,
  fetchedAt: number,
  change?: (feed: Awaited<ReturnType<typeof officialFeed>>) => void,
) {
  const feed = await officialFeed();
  change?.(feed);
  const finalUrl = new URL(url, location.href).href;
  localStorage.setItem(storageKey(finalUrl), JSON.stringify({fetchedAt, finalUrl, feed}));
}

/** Our entries in storage: how many, and how many characters they take, keys included. */
function ownEntries(): {count: number; chars: number} {
  const keys = Object.keys(localStorage).filter((key) => key.startsWith('cpi:feed:'));
  const chars = keys.reduce((sum, key) => sum + key.length + localStorage.getItem(key)!.length, 0);
  return {count: keys.length, chars};
}

describe('the last good copy', () => {
  it('is stored under one namespaced key per feed URL, and nothing else is stored', async () => {
    const {url} = testFeed();
    const el = await fixture<CpiIndex>(html`<cpi-index src=${url}></cpi-index>`);
    await settled(el);
    expect(Object.keys(localStorage)).to.deep.equal([
      `cpi:feed:${new URL(url, location.href).href}`,
    ]);
    const stored = JSON.parse(localStorage.getItem(Object.keys(localStorage)[0])!);
    expect(stored.feed.sections).to.have.length(22);
    expect(Math.abs(Date.now() - stored.fetchedAt)).to.be.lessThan(10_000);
    expect(document.cookie).to.equal('');
  });

  it('is stored nowhere with cache="memory"', async () => {
    const el = await fixture<CpiIndex>(
      html`<cpi-index src=${testFeed().url} cache="memory"></cpi-index>`,
    );
    await settled(el);
    expect(localStorage.length).to.equal(0);
  });

  it('is shown at once on the next visit while the fresh copy loads, then replaced without a jump', async () => {
    const {url, key} = testFeed({delay: 500});
    await storeCopy(
      url,
      Date.now() - 5 * hours,
      (feed) => (feed.index = {...(feed.index as object), title: 'Yesterday’s title'}),
    );
    const el = await fixture<CpiIndex>(html`<cpi-index src=${url}></cpi-index>`);
    expect(part(el, '[part="title"]').textContent).to.equal('Yesterday’s title');
    expect(parts(el, '.card-skeleton')).to.have.length(0);
    const heightBefore = el.getBoundingClientRect().height;
    await nextEvent(el, 'cpi-feed-load');
    await el.updateComplete;
    expect(part(el, '[part="title"]').textContent).to.equal('The Creator Program Index');
    expect(el.getBoundingClientRect().height).to.equal(heightBefore);
    expect(await requestCount(key)).to.equal(1);
  });

  it('stays on screen, with its age, when the refresh fails; the error event still fires', async () => {
    const {url} = testFeed({case: 404});
    await storeCopy(url, Date.now() - 3 * hours);
    const el = document.createElement('cpi-index');
    el.src = url;
    const failed = nextEvent(el, 'cpi-feed-error');
    document.body.append(el);
    expect((await failed).status).to.equal(404);
    await el.updateComplete;
    expect(parts(el, '[part="card"]')).to.have.length(22);
    const notice = part(el, '[part="notice"]');
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent).to.contain(
      'Showing the copy from 3 hours ago; it could not be refreshed.',
    );
    el.remove();
  });

  it('is ignored when it is not a valid feed', async () => {
    const {url} = testFeed({delay: 300});
    localStorage.setItem(
      storageKey(new URL(url, location.href).href),
      JSON.stringify({fetchedAt: 1, finalUrl: location.href, feed: {version: 1, sections: 'x'}}),
    );
    const el = await fixture<CpiIndex>(html`<cpi-index src=${url}></cpi-index>`);
    expect(parts(el, '.card-skeleton')).to.have.length(22);
    await settled(el);
  });

  it('is kept in memory for the page even when storage throws on every call', async () => {
    const {getItem, setItem} = Storage.prototype;
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const {url, key} = testFeed();
      const el = await fixture<CpiIndex>(html`<cpi-index src=${url}></cpi-index>`);
      await settled(el);
      expect(parts(el, '[part="card"]')).to.have.length(22);
      const again = await fixture<CpiIndex>(html`<cpi-index src=${url}></cpi-index>`);
      await settled(again);
      expect(await requestCount(key)).to.equal(1);
    } finally {
      Storage.prototype.getItem = getItem;
      Storage.prototype.setItem = setItem;
    }
  });

  it('works when reading window.localStorage itself throws (sandboxed frames)', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The document is sandboxed', 'SecurityError');
      },
    });
    try {
      clearFeedMemory();
      const el = await fixture<CpiIndex>(html`<cpi-index src=${testFeed().url}></cpi-index>`);
      await settled(el);
      expect(parts(el, '[part="card"]')).to.have.length(22);
    } finally {
      if (own) Object.defineProperty(window, 'localStorage', own);
      else delete (window as {localStorage?: Storage}).localStorage;
    }
    expect(() => window.localStorage.length).not.to.throw();
  });
});

describe('the host storage stays the host’s', () => {
  it('keeps only the fields the widget shows, never unknown fields or padding', async () => {
    const {url} = testFeed({case: 'padded'});
    const el = await fixture<CpiIndex>(html`<cpi-index src=${url}></cpi-index>`);
    await settled(el);
    const stored = localStorage.getItem(storageKey(new URL(url, location.href).href))!;
    expect(stored).not.to.contain('ppppp');
    expect(stored).not.to.contain('nnnnn');
    expect(stored.length).to.be.lessThan(12_000);
  });

  it('keeps at most 8 feeds within its budget, the least recently stored going first', async () => {
    const urls = Array.from({length: 40}, (_, i) => testFeed({bust: i}).url);
    for (const url of urls) {
      const el = await fixture<CpiIndex>(html`<cpi-index src=${url} cache="storage"></cpi-index>`);
      await settled(el);
      el.remove();
    }
    expect(ownEntries().count).to.equal(storageBudget.maxFeeds);
    const kept = urls.slice(-8).map((url) => storageKey(new URL(url, location.href).href));
    expect(Object.keys(localStorage).sort()).to.deep.equal(kept.sort());
  });

  it('stays under its character budget with large feeds, and the host can still write', async () => {
    for (let i = 0; i < 5; i++) {
      const el = await fixture<CpiIndex>(
        html`<cpi-index
          src=${testFeed({case: 'big', sections: 60, summary: 1900}).url}
        ></cpi-index>`,
      );
      await settled(el);
      el.remove();
    }
    expect(ownEntries().chars).to.be.at.most(storageBudget.maxChars);
    expect(ownEntries().count).to.be.greaterThan(0);
    localStorage.setItem('host:own', 'h'.repeat(4_000_000));
    expect(localStorage.getItem('host:own')).to.have.length(4_000_000);
  });

  it('gives way when the host has filled the storage: no error, and the host keeps its room', async () => {
    for (const bust of [1, 2]) {
      const el = await fixture<CpiIndex>(html`<cpi-index src=${testFeed({bust}).url}></cpi-index>`);
      await settled(el);
    }
    const before = ownEntries();
    expect(before.count).to.equal(2);
    // The host fills its storage to the last character it can.
    let chunk = 1 << 22;
    for (let i = 0; chunk >= 1; i++) {
      try {
        localStorage.setItem(`host:${i}`, 'h'.repeat(chunk));
      } catch {
        chunk >>= 1;
      }
    }
    const next = await fixture<CpiIndex>(
      html`<cpi-index src=${testFeed({case: 'big', sections: 30, summary: 900}).url}></cpi-index>`,
    );
    await settled(next);
    expect(parts(next, '[part="card"]')).to.have.length(30);
    // The larger new copy could not fit: ours made room, oldest first, then gave up its own.
    const after = ownEntries();
    expect(after.chars).to.be.at.most(before.chars);
    expect(after.count).to.be.lessThan(before.count);
    expect(Object.keys(localStorage).some((key) => key.includes('case=big'))).to.equal(false);
    localStorage.setItem('host:after', 'h'.repeat(before.chars - after.chars - 100));
  });

  it('removes the stored copy of its feed with cache="memory"', async () => {
    const {url} = testFeed();
    await storeCopy(url, Date.now() - hours);
    const el = await fixture<CpiIndex>(html`<cpi-index src=${url} cache="memory"></cpi-index>`);
    await settled(el);
    expect(ownEntries().count).to.equal(0);
  });

  it('keys a feed by its URL without fragment or empty query', async () => {
    const {url} = testFeed();
    const el = await fixture<CpiIndex>(html`<cpi-index src=${`${url}#top`}></cpi-index>`);
    await settled(el);
    expect(Object.keys(localStorage)).to.deep.equal([
      `cpi:feed:${new URL(url, location.href).href}`,
    ]);
    expect(normalizeFeedUrl('https://feeds.example/feed.json?#x')).to.equal(
      'https://feeds.example/feed.json',
    );
  });

  it('ignores a stored copy whose time is not a real time or lies in the future', async () => {
    for (const fetchedAt of ['1e999', Date.now() + 3 * 24 * hours, -5]) {
      clearFeedMemory();
      const {url} = testFeed({delay: 300});
      const finalUrl = new URL(url, location.href).href;
      const feed = await officialFeed();
      localStorage.setItem(
        storageKey(finalUrl),
        `{"fetchedAt":${fetchedAt},"finalUrl":${JSON.stringify(finalUrl)},"feed":${JSON.stringify(feed)}}`,
      );
      const el = await fixture<CpiIndex>(html`<cpi-index src=${url}></cpi-index>`);
      // No stored copy is shown: the skeleton waits for the network.
      expect(parts(el, '.card-skeleton'), `fetchedAt ${fetchedAt}`).to.have.length(22);
      await settled(el);
      el.remove();
    }
  });

  it('resolves a stored copy’s links against the URL that answered, after a redirect', async () => {
    const feed = await officialFeed();
    (feed.register as Record<string, unknown>).url = 'join.html';
    // The first request answers; the second never does, so the later element shows the stored copy.
    const {url} = testFeed({body: JSON.stringify(feed), case: 'hang', okFirst: 1});
    const moved = `/__moved${url}`;
    const first = await fixture<CpiIndex>(html`<cpi-index src=${moved}></cpi-index>`);
    await settled(first);
    const href = (el: CpiIndex) => part<HTMLAnchorElement>(el, '[part="button"]').href;
    expect(href(first)).to.equal(new URL('/join.html', location.href).href);
    first.remove();
    clearFeedMemory();
    const later = await fixture<CpiIndex>(html`<cpi-index src=${moved}></cpi-index>`);
    expect(href(later)).to.equal(new URL('/join.html', location.href).href);
    later.remove();
  });
});
