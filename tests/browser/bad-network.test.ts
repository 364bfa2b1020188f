import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {CpiIndex} from '../../src/index.js';
import {configureFeedLoading} from '../../src/feed/load-feed.js';
import {
  nextEvent,
  part,
  parts,
  renderedLines,
  requestCount,
  resetFeeds,
  settled,
  testFeed,
} from './helpers.js';

beforeEach(resetFeeds);

/** Mounts an index on `url` and returns it with the first cpi-feed-error it fires. */
async function failingIndex(url: string) {
  const el = document.createElement('cpi-index');
  el.src = url;
  const failed = nextEvent(el, 'cpi-feed-error');
  document.body.append(el);
  const event = await failed;
  await el.updateComplete;
  return {el, event};
}

async function retrySucceeds(el: CpiIndex) {
  const loaded = nextEvent(el, 'cpi-feed-load');
  part(el, '[part="retry-button"]').click();
  await loaded;
  await el.updateComplete;
  expect(parts(el, '[part="card"]')).to.have.length(22);
}

const cases = [
  // case, kind, status, words in the message, requests before the error (3 = retried twice)
  ['404', 'http', 404, 'answered HTTP 404 Not Found', 1],
  ['500', 'http', 500, 'answered HTTP 500 Internal Server Error', 3],
  ['503', 'http', 503, 'answered HTTP 503 Service Unavailable', 3],
  ['html', 'parse', undefined, 'is HTML, not JSON', 1],
  ['empty', 'parse', undefined, 'is empty', 1],
  ['truncated', 'parse', undefined, 'is not valid JSON', 1],
  [
    'wrong-shape',
    'schema',
    undefined,
    'index.title: expected a string, got 42\nsections: expected a list, got the text "none"',
    1,
  ],
  ['huge', 'parse', undefined, 'is larger than 1000 kB, the most the widget reads', 1],
] as const;

describe('bad networks', () => {
  for (const [testCase, kind, status, words, requests] of cases) {
    it(`${testCase}: a plain message, the event, and Retry recovers`, async () => {
      const {url, key} = testFeed({case: testCase, fail: requests});
      const {el, event} = await failingIndex(url);
      expect([event.kind, event.status]).to.deep.equal([kind, status]);
      expect(event.message).to.contain(words);
      expect(event.message).to.contain(new URL(url, location.href).href);
      expect(await requestCount(key)).to.equal(requests);
      expect(renderedLines(el)[0]).to.equal('The Creator Program Index could not be loaded.');
      expect(part(el, '[part="error"]').getAttribute('role')).to.equal('status');
      await retrySucceeds(el);
      el.remove();
    });
  }

  it('a server that never answers: a timeout error after the retries, no spinner forever', async () => {
    configureFeedLoading({timeoutMs: 300, retries: 1});
    const {url, key} = testFeed({case: 'hang', fail: 2});
    const {el, event} = await failingIndex(url);
    expect(event.kind).to.equal('timeout');
    expect(event.message).to.contain('did not answer within 300 ms');
    expect(await requestCount(key)).to.equal(2);
    expect(part(el, '[part~="base"]').getAttribute('aria-busy')).to.equal('false');
    await retrySucceeds(el);
    el.remove();
  });

  it('a refused connection: a network error naming the likely causes', async () => {
    configureFeedLoading({retries: 1});
    const {el, event} = await failingIndex('http://127.0.0.1:59999/feed.json');
    expect(event.kind).to.equal('network');
    expect(event.status).to.equal(undefined);
    expect(event.message).to.equal(
      "The feed at http://127.0.0.1:59999/feed.json could not be reached: the network is down, or the feed's server refuses this page (CORS), or the page's CSP connect-src blocks it.",
    );
    const again = nextEvent(el, 'cpi-feed-error');
    part(el, '[part="retry-button"]').click();
    expect((await again).kind).to.equal('network');
    el.remove();
  });

  it('a CORS refusal: a network error, and Retry recovers once the server allows it', async () => {
    const {url, key} = testFeed({cors: 'no', fail: 3});
    const crossOrigin = new URL(url, location.href);
    crossOrigin.hostname = crossOrigin.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const {el, event} = await failingIndex(crossOrigin.href);
    expect(event.kind).to.equal('network');
    expect(event.message).to.contain('(CORS)');
    expect(await requestCount(key)).to.equal(3);
    await retrySucceeds(el);
    el.remove();
  });

  it('transient failures are retried with backoff before any error shows', async () => {
    const {url, key} = testFeed({case: 503, fail: 2});
    const errors: Event[] = [];
    const el = await fixture<CpiIndex>(
      html`<cpi-index src=${url} @cpi-feed-error=${(e: Event) => errors.push(e)}></cpi-index>`,
    );
    await settled(el);
    expect(parts(el, '[part="card"]')).to.have.length(22);
    expect(errors).to.have.length(0);
    expect(await requestCount(key)).to.equal(3);
  });

  it('honours Retry-After on a 429', async () => {
    const {url, key} = testFeed({case: 429, fail: 1, retryAfter: 1});
    const started = performance.now();
    const el = await fixture<CpiIndex>(html`<cpi-index src=${url}></cpi-index>`);
    await settled(el);
    expect(performance.now() - started).to.be.greaterThan(900);
    expect(await requestCount(key)).to.equal(2);
  });

  it('a feed that answers after the element was removed: no event, no work', async () => {
    const {url, key} = testFeed({delay: 400});
    const el = document.createElement('cpi-index');
    el.src = url;
    const events: string[] = [];
    for (const type of ['cpi-feed-load', 'cpi-feed-error'])
      el.addEventListener(type, () => events.push(type));
    document.body.append(el);
    await el.updateComplete;
    el.remove();
    // A request of the same delay, sent after the element's: once it is answered, so was that one.
    await fetch(testFeed({delay: 400}).url);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(events).to.deep.equal([]);
    expect(parts(el, '[part="card"]')).to.have.length(0);
    expect(await requestCount(key)).to.equal(1);
  });
});
