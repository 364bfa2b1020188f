import {describe, expect, it} from 'vitest';
import {parseFeed} from './parse-feed.js';
import {showsSame, shownPart} from './shown-part.js';

describe('showsSame', () => {
  const raw = {
    version: 1,
    index: {title: 'The Index', tagline: 'For readers'},
    sections: [{id: 'a', title: 'A', status: 'live', summary: 'First.'}],
  };
  const parse = (feed: unknown) => parseFeed(feed, {baseUrl: 'https://feeds.example/feed.json'});

  it('is true for two copies of the same feed', () => {
    for (const view of ['index', 'card', 'cta'] as const)
      expect(showsSame(parse(raw), parse(structuredClone(raw)), view, 'a')).toBe(true);
  });

  it('is false when a reader would see a difference, however small', () => {
    const changed = structuredClone(raw);
    changed.sections[0].summary = 'First!';
    expect(showsSame(parse(raw), parse(changed), 'index')).toBe(false);
    expect(showsSame(parse(raw), parse(changed), 'card', 'a')).toBe(false);
    const more = {...raw, sections: [...raw.sections, {id: 'b', title: 'B', status: 'live'}]};
    expect(showsSame(parse(raw), parse(more), 'index')).toBe(false);
  });

  it('looks only at what the element shows: a card its own section', () => {
    const more = {...raw, sections: [...raw.sections, {id: 'b', title: 'B', status: 'live'}]};
    expect(showsSame(parse(raw), parse(more), 'card', 'a')).toBe(true);
    expect(showsSame(parse(raw), parse(more), 'cta')).toBe(true);
    const french = {...raw, index: {...raw.index, language: 'fr'}};
    expect(showsSame(parse(raw), parse(french), 'card', 'a')).toBe(false);
    expect(shownPart(parse(more), 'card', 'b').sections.map((s) => s.id)).toEqual(['b']);
  });

  it('leaves out the warnings, which readers never see', () => {
    const noisy = {...raw, index: {...raw.index, description: 5}};
    expect(parse(noisy).warnings.length).toBeGreaterThan(0);
    expect(showsSame(parse(raw), parse(noisy), 'index')).toBe(true);
  });
});
