// Faults found on the landed build by probing with pages and feeds the other tests did not have.
// Each test here failed before its fix.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/index.js';
import type {CpiIndex, CpiRegisterCta, CpiSectionCard} from '../../src/index.js';
import {configureFeedLoading} from '../../src/feed/load-feed.js';
import {
  nextEvent,
  officialFeed,
  part,
  parts,
  renderedLines,
  requestCount,
  resetFeeds,
  settled,
  testFeed,
} from './helpers.js';

beforeEach(resetFeeds);

describe('faults of the landed build', () => {
  it('loads a feed in a browser without AbortSignal.any', async () => {
    const any = AbortSignal.any;
    // @ts-expect-error: the browsers of before 2024 have no AbortSignal.any
    delete AbortSignal.any;
    try {
      const el = await fixture<CpiIndex>(html`<cpi-index src=${testFeed().url}></cpi-index>`);
      await settled(el);
      expect(parts(el, '[part="card"]')).to.have.length(22);
    } finally {
      AbortSignal.any = any;
    }
  });

  it('times out even when the page wraps fetch and drops its options', async () => {
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL) => original(input);
    configureFeedLoading({timeoutMs: 300, retries: 0});
    try {
      const el = document.createElement('cpi-index');
      el.src = testFeed({case: 'hang'}).url;
      const failed = nextEvent(el, 'cpi-feed-error');
      document.body.append(el);
      expect((await failed).kind).to.equal('timeout');
      await el.updateComplete;
      expect(parts(el, '[part="error"]')).to.have.length(1);
      el.remove();
    } finally {
      window.fetch = original;
    }
  });

  it('brings back every element on a failing feed with one Retry', async () => {
    configureFeedLoading({retries: 0});
    // The first request fails; the next one answers.
    const {url, key} = testFeed({case: 503, fail: 1});
    const wrapper = await fixture(
      html`<div>
        <cpi-index src=${url}></cpi-index>
        <cpi-section-card src=${url} section="scaling"></cpi-section-card>
        <cpi-section-card src=${url} section="attribution-and-measurement"></cpi-section-card>
        <cpi-register-cta src=${url}></cpi-register-cta>
      </div>`,
    );
    const elements = [...wrapper.children] as (CpiIndex | CpiSectionCard | CpiRegisterCta)[];
    await Promise.all(elements.map((el) => settled(el)));
    for (const el of elements) expect(parts(el, '[part="error"]')).to.have.length(1);
    const loaded = elements.map((el) => nextEvent(el, 'cpi-feed-load'));
    part(elements[1], '[part="retry-button"]').click();
    await Promise.all(loaded);
    await Promise.all(elements.map((el) => el.updateComplete));
    expect(parts(elements[0], '[part="card"]')).to.have.length(22);
    expect(parts(elements[2], '[part="card"]')).to.have.length(1);
    expect(parts(elements[3], '[part="cta"]')).to.have.length(1);
    expect(await requestCount(key)).to.equal(2);
  });

  it('uses an inline feed that arrives after the element upgraded (streamed HTML)', async () => {
    const el = document.createElement('cpi-index');
    document.body.append(el);
    await el.updateComplete;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({
      version: 1,
      index: {title: 'Streamed inline'},
      sections: [{id: 'a', title: 'A', status: 'live'}],
    });
    el.append(script);
    await waitUntil(
      () => el.shadowRoot?.querySelector('[part="title"]')?.textContent === 'Streamed inline',
      'the inline feed to be shown',
    );
    el.remove();
  });

  it('sends at most the page’s origin as Referer with the feed request', async () => {
    const {url, key} = testFeed();
    const el = await fixture<CpiIndex>(html`<cpi-index src=${url}></cpi-index>`);
    await settled(el);
    const {referer} = (await (await fetch(`/__feed/referer?key=${key}`)).json()) as {
      referer: string | null;
    };
    expect(referer === null || referer === `${location.origin}/`, `Referer ${referer}`).to.equal(
      true,
    );
  });

  it('never takes a link from a name the page added to Object.prototype', async () => {
    const feed = await officialFeed();
    delete feed.register;
    const proto = Object.prototype as Record<string, unknown>;
    proto.url = 'https://polluted.example/';
    proto.register = {url: 'https://polluted.example/register', heading: 'Polluted'};
    try {
      const card = await fixture<CpiSectionCard>(
        html`<cpi-section-card
          .feed=${feed}
          section="attribution-and-measurement"
        ></cpi-section-card>`,
      );
      await settled(card);
      expect(renderedLines(card).join(' ')).not.to.contain('Register to read');
      expect(card.shadowRoot!.innerHTML).not.to.contain('polluted.example');
      const cta = await fixture<CpiRegisterCta>(
        html`<cpi-register-cta .feed=${feed}></cpi-register-cta>`,
      );
      await settled(cta);
      expect(cta.shadowRoot!.innerHTML).not.to.contain('polluted.example');
    } finally {
      delete proto.url;
      delete proto.register;
    }
  });

  it('shows the index on a page whose language tag is an inherited name', async () => {
    const feed = await officialFeed();
    const wrapper = await fixture(
      html`<div lang="constructor"><cpi-index .feed=${feed}></cpi-index></div>`,
    );
    const el = wrapper.querySelector('cpi-index')!;
    await settled(el);
    expect(renderedLines(el)).to.include('Intelligence sections');
  });
});
