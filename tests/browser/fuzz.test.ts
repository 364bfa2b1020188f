import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type {CpiIndex} from '../../src/index.js';
import {officialFeed, resetFeeds} from './helpers.js';
import {activeElements, allLinks} from './hostile.js';
import {applyAll, mutations} from '../fixtures/feed-mutations.js';

const seed = Number(new URLSearchParams(location.search).get('seed') ?? 20261125);
const runs = 1500;

beforeEach(resetFeeds);

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
        fc.asyncProperty(mutations(5), async (changes) => {
          el.feed = applyAll(official, changes);
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
        }),
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
