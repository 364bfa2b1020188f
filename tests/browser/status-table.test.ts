// A status is one entry of the status table: adding `beta` there, and nowhere else, gives it a
// badge with its words and colours, its footer, and its place in the figures.
import {expect, fixture, html} from '@open-wc/testing';
import {statuses, type StatusDefinition} from '../../src/feed/statuses.js';
import {officialFeed, part, parts, renderedLines, settled} from './helpers.js';

(statuses as Record<string, StatusDefinition>).beta = {
  label: {en: 'Beta', de: 'Beta-Test'},
  background: 'rgb(90, 40, 160)',
  color: 'rgb(255, 255, 255)',
  live: true,
  footer: 'facts',
  dot: true,
};

// The elements read the table when their modules load: after the entry above.
await import('../../src/index.js');

describe('the status table', () => {
  it('gives a status added to it a badge with its words and colours', async () => {
    const badge = await fixture(html`<cpi-status-badge status="beta"></cpi-status-badge>`);
    const shown = part(badge, '[part="badge"]');
    expect(shown.textContent).to.equal('Beta');
    expect(getComputedStyle(shown).backgroundColor).to.equal('rgb(90, 40, 160)');
    expect(getComputedStyle(shown).color).to.equal('rgb(255, 255, 255)');
    const german = await fixture(
      html`<div lang="de"><cpi-status-badge status="beta"></cpi-status-badge></div>`,
    );
    const inGerman = german.querySelector('cpi-status-badge')!;
    await inGerman.updateComplete;
    expect(part(inGerman, '[part="badge"]').textContent).to.equal('Beta-Test');
  });

  it('lets a page restyle the new status through its own custom properties', async () => {
    const badge = await fixture(
      html`<cpi-status-badge
        status="beta"
        style="--cpi-badge-beta-background: rgb(1, 2, 3)"
      ></cpi-status-badge>`,
    );
    expect(getComputedStyle(part(badge, '[part="badge"]')).backgroundColor).to.equal(
      'rgb(1, 2, 3)',
    );
  });

  it('gives it the footer and the figures its entry says', async () => {
    const feed = await officialFeed();
    feed.sections[0] = {...feed.sections[0], status: 'beta', conversations: 4, updated: '2026-10'};
    const el = await fixture(html`<cpi-index .feed=${feed}></cpi-index>`);
    await settled(el);
    const lines = renderedLines(el);
    // Counts as live: two sections live now.
    expect(lines.slice(lines.indexOf('22'), lines.indexOf('22') + 4)).to.deep.equal([
      '22',
      'Intelligence sections',
      '2',
      'Live now',
    ]);
    const card = parts(el, '[part="card"]')[0];
    expect(card.querySelector('[part="badge"]')!.textContent).to.equal('Beta');
    expect(card.querySelector('[part="footer"]')!.textContent!.replace(/\u00a0/g, ' ')).to.equal(
      '4 conversations·October 2026·Register to read →',
    );
  });
});
