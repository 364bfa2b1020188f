import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {CpiIndex} from '../../src/index.js';
import {officialFeed, part, parts, resetFeeds, settled} from './helpers.js';

beforeEach(resetFeeds);

async function indexAt(width: number, feed?: unknown) {
  const box = await fixture(html`<div style="width: ${width}px"><cpi-index></cpi-index></div>`);
  const el = box.querySelector('cpi-index') as CpiIndex;
  el.feed = feed ?? (await officialFeed());
  await settled(el);
  return el;
}

const columns = (el: Element) =>
  getComputedStyle(part(el, '[part="grid"]')).gridTemplateColumns.split(' ').length;

function noOverflow(el: Element) {
  const all = [el, ...parts(el, '*')];
  for (const node of all) {
    expect(node.scrollWidth, `${node.localName}.${node.className} overflows`).to.be.at.most(
      node.clientWidth + 1,
    );
  }
  const box = el.getBoundingClientRect();
  for (const node of parts(el, '*')) {
    const r = node.getBoundingClientRect();
    if (r.width)
      expect(r.right, `${node.localName}.${node.className} sticks out`).to.be.at.most(
        box.right + 0.5,
      );
  }
}

describe('responsive by container', () => {
  it('one column in a narrow box, up to four in wide ones, whatever the viewport', async () => {
    expect(columns(await indexAt(320))).to.equal(1);
    expect(columns(await indexAt(600))).to.equal(2);
    expect(columns(await indexAt(900))).to.equal(3);
    expect(columns(await indexAt(1400))).to.equal(4);
  });

  it('cards in a row have equal heights', async () => {
    const el = await indexAt(1400);
    const cards = parts(el, '[part="card"]').map((c) => c.getBoundingClientRect());
    const rows = new Map<number, number[]>();
    for (const c of cards)
      rows.set(Math.round(c.top), [...(rows.get(Math.round(c.top)) ?? []), c.height]);
    expect(rows.size).to.be.greaterThan(4);
    for (const heights of rows.values()) expect(new Set(heights).size).to.equal(1);
  });

  for (const width of [280, 320, 375, 600, 900, 1400]) {
    it(`long titles and summaries wrap without overflow at ${width}px`, async () => {
      const feed = await officialFeed();
      feed.sections[0] = {
        ...feed.sections[0],
        title: `Supercalifragilisticexpialidocious${'Antidisestablishmentarianism'.repeat(4)} and more`,
        summary: `${'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(5)} ${'long words '.repeat(40)}`,
      };
      feed.sections[1] = {...feed.sections[1], conversations: 123456, updated: '2026-09'};
      noOverflow(await indexAt(width, feed));
      const card = await fixture(
        html`<div style="width: ${width}px">
          <cpi-section-card section="attribution-and-measurement"></cpi-section-card>
        </div>`,
      );
      const c = card.querySelector('cpi-section-card')!;
      c.feed = feed;
      await settled(c);
      noOverflow(c);
      const cta = await fixture(
        html`<div style="width: ${width}px"><cpi-register-cta></cpi-register-cta></div>`,
      );
      await settled(cta.querySelector('cpi-register-cta')!);
      noOverflow(cta.querySelector('cpi-register-cta')!);
    });
  }
});
