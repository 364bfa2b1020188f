import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {CpiIndex, CpiSectionCard} from '../../src/index.js';
import {part, parts, renderedLines, resetFeeds, settled} from './helpers.js';
import {activeElements, allLinks, hostileUrls, payloads} from './hostile.js';

beforeEach(() => {
  resetFeeds();
  window.__pwned = 0;
});

function hostileFeed() {
  return {
    version: 1,
    index: {
      title: payloads[0],
      tagline: payloads[1],
      description: 'x'.repeat(1_000_000),
      access: {label: payloads[2], detail: payloads[3]},
    },
    register: {
      url: hostileUrls[0],
      eyebrow: payloads[4],
      heading: payloads[5],
      body: payloads[0],
      label: payloads[1],
    },
    sections: [
      ...hostileUrls.map((url, i) => ({
        id: `s-${i}`,
        title: payloads[i % payloads.length],
        status: i % 2 ? 'live' : '<b>new</b>',
        summary: payloads[(i + 1) % payloads.length],
        url,
        conversations: [-1, NaN, 1e308, '12', null, 3.5, 2 ** 53][i % 7],
        updated: ['2026-99', '<img>', '2026-05'][i % 3],
      })),
      {
        id: 's-long',
        title: 'T'.repeat(5000),
        status: 'live',
        summary: `${'word '.repeat(20000)}end`,
        url: 'https://ok.example/read',
      },
    ],
  };
}

describe('hostile feeds', () => {
  it('show text as text, drop bad links, cut what would break the layout, and run nothing', async () => {
    const el = await fixture<CpiIndex>(
      html`<cpi-index .feed=${hostileFeed()} partner="acme"></cpi-index>`,
    );
    await settled(el);
    // No element that could run anything exists, now or later; and nothing ran while rendering.
    expect(activeElements(el)).to.deep.equal([]);
    expect(window.__pwned).to.equal(0);
    expect(part(el, '[part="title"]').textContent).to.equal(payloads[0]);
    expect(renderedLines(el)).to.include(payloads[1]);
    expect(parts(el, '[part="badge"]')[0].textContent).to.equal('<b>new</b>');

    const links = allLinks(el);
    // `jav&#x09;ascript:` is no scheme in JSON (entities are not decoded): it is a relative path.
    expect(links).to.deep.equal([
      `${new URL('jav&', location.href).href}?utm_source=acme&utm_medium=embed&utm_campaign=creator-program-index#x09;ascript:alert(1)`,
      'https://ok.example/read?utm_source=acme&utm_medium=embed&utm_campaign=creator-program-index',
    ]);
    // No register link at all: the register URL was javascript:, so the button is not rendered.
    expect(parts(el, '[part="button"]')).to.have.length(0);

    const longCard = parts(el, '[part="card"]').at(-1)!;
    expect(longCard.querySelector('[part="card-title"]')!.textContent!.length).to.equal(200);
    expect(longCard.querySelector('[part="summary"]')!.textContent!.length).to.equal(2000);
    for (const card of parts(el, '[part="card"]'))
      expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
  });

  it('never renders a count that is negative, not a number or absurd', async () => {
    const el = await fixture<CpiIndex>(html`<cpi-index .feed=${hostileFeed()}></cpi-index>`);
    await settled(el);
    const footers = parts(el, '[part="footer"]').map((f) => f.textContent ?? '');
    expect(footers.join(' ')).not.to.match(/-1|NaN|Infinity|e\+|9007199254740992|3\.5/);
  });

  it('a section card of a hostile section shows text and no javascript: link', async () => {
    const el = await fixture<CpiSectionCard>(
      html`<cpi-section-card section="s-1" .feed=${hostileFeed()}></cpi-section-card>`,
    );
    await settled(el);
    expect(renderedLines(el)[0]).to.equal(payloads[1]);
    expect(allLinks(el).filter((l) => /^\s*(javascript|data|vbscript):/i.test(l))).to.deep.equal(
      [],
    );
    expect(window.__pwned).to.equal(0);
  });

  it('repeated ids: the feed is refused with a schema error and the reader sees the error state', async () => {
    const feed = hostileFeed();
    feed.sections[1].id = feed.sections[0].id;
    const el = document.createElement('cpi-index');
    const failed = new Promise<HTMLElementEventMap['cpi-feed-error']>((resolve) =>
      el.addEventListener('cpi-feed-error', resolve, {once: true}),
    );
    el.feed = feed;
    document.body.append(el);
    const event = await failed;
    expect(event.kind).to.equal('schema');
    expect(event.message).to.contain('sections: two sections have the id "s-0"');
    await el.updateComplete;
    expect(renderedLines(el)[0]).to.equal('The Creator Program Index could not be loaded.');
    el.remove();
  });
});
