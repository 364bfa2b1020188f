import {describe, expect, it} from 'vitest';
import {parseFeed} from './parse-feed.js';
import {FeedError} from './feed-error.js';

const base = 'https://feeds.example.com/cpi/feed.json';

function minimal(extra: Record<string, unknown> = {}) {
  return {
    version: 1,
    index: {title: 'The Creator Program Index'},
    sections: [{id: 'scaling', title: 'Scaling', status: 'coming-soon'}],
    ...extra,
  };
}

function problemsOf(value: unknown): string[] {
  try {
    parseFeed(value, {baseUrl: base});
  } catch (error) {
    expect(error).toBeInstanceOf(FeedError);
    expect((error as FeedError).kind).toBe('schema');
    return (error as FeedError).problems;
  }
  throw new Error('expected parseFeed to throw');
}

describe('parseFeed', () => {
  it('returns a minimal feed with absent optional fields left absent', () => {
    const feed = parseFeed(minimal(), {baseUrl: base});
    expect(feed).toEqual({
      version: 1,
      index: {title: 'The Creator Program Index'},
      sections: [{id: 'scaling', title: 'Scaling', status: 'coming-soon'}],
      warnings: [],
    });
  });

  it('names the path and the problem in words', () => {
    const feed = minimal();
    feed.sections = [
      {id: 'a', title: 'A', status: 'live'},
      {id: 'b', title: 'B', status: 'live'},
      {id: 'c', title: 'C', status: 'live'},
      {id: 'd', title: 'D', status: 'live'},
      {id: 'e', title: 'E', status: 42 as unknown as string},
    ];
    expect(problemsOf(feed)).toEqual(['sections[4].status: expected a string, got 42']);
  });

  it('reports a repeated id once, by name', () => {
    const feed = minimal();
    feed.sections = [1, 2, 3].map(() => ({id: 'scaling', title: 'Scaling', status: 'live'}));
    expect(problemsOf(feed)).toEqual(['sections: two sections have the id "scaling"']);
  });

  it('collects every problem, not only the first', () => {
    const problems = problemsOf({
      version: '1',
      index: {tagline: 'x'},
      sections: [{id: 'Bad Id', title: '', status: 'live'}, 'nope'],
    });
    expect(problems).toEqual([
      'version: expected 1, got the text "1"',
      'index.title: missing; it is required',
      'sections[0].id: the text "Bad Id" must be lowercase words joined by hyphens, like "brief-writing"',
      'sections[0].title: must not be empty',
      'sections[1]: expected an object, got the text "nope"',
    ]);
  });

  it('rejects what is not a feed at all', () => {
    expect(problemsOf(null)).toEqual(['feed: expected an object, got null']);
    expect(problemsOf([1])).toEqual(['feed: expected an object, got a list']);
    expect(problemsOf({version: 1, index: {title: 'x'}})).toEqual([
      'sections: missing; it is required (a list, which may be empty)',
    ]);
  });

  it('ignores unknown fields and keeps an unknown status', () => {
    const feed = parseFeed(
      {
        ...minimal(),
        publisher: {name: 'x'},
        sections: [{id: 'scaling', title: 'Scaling', status: 'archived', colour: 'red'}],
      },
      {baseUrl: base},
    );
    expect(feed.sections[0]).toEqual({id: 'scaling', title: 'Scaling', status: 'archived'});
    expect('publisher' in feed).toBe(false);
  });

  it('reads a newer version as version 1, with a warning', () => {
    const feed = parseFeed(minimal({version: 2}), {baseUrl: base});
    expect(feed.version).toBe(2);
    expect(feed.warnings).toEqual([
      'version: 2 is newer than this widget knows; it was read as version 1',
    ]);
  });

  it('resolves relative URLs against the feed URL', () => {
    const feed = parseFeed(
      minimal({
        register: {url: 'register.html?from=feed'},
        sections: [{id: 'a', title: 'A', status: 'live', url: '/read/a'}],
      }),
      {baseUrl: base},
    );
    expect(feed.register?.url).toBe('https://feeds.example.com/cpi/register.html?from=feed');
    expect(feed.sections[0].url).toBe('https://feeds.example.com/read/a');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'http://exa mple.com',
  ])('drops the URL %j with a warning and never returns it', (url) => {
    const feed = parseFeed(minimal({register: {url, label: 'Register'}}), {baseUrl: base});
    expect(feed.register).toEqual({label: 'Register'});
    expect(feed.warnings).toHaveLength(1);
    expect(feed.warnings[0]).toMatch(
      /^register\.url: .* is not an http, https or mailto link; it was left out$/,
    );
  });

  it('keeps mailto and https links', () => {
    const feed = parseFeed(
      minimal({
        register: {url: 'mailto:hello@example.com'},
        sections: [{id: 'a', title: 'A', status: 'live', url: 'https://x.example/a'}],
      }),
      {baseUrl: base},
    );
    expect(feed.register?.url).toBe('mailto:hello@example.com');
    expect(feed.sections[0].url).toBe('https://x.example/a');
  });

  it('drops bad optional values with a warning instead of failing the feed', () => {
    const feed = parseFeed(
      minimal({
        sections: [
          {id: 'a', title: 'A', status: 'live', conversations: -3, updated: 'soon', summary: 7},
          {id: 'b', title: 'B', status: 'live', conversations: 1e20, updated: '2026-13'},
          {id: 'c', title: 'C', status: 'live', conversations: 2.5, updated: '2026-05-14'},
        ],
      }),
      {baseUrl: base},
    );
    expect(feed.sections).toEqual([
      {id: 'a', title: 'A', status: 'live'},
      {id: 'b', title: 'B', status: 'live'},
      {id: 'c', title: 'C', status: 'live', updated: '2026-05-14'},
    ]);
    expect(feed.warnings).toEqual([
      'sections[0].summary: expected a string, got 7; it was left out',
      'sections[0].conversations: expected a whole number from 0 to 1000000, got -3; it was left out',
      'sections[0].updated: expected a year-month like "2026-05" or a date like "2026-05-14", got the text "soon"; it was left out',
      'sections[1].conversations: expected a whole number from 0 to 1000000, got 100000000000000000000; it was left out',
      'sections[1].updated: expected a year-month like "2026-05" or a date like "2026-05-14", got the text "2026-13"; it was left out',
      'sections[2].conversations: expected a whole number from 0 to 1000000, got 2.5; it was left out',
    ]);
  });

  it('shortens text that would break the layout', () => {
    const long = 'x'.repeat(1_000_000);
    const feed = parseFeed(
      minimal({sections: [{id: 'a', title: long, status: 'live', summary: long}]}),
      {baseUrl: base},
    );
    expect(feed.sections[0].title).toHaveLength(200);
    expect(feed.sections[0].title.endsWith('…')).toBe(true);
    expect(feed.sections[0].summary).toHaveLength(2000);
    expect(feed.warnings).toEqual([
      'sections[0].title: longer than 200 characters; it was shortened',
      'sections[0].summary: longer than 2000 characters; it was shortened',
    ]);
  });

  it('keeps markup in text as text', () => {
    const title = '<img src=x onerror=alert(1)></script>';
    const feed = parseFeed(minimal({index: {title}}), {baseUrl: base});
    expect(feed.index.title).toBe(title);
  });

  it('accepts an empty list of sections', () => {
    expect(parseFeed(minimal({sections: []}), {baseUrl: base}).sections).toEqual([]);
  });

  it('reads only a feed’s own fields, never names a page added to Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.url = 'https://polluted.example/';
    proto.register = {url: 'https://polluted.example/register'};
    proto.tagline = 'Polluted';
    try {
      const feed = parseFeed(
        {version: 1, index: {title: 'T'}, sections: [{id: 'a', title: 'A', status: 'live'}]},
        {baseUrl: 'https://x.example/feed.json'},
      );
      expect(feed.register).toBeUndefined();
      expect(feed.index.tagline).toBeUndefined();
      expect(feed.sections[0].url).toBeUndefined();
    } finally {
      delete proto.url;
      delete proto.register;
      delete proto.tagline;
    }
  });

  it('reads the first 1,000 sections of a longer feed, with a warning', () => {
    const sections = Array.from({length: 1001}, (_, i) => ({
      id: `s-${i}`,
      title: `S ${i}`,
      status: 'coming-soon',
    }));
    const feed = parseFeed(
      {version: 1, index: {title: 'T'}, sections},
      {baseUrl: 'https://x.example/feed.json'},
    );
    expect(feed.sections).toHaveLength(1000);
    expect(feed.sections[999].id).toBe('s-999');
    expect(feed.warnings).toContain('sections: 1001 sections; only the first 1000 are read');
  });
});
