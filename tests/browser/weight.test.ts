import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {CpiIndex} from '../../src/index.js';
import {officialFeed, parts, requestCount, resetFeeds, settled, testFeed} from './helpers.js';

beforeEach(resetFeeds);

/** Every node under a root, shadow trees included; Lit's comment markers count too. */
function countNodes(root: Node): number {
  let count = 0;
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      count++;
      walk(child);
    }
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
  };
  walk(root);
  return count;
}

describe('DOM weight', () => {
  it('a card of the index is about 20 nodes, text and shadow trees included', async () => {
    const el = await fixture<CpiIndex>(html`<cpi-index .feed=${await officialFeed()}></cpi-index>`);
    await settled(el);
    const items = parts(el, '[part="grid"] > li');
    expect(items).to.have.length(22);
    const elements = items.map((li) => li.querySelectorAll('*').length + 1);
    const nodes = items.map((li) => countNodes(li) + 1);
    const live = items.findIndex((li) => li.querySelector('[data-status="live"]'));
    const comingSoon = nodes.filter((_, i) => i !== live);
    const mean = nodes.reduce((a, b) => a + b, 0) / nodes.length;
    console.log(
      `per card: ${elements[live]} elements (live) / ${Math.max(...elements.filter((_, i) => i !== live))} (coming soon); ` +
        `${nodes[live]} / ${Math.max(...comingSoon)} nodes with text and Lit's comment markers; ` +
        `mean ${mean.toFixed(1)} nodes per card`,
    );
    // The 21 coming-soon cards, the usual card, are at most 20 nodes (each text is a child
    // binding, with its marker comment, so that a server render carries it); the live card has a
    // footer of facts and a link, and the mean over the index stays within 10 % of 20.
    expect(Math.max(...comingSoon)).to.be.at.most(20);
    expect(mean).to.be.at.most(22);
    expect(Math.max(...elements)).to.be.at.most(16);
    expect(items.every((li) => !li.querySelector('*')?.shadowRoot)).to.equal(true);
  });

  it('fifty section cards: one feed request, one shared stylesheet for all', async () => {
    const {url, key} = testFeed();
    const ids = (await officialFeed()).sections.map((s) => s.id as string);
    const page = await fixture(
      html`<div>
        ${Array.from({length: 50}, (_, i) => html`<cpi-section-card src=${url} section=${ids[i % ids.length]}></cpi-section-card>`)}
      </div>`,
    );
    const cards = [...page.children];
    for (const card of cards) await settled(card);
    expect(await requestCount(key)).to.equal(1);
    const sheets = cards.map((card) => card.shadowRoot!.adoptedStyleSheets);
    expect(sheets[0].length).to.be.greaterThan(0);
    for (const list of sheets) {
      expect(list.length).to.equal(sheets[0].length);
      list.forEach((sheet, i) => expect(sheet).to.equal(sheets[0][i]));
    }
  });
});
