import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseFeed} from './parse-feed.js';
import {FeedError} from './feed-error.js';
import type {Feed} from './feed.types.js';
import {applyAll, mutations} from '../../tests/fixtures/feed-mutations.js';

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

// Each property has its own time budget: 3,000 runs take 0.7 to 2.5 s on an idle 2-core machine
// and up to five times that with both cores busy, so the budgets are 30 s, not vitest's 5 s.
const budget = 30_000;

describe('parseFeed, property-based', () => {
  it(
    'never throws anything but a FeedError on any JSON value',
    () => {
      fc.assert(fc.property(fc.jsonValue(), holds), {numRuns: 3000, seed});
    },
    budget,
  );

  it(
    'never lets an unsafe link through, however the official feed is mutated',
    () => {
      fc.assert(
        fc.property(mutations(6), (changes) => holds(applyAll(official, changes))),
        {numRuns: 3000, seed},
      );
    },
    budget,
  );

  it(
    'finishes on a feed of a thousand long sections',
    () => {
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
    },
    budget,
  );
});
