import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/index.js';
import {CpiIndex} from '../../src/index.js';
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

describe('work per render', () => {
  /** Counts the renders of every index while `run` runs. */
  async function countRenders(run: () => Promise<void>): Promise<number> {
    let renders = 0;
    const render = CpiIndex.prototype.render;
    CpiIndex.prototype.render = function (this: CpiIndex) {
      renders++;
      return render.call(this);
    };
    try {
      await run();
    } finally {
      CpiIndex.prototype.render = render;
    }
    return renders;
  }

  /** Adds an index, and waits for its load and for the update that load asked for, if any. */
  async function addIndex(set: (el: CpiIndex) => void): Promise<CpiIndex> {
    const el = document.createElement('cpi-index');
    set(el);
    const loaded = oneEvent(el, 'cpi-feed-load');
    document.body.append(el);
    await loaded;
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    return el;
  }

  it('renders an index given its feed once: its load completing asks for no second render', async () => {
    const feed = await officialFeed();
    let el: CpiIndex | undefined;
    const renders = await countRenders(async () => {
      el = await addIndex((index) => (index.feed = feed));
    });
    expect(parts(el!, '[part="card"]')).to.have.length(22);
    expect(renders).to.equal(1);
    el!.remove();
  });

  it('renders a second index of a feed the page has once', async () => {
    const {url} = testFeed();
    const first = await addIndex((index) => (index.src = url));
    let second: CpiIndex | undefined;
    const renders = await countRenders(async () => {
      second = await addIndex((index) => (index.src = url));
    });
    expect(parts(second!, '[part="card"]').length).to.be.greaterThan(0);
    expect(renders).to.equal(1);
    first.remove();
    second!.remove();
  });
});
