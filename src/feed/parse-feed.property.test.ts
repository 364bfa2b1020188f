import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseFeed} from './parse-feed.js';
import {FeedError} from './feed-error.js';
import type {Feed} from './feed.types.js';

const official = JSON.parse(readFileSync(new URL('../../feed.json', import.meta.url), 'utf8'));
const base = 'https://feeds.example.com/cpi/feed.json';
const seed = Number(process.env.FC_SEED ?? 20261125);

function urlsOf(feed: Feed): string[] {
  return [feed.register?.url, ...feed.sections.map((s) => s.url)].filter(
    (u): u is string => u !== undefined,
  );
}

/** parseFeed either returns a feed whose links are all safe, or throws a FeedError. */
function holds(value: unknown): void {
  let feed: Feed;
  try {
    feed = parseFeed(value, {baseUrl: base});
  } catch (error) {
    expect(error).toBeInstanceOf(FeedError);
    return;
  }
  for (const url of urlsOf(feed)) expect(url).toMatch(/^(https?:\/\/|mailto:)/);
  for (const url of urlsOf(feed)) expect(url).not.toMatch(/evil\.example/);
  for (const s of feed.sections) expect(s.title.length).toBeLessThanOrEqual(200);
}

const hostileUrl = fc.constantFrom(
  'javascript:alert(1)',
  ' JAVASCRIPT:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:x',
  '//evil.example/x',
  '\\\\evil.example',
  'https://ok.example/',
  'mailto:x@y.example',
  'register.html',
);

/** A random path into a feed, and a random value (often hostile) to put there. */
const mutation = fc.record({
  path: fc.constantFrom(
    ['version'],
    ['index'],
    ['index', 'title'],
    ['index', 'access'],
    ['register'],
    ['register', 'url'],
    ['sections'],
    ['sections', 0],
    ['sections', 1, 'id'],
    ['sections', 1, 'status'],
    ['sections', 1, 'url'],
    ['sections', 1, 'conversations'],
    ['sections', 1, 'updated'],
    ['sections', 2, 'title'],
  ),
  value: fc.oneof(fc.jsonValue(), hostileUrl, fc.string(), fc.double(), fc.constant(undefined)),
});

function mutate(feed: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(feed) as Record<string | number, unknown>;
  let at: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    if (typeof at[key] !== 'object' || at[key] === null) return copy;
    at = at[key] as Record<string | number, unknown>;
  }
  at[path[path.length - 1]] = value;
  return copy;
}

describe('parseFeed, property-based', () => {
  it('never throws anything but a FeedError on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), holds), {numRuns: 3000, seed});
  });

  it('never lets an unsafe link through, however the official feed is mutated', () => {
    fc.assert(
      fc.property(fc.array(mutation, {minLength: 1, maxLength: 6}), (changes) => {
        let feed: unknown = official;
        for (const {path, value} of changes) feed = mutate(feed, path, value);
        holds(feed);
      }),
      {numRuns: 3000, seed},
    );
  });

  it('finishes on a feed of a thousand long sections', () => {
    const sections = Array.from({length: 1000}, (_, i) => ({
      id: `s-${i}`,
      title: 't'.repeat(10_000),
      status: 'live',
      summary: 's'.repeat(10_000),
      url: 'javascript:x',
    }));
    const start = performance.now();
    const feed = parseFeed({version: 1, index: {title: 'x'}, sections}, {baseUrl: base});
    expect(feed.sections).toHaveLength(1000);
    expect(urlsOf(feed)).toEqual([]);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
