import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type {CpiIndex} from '../../src/index.js';
import {officialFeed, resetFeeds} from './helpers.js';
import {activeElements, allLinks, hostileUrls, payloads} from './hostile.js';

const seed = Number(new URLSearchParams(location.search).get('seed') ?? 20261125);
const runs = 1500;

beforeEach(resetFeeds);

const hostileValue = fc.oneof(
  fc.jsonValue({maxDepth: 2}),
  fc.constantFrom(...payloads, ...hostileUrls, 'live', 'coming-soon', '2026-05', -1, 1e308, 0),
  fc.string({maxLength: 300}),
);

const paths = fc.constantFrom(
  ['version'],
  ['index'],
  ['index', 'title'],
  ['index', 'tagline'],
  ['index', 'access'],
  ['index', 'access', 'label'],
  ['register'],
  ['register', 'url'],
  ['register', 'label'],
  ['sections'],
  ['sections', 0],
  ['sections', 1, 'id'],
  ['sections', 1, 'status'],
  ['sections', 1, 'url'],
  ['sections', 1, 'summary'],
  ['sections', 1, 'conversations'],
  ['sections', 1, 'updated'],
  ['sections', 4, 'title'],
  ['sections', 5, 'status'],
);

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

describe('fuzzing the index in the browser', () => {
  it(`renders ${runs} randomly mutated feeds safely (seed ${seed})`, async function () {
    this.timeout(120_000);
    const official = await officialFeed();
    const el = document.createElement('cpi-index') as CpiIndex;
    document.body.append(el);
    const uncaught: unknown[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    window.__pwned = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.record({path: paths, value: hostileValue}), {minLength: 1, maxLength: 5}),
          async (changes) => {
            let feed: unknown = official;
            for (const {path, value} of changes) feed = mutate(feed, path, value);
            el.feed = feed;
            await el.updateComplete;
            await el.updateComplete;
            const root = el.shadowRoot!;
            const showsSomething = root.querySelector('[part="header"], [part="error"]') !== null;
            const hrefs = allLinks(el);
            return (
              showsSomething &&
              hrefs.every((href) => /^(https?:\/\/|mailto:)/.test(href)) &&
              activeElements(el).length === 0 &&
              window.__pwned === 0 &&
              uncaught.length === 0
            );
          },
        ),
        {numRuns: runs, seed},
      );
    } catch (error) {
      throw new Error(
        `${(error as Error).message}\nReplay with ?seed=${seed} (fast-check seed ${seed}).`,
        {cause: error},
      );
    } finally {
      window.removeEventListener('error', onError);
      el.remove();
    }
    expect(uncaught).to.deep.equal([]);
  });
});
