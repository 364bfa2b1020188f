import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import './cpi-index.js';
import type {CpiIndex} from './cpi-index.js';
import {
  officialFeed,
  part,
  parts,
  renderedLines,
  requestCount,
  resetFeeds,
  seedLines,
  settled,
  testFeed,
  nextEvent,
} from '../../../tests/browser/helpers.js';

beforeEach(resetFeeds);

describe('cpi-index', () => {
  it('reproduces the index page, line by line, from the official feed with no attributes', async () => {
    const el = await fixture<CpiIndex>(html`<cpi-index></cpi-index>`);
    await settled(el);
    expect(renderedLines(el)).to.deep.equal(await seedLines());
  });

  it('fires cpi-feed-load with the feed URL and the section count', async () => {
    const {url} = testFeed();
    const el = document.createElement('cpi-index');
    el.src = url;
    const loaded = nextEvent(el, 'cpi-feed-load');
    document.body.append(el);
    const event = await loaded;
    expect(event.url).to.equal(new URL(url, location.href).href);
    expect(event.sectionCount).to.equal(22);
    el.remove();
  });

  it('uses real headings from heading-level, cards one level below the grid heading', async () => {
    const el = await fixture<CpiIndex>(html`<cpi-index heading-level="3"></cpi-index>`);
    await settled(el);
    expect(part(el, '[part="title"]').localName).to.equal('h3');
    expect(part(el, '[part="grid-heading"]').localName).to.equal('h4');
    expect(parts(el, '[part="card-title"]').map((h) => h.localName)).to.deep.equal(
      Array(22).fill('h5'),
    );
    expect(part(el, '[part="cta-heading"]').localName).to.equal('h4');
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      el.headingLevel = 9;
      await el.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(part(el, '[part="title"]').localName).to.equal('h2');
    // The warning quotes the value set from script, not the attribute written before it.
    expect(warnings).to.deep.equal([
      '<cpi-index>: heading-level="9" is not a level from 1 to 6; the default is used.',
    ]);
  });

  it('shows only live sections with status="live", and the figures still count all', async () => {
    const el = await fixture<CpiIndex>(html`<cpi-index status="live"></cpi-index>`);
    await settled(el);
    expect(parts(el, '[part="card-title"]').map((h) => h.textContent)).to.deep.equal([
      'Attribution and Measurement',
    ]);
    expect(parts(el, '.figure-value').map((v) => v.textContent)).to.deep.equal(['22', '1', 'Free']);
  });

  it('shows the listed sections in the listed order', async () => {
    const el = await fixture<CpiIndex>(
      html`<cpi-index sections="scaling, foundation,brief-writing"></cpi-index>`,
    );
    await settled(el);
    expect(parts(el, '[part="card-title"]').map((h) => h.textContent)).to.deep.equal([
      'Scaling',
      'Foundation — What B2B Creator Programs Are',
      'Brief Writing',
    ]);
    el.sections = 'brief-writing';
    await el.updateComplete;
    expect(parts(el, '[part="card-title"]').map((h) => h.textContent)).to.deep.equal([
      'Brief Writing',
    ]);
  });

  it('reports listed ids the feed does not have, and shows the others', async () => {
    const el = document.createElement('cpi-index');
    el.sections = 'scaling,no-such-thing';
    const error = nextEvent(el, 'cpi-feed-error');
    document.body.append(el);
    const event = await error;
    expect(event.kind).to.equal('schema');
    expect(event.message).to.contain('no-such-thing');
    await settled(el);
    expect(parts(el, '[part="card-title"]').map((h) => h.textContent)).to.deep.equal(['Scaling']);
    el.remove();
  });

  it('says so when no section matches', async () => {
    const el = await fixture<CpiIndex>(html`<cpi-index status="archived"></cpi-index>`);
    await settled(el);
    expect(renderedLines(el)).to.include('No sections match this selection.');
    expect(parts(el, '[part="card"]')).to.have.length(0);
  });

  it('links the live card and the register block, with the partner parameters merged', async () => {
    const feed = await officialFeed();
    feed.register = {...(feed.register as object), url: 'https://example.com/register?ref=x'};
    const el = await fixture<CpiIndex>(html`<cpi-index partner="acme" .feed=${feed}></cpi-index>`);
    await settled(el);
    const tags = 'utm_source=acme&utm_medium=embed&utm_campaign=creator-program-index';
    const link = part<HTMLAnchorElement>(el, '[part="link"]');
    expect(link.href).to.equal(`https://example.com/register?ref=x&${tags}`);
    expect(link.getAttribute('aria-label')).to.equal(
      'Register to read: Attribution and Measurement',
    );
    expect(link.rel).to.equal('noopener noreferrer');
    expect(part<HTMLAnchorElement>(el, '[part="button"]').href).to.equal(
      `https://example.com/register?ref=x&${tags}`,
    );
    // A partner set later reaches the cards' links too.
    el.partner = 'globex';
    await el.updateComplete;
    expect(part<HTMLAnchorElement>(el, '[part="link"]').href).to.equal(
      'https://example.com/register?ref=x&utm_source=globex&utm_medium=embed&utm_campaign=creator-program-index',
    );
  });

  it('fires cpi-register-click from the card and the block, and cpi-section-click for a section URL', async () => {
    const feed = await officialFeed();
    feed.sections[1] = {...feed.sections[1], url: 'https://example.com/read/attribution'};
    const el = await fixture<CpiIndex>(html`<cpi-index .feed=${feed}></cpi-index>`);
    await settled(el);
    const clicks: Event[] = [];
    const stop = (e: Event) => {
      clicks.push(e);
      e.preventDefault();
    };
    document.addEventListener('cpi-register-click', stop);
    document.addEventListener('cpi-section-click', stop);
    part(el, '[part="link"]').click();
    part(el, '[part="button"]').click();
    document.removeEventListener('cpi-register-click', stop);
    document.removeEventListener('cpi-section-click', stop);
    expect(clicks.map((e) => e.type)).to.deep.equal(['cpi-section-click', 'cpi-register-click']);
    const [section, register] = clicks as [
      HTMLElementEventMap['cpi-section-click'],
      HTMLElementEventMap['cpi-register-click'],
    ];
    expect(section.sectionId).to.equal('attribution-and-measurement');
    expect(section.href).to.equal('https://example.com/read/attribution');
    expect(register.placement).to.equal('index');
    expect(register.sectionId).to.equal(undefined);
    expect(register.href).to.equal(new URL('register.html', location.href).href);
    expect(register.composed && register.bubbles).to.equal(true);
  });

  it('shows a skeleton of the final size while loading, then the index', async () => {
    const {url} = testFeed({delay: 600});
    const el = await fixture<CpiIndex>(html`<cpi-index src=${url}></cpi-index>`);
    expect(part(el, '[part~="base"]').getAttribute('aria-busy')).to.equal('true');
    expect(parts(el, '.card-skeleton')).to.have.length(22);
    expect(part(el, '[role="status"]').textContent).to.equal('Loading the Creator Program Index…');
    await settled(el);
    expect(parts(el, '[part="card"]')).to.have.length(22);
  });

  it('sizes the skeleton from the sections attribute', async () => {
    const {url} = testFeed({delay: 400});
    const el = await fixture<CpiIndex>(html`<cpi-index src=${url} sections="a,b,c"></cpi-index>`);
    expect(parts(el, '.card-skeleton')).to.have.length(3);
    await settled(el);
  });

  it('shows a plain message and Retry on failure, and Retry loads the feed', async () => {
    const {url, key} = testFeed({case: 404, fail: 1});
    const el = document.createElement('cpi-index');
    el.src = url;
    const failed = nextEvent(el, 'cpi-feed-error');
    document.body.append(el);
    const event = await failed;
    expect([event.kind, event.status]).to.deep.equal(['http', 404]);
    expect(event.message).to.contain('answered HTTP 404');
    await el.updateComplete;
    // What happened and what to do; the URL and the status are the event's, not the reader's.
    expect(renderedLines(el)).to.deep.equal([
      'The Creator Program Index could not be loaded.',
      'Please try again later.',
      'Retry',
    ]);
    const loaded = nextEvent(el, 'cpi-feed-load');
    part(el, '[part="retry-button"]').click();
    await loaded;
    await el.updateComplete;
    expect(parts(el, '[part="card"]')).to.have.length(22);
    expect(await requestCount(key)).to.equal(2);
    el.remove();
  });

  it('keeps the last good index when a later load of the same feed fails, with a note and Retry', async () => {
    const good = testFeed({case: 'html', okFirst: 1});
    const el = await fixture<CpiIndex>(html`<cpi-index src=${good.url}></cpi-index>`);
    await settled(el);
    const failed = nextEvent(el, 'cpi-feed-error');
    el.reload();
    expect((await failed).kind).to.equal('parse');
    await el.updateComplete;
    expect(parts(el, '[part="card"]')).to.have.length(22);
    expect(part(el, '[part="notice"]').textContent).to.contain('it could not be refreshed');
  });

  it('shows the error of a new src that fails, not the feed of the previous src', async () => {
    const feed = await officialFeed();
    feed.index = {title: 'The first src'};
    const el = await fixture<CpiIndex>(
      html`<cpi-index src=${testFeed({body: JSON.stringify(feed)}).url}></cpi-index>`,
    );
    await settled(el);
    const failed = nextEvent(el, 'cpi-feed-error');
    el.src = testFeed({case: 404}).url;
    await failed;
    await el.updateComplete;
    expect(renderedLines(el)).not.to.include('The first src');
    expect(parts(el, '[part="card"]')).to.have.length(0);
    expect(parts(el, '[part="error"]')).to.have.length(1);
  });

  it('takes a feed object, and an inline JSON script, instead of fetching', async () => {
    const feed = await officialFeed();
    feed.index = {title: 'Given as a property'};
    const byProperty = await fixture<CpiIndex>(html`<cpi-index .feed=${feed}></cpi-index>`);
    await settled(byProperty);
    expect(part(byProperty, '[part="title"]').textContent).to.equal('Given as a property');

    const inline = JSON.stringify({
      version: 1,
      index: {title: 'Given inline'},
      sections: [{id: 'a', title: 'A', status: 'live'}],
    });
    const wrapper = await fixture(
      `<div><cpi-index><script type="application/json">${inline}</script></cpi-index></div>`,
    );
    const byScript = wrapper.querySelector('cpi-index')!;
    await settled(byScript);
    expect(renderedLines(byScript).slice(0, 2)).to.deep.equal(['Given inline', '1']);
  });

  it('takes a feed property set before the element was defined', async () => {
    const el = document.createElement('cpi-index-later') as HTMLElement & {feed?: unknown};
    el.feed = {version: 1, index: {title: 'Set before upgrade'}, sections: []};
    document.body.append(el);
    const {CpiIndex: Index} = await import('./cpi-index.js');
    customElements.define('cpi-index-later', class extends Index {});
    await settled(el);
    expect(renderedLines(el)).to.include('Set before upgrade');
    expect(renderedLines(el)).to.include('The index has no sections yet.');
    el.remove();
  });

  it('shows what the last src asked for when src changes mid-load', async () => {
    const slow = testFeed({delay: 800});
    const fast = await officialFeed();
    fast.index = {title: 'The newer answer'};
    const el = await fixture<CpiIndex>(html`<cpi-index src=${slow.url}></cpi-index>`);
    el.src = testFeed({body: JSON.stringify(fast)}).url;
    await settled(el);
    // A request of the same delay, sent after the first: once it is answered, so was the first.
    await fetch(testFeed({delay: 800}).url);
    await el.updateComplete;
    expect(part(el, '[part="title"]').textContent).to.equal('The newer answer');
  });

  it('shows the error state for an invalid inline feed, not a blank box', async () => {
    const wrapper = await fixture(
      `<div><cpi-index><script type="application/json">{"version":</script></cpi-index></div>`,
    );
    const el = wrapper.querySelector('cpi-index')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[part="error"]'));
    expect(renderedLines(el)[0]).to.equal('The Creator Program Index could not be loaded.');
  });

  it('paints a very long index as fast as a short one: 60 cards first, the rest right after', async () => {
    const feed = await officialFeed();
    const base = feed.sections;
    feed.sections = Array.from({length: 1000}, (_, i) => ({
      ...base[i % base.length],
      id: `s-${i}`,
    }));
    const el = await fixture<CpiIndex>(html`<cpi-index .feed=${feed}></cpi-index>`);
    expect(parts(el, '[part="card"]')).to.have.length(60);
    expect(parts(el, '.figure-value')[0].textContent).to.equal('1,000');
    await waitUntil(() => parts(el, '[part="card"]').length === 1000, 'every card to render', {
      timeout: 5000,
    });
    expect(parts(el, '[part="card-title"]').at(-1)!.textContent).to.equal(
      base[999 % base.length].title,
    );
  });
});
