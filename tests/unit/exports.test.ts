// What each entry point of the package exports, exactly: a new export is a decision, made here.
import {describe, expect, it} from 'vitest';

const names = (mod: object) => Object.keys(mod).sort();

const events = [
  'CpiFeedErrorEvent',
  'CpiFeedLoadEvent',
  'CpiImpressionEvent',
  'CpiRegisterClickEvent',
  'CpiSectionClickEvent',
];
const feed = ['FeedError', 'configureFeedLoading', 'defaultFeedLoadSettings', 'parseFeed'];

describe('the public API', () => {
  it('creator-program-index: the elements, the event classes, the parser and the loading settings', async () => {
    expect(names(await import('../../src/index.js'))).toEqual(
      ['CpiIndex', 'CpiRegisterCta', 'CpiSectionCard', 'CpiStatusBadge', ...events, ...feed].sort(),
    );
  });

  it('creator-program-index/feed: the parser, its error and the loading settings', async () => {
    expect(names(await import('../../src/feed/index.js'))).toEqual(feed.sort());
  });

  it('creator-program-index/server: renderToString', async () => {
    expect(names(await import('../../src/server.js'))).toEqual(['renderToString']);
  });

  it('creator-program-index/react: the four wrappers', async () => {
    expect(names(await import('../../src/react.js'))).toEqual([
      'CpiIndex',
      'CpiRegisterCta',
      'CpiSectionCard',
      'CpiStatusBadge',
    ]);
  });

  it('each element module: its class', async () => {
    expect(names(await import('../../src/components/index/cpi-index.js'))).toEqual(['CpiIndex']);
    expect(names(await import('../../src/components/section-card/cpi-section-card.js'))).toEqual([
      'CpiSectionCard',
    ]);
    expect(names(await import('../../src/components/register-cta/cpi-register-cta.js'))).toEqual([
      'CpiRegisterCta',
    ]);
    expect(names(await import('../../src/components/status-badge/cpi-status-badge.js'))).toEqual([
      'CpiStatusBadge',
    ]);
  });
});
