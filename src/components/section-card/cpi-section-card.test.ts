import {expect, fixture, html} from '@open-wc/testing';
import './cpi-section-card.js';
import type {CpiSectionCard} from './cpi-section-card.js';
import {
  officialFeed,
  part,
  renderedLines,
  resetFeeds,
  seedLines,
  settled,
  testFeed,
  nextEvent,
} from '../../../tests/browser/helpers.js';

beforeEach(resetFeeds);

async function card(section: string, extra = '') {
  const wrapper = await fixture(
    `<div><cpi-section-card section="${section}" ${extra}></cpi-section-card></div>`,
  );
  const el = wrapper.querySelector('cpi-section-card')!;
  await settled(el);
  return el;
}

describe('cpi-section-card', () => {
  it('shows one section exactly as the page does', async () => {
    const lines = await seedLines();
    const el = await card('attribution-and-measurement');
    const at = lines.indexOf('Attribution and Measurement');
    expect(renderedLines(el)).to.deep.equal(lines.slice(at, at + 4));
    expect(renderedLines(el)[3]).to.equal('23 conversations·May 2026·Register to read →');
  });

  it('shows a coming-soon section with its footer', async () => {
    const el = await card('scaling');
    expect(renderedLines(el)).to.deep.equal([
      'Scaling',
      'Coming soon',
      'Scaling a B2B creator program is not the same as adding more creators. The programs that scaled successfully did so by deepening relationships and systematising support, not by broadening the roster.',
      'Intelligence being compiled',
    ]);
    expect(part(el, '[part="badge"]').dataset.status).to.equal('coming-soon');
  });

  it('tells the reader a section is not there, and the developer which ids are, closest first', async () => {
    const el = document.createElement('cpi-section-card');
    el.section = 'atribution-and-measurment';
    const error = nextEvent(el, 'cpi-feed-error');
    document.body.append(el);
    const event = await error;
    expect(event.kind).to.equal('schema');
    expect(event.message).to.match(
      /^Section "atribution-and-measurment" is not in the feed at .*\. Its sections are: attribution-and-measurement, /,
    );
    expect(event.message.split(', ')).to.have.length(22);
    await el.updateComplete;
    // The reader gets neither the id nor a guess at it: those are the page author's business.
    expect(renderedLines(el)).to.deep.equal([
      'This section of the Creator Program Index is not available.',
      'See all sections →',
    ]);
    // Above it, where the card would have come from, linked.
    expect(part<HTMLAnchorElement>(el, '[part="source"]').href).to.contain('/src/register.html');
    el.remove();
  });

  it('uses heading-level for its title', async () => {
    expect(part(await card('scaling'), '[part="card-title"]').localName).to.equal('h3');
    expect(
      part(await card('scaling', 'heading-level="2"'), '[part="card-title"]').localName,
    ).to.equal('h2');
  });

  it('links to the register page with the partner, and says where in the event', async () => {
    const el = await card('attribution-and-measurement', 'partner="blog-42"');
    const link = part<HTMLAnchorElement>(el, '[part="link"]');
    // register.html is relative in the official feed: it resolves against the feed's URL.
    const expected = `${new URL('/src/register.html', location.href).href}?utm_source=blog-42&utm_medium=embed&utm_campaign=creator-program-index`;
    expect(link.href).to.equal(expected);
    const clicked = nextEvent(el, 'cpi-register-click');
    el.addEventListener('cpi-register-click', (e) => e.preventDefault(), {once: true});
    link.click();
    const event = await clicked;
    expect([event.placement, event.sectionId, event.href]).to.deep.equal([
      'card',
      'attribution-and-measurement',
      expected,
    ]);
  });

  it('links to the section page when the section has a url', async () => {
    const feed = await officialFeed();
    feed.sections[1] = {...feed.sections[1], url: 'read/attribution.html?x=1'};
    const el = await fixture<CpiSectionCard>(
      html`<cpi-section-card
        section="attribution-and-measurement"
        partner="acme"
        .feed=${feed}
      ></cpi-section-card>`,
    );
    await settled(el);
    const link = part<HTMLAnchorElement>(el, '[part="link"]');
    expect(link.href).to.equal(
      new URL(
        'read/attribution.html?x=1&utm_source=acme&utm_medium=embed&utm_campaign=creator-program-index',
        location.href,
      ).href,
    );
    const clicked = nextEvent(el, 'cpi-section-click');
    el.addEventListener('cpi-section-click', (e) => e.preventDefault(), {once: true});
    link.click();
    expect((await clicked).sectionId).to.equal('attribution-and-measurement');
  });

  it('shows an unknown status as a neutral badge with its text', async () => {
    const feed = {
      version: 1,
      index: {title: 'x'},
      sections: [{id: 'a', title: 'A', status: 'archived', conversations: 1}],
    };
    const el = await fixture<CpiSectionCard>(
      html`<cpi-section-card section="a" .feed=${feed}></cpi-section-card>`,
    );
    await settled(el);
    expect(renderedLines(el)).to.deep.equal(['A', 'archived', '1 conversation']);
  });

  it('shows the error and Retry when the feed fails', async () => {
    const el = await card('scaling', `src="${testFeed({case: 500}).url}"`);
    expect(renderedLines(el)[0]).to.equal('The Creator Program Index could not be loaded.');
    expect(part(el, '[part="retry-button"]').textContent).to.equal('Retry');
  });
});
