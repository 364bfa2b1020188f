import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import {parts, requestCount, resetFeeds, settled, testFeed} from './helpers.js';

beforeEach(resetFeeds);

describe('one request per feed per page', () => {
  it('an index, 20 cards and a CTA on one feed make exactly one request', async () => {
    const {url, key} = testFeed({delay: 200});
    const ids = [
      'foundation',
      'attribution-and-measurement',
      'creator-sourcing',
      'brief-writing',
      'scaling',
    ];
    const page = await fixture(
      html`<div>
        <cpi-index src=${url}></cpi-index>
        ${Array.from({length: 20}, (_, i) => html`<cpi-section-card src=${url} section=${ids[i % 5]}></cpi-section-card>`)}
        <cpi-register-cta src=${url}></cpi-register-cta>
      </div>`,
    );
    const elements = [...page.children];
    for (const el of elements) await settled(el);
    expect(elements).to.have.length(22);
    expect(await requestCount(key)).to.equal(1);
    const late = document.createElement('cpi-section-card');
    late.src = url;
    late.section = 'scaling';
    page.append(late);
    await settled(late);
    expect(await requestCount(key)).to.equal(1);
  });

  it('removing an element mid-load aborts nothing another element waits for', async () => {
    const {url, key} = testFeed({delay: 400});
    const page = await fixture(
      html`<div>
        <cpi-section-card src=${url} section="scaling"></cpi-section-card>
        <cpi-register-cta src=${url}></cpi-register-cta>
      </div>`,
    );
    const [card, cta] = [...page.children];
    card.remove();
    await settled(cta);
    expect(parts(cta, '[part="button"]')).to.have.length(1);
    expect(await requestCount(key)).to.equal(1);
    page.append(card);
    await settled(card);
    expect(parts(card, '[part="card-title"]').map((h) => h.textContent)).to.deep.equal(['Scaling']);
    expect(await requestCount(key)).to.equal(1);
  });

  it('an element removed and re-added while it was the only one waiting loads on', async () => {
    const {url} = testFeed({delay: 300});
    const card = await fixture(
      html`<cpi-section-card src=${url} section="scaling"></cpi-section-card>`,
    );
    const parent = card.parentElement!;
    card.remove();
    // Away for a frame: its request was abandoned at removal (it was the only one waiting).
    await new Promise((resolve) => requestAnimationFrame(resolve));
    parent.append(card);
    await settled(card);
    expect(parts(card, '[part="card-title"]').map((h) => h.textContent)).to.deep.equal(['Scaling']);
  });
});
