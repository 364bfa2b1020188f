import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {CpiIndex} from '../../src/index.js';
import {clearFeedMemory} from '../../src/feed/feed-store.js';
import {storageKey} from '../../src/feed/feed-storage.js';
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
  const raw = await officialFeed();
  change?.(raw);
  localStorage.setItem(
    storageKey(new URL(url, location.href).href),
    JSON.stringify({fetchedAt, raw}),
  );
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
    expect(stored.raw.sections).to.have.length(22);
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
      '{"fetchedAt":1,"raw":{"version":1,"sections":"x"}}',
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
