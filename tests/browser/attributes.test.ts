import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {CpiIndex} from '../../src/index.js';
import {
  nextEvent,
  officialFeed,
  part,
  renderedLines,
  resetFeeds,
  settled,
  testFeed,
} from './helpers.js';

beforeEach(resetFeeds);

function captureWarnings() {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return {warnings, restore: () => (console.warn = warn)};
}

describe('wrong attributes', () => {
  it('a presentational attribute it cannot honour: one console warning each, and the default', async () => {
    const capture = captureWarnings();
    try {
      const el = await fixture<CpiIndex>(
        html`<cpi-index
          theme="purple"
          heading-level="9"
          cache="forever"
          .feed=${await officialFeed()}
        ></cpi-index>`,
      );
      await settled(el);
      el.requestUpdate();
      await el.updateComplete;
      expect(capture.warnings).to.deep.equal([
        '<cpi-index>: theme="purple" is not light, dark or auto; auto is used.',
        '<cpi-index>: cache="forever" is not storage or memory; memory is used, and nothing is stored.',
        '<cpi-index>: heading-level="9" is not a level from 1 to 6; the default is used.',
      ]);
      expect(part(el, '[part="title"]').localName).to.equal('h2');
    } finally {
      capture.restore();
    }
  });

  it('an unknown cache value stores nothing', async () => {
    const capture = captureWarnings();
    try {
      const el = await fixture<CpiIndex>(
        html`<cpi-index cache="forever" src=${testFeed().url}></cpi-index>`,
      );
      await settled(el);
      expect(localStorage.length).to.equal(0);
    } finally {
      capture.restore();
    }
  });

  it('a status no section has: the reader is told, and the event names the statuses there are', async () => {
    const el = document.createElement('cpi-index');
    el.status = 'archived';
    const failed = nextEvent(el, 'cpi-feed-error');
    document.body.append(el);
    const event = await failed;
    expect(event.kind).to.equal('schema');
    expect(event.message).to.match(
      /No section of the feed at .* has the status "archived"\. Its statuses are: coming-soon, live\./,
    );
    await settled(el);
    expect(renderedLines(el)).to.include('No sections match this selection.');
    el.remove();
  });
});
