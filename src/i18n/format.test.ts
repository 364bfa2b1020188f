import {describe, expect, it} from 'vitest';
import {formatAge} from './format.js';
import {closestIds} from '../feed/closest-ids.js';
import {countFigures} from '../feed/figures.js';

describe('countFigures', () => {
  it('counts sections and live ones', () => {
    const sections = ['live', 'coming-soon', 'live', 'archived'].map((status, i) => ({
      id: `s${i}`,
      title: 'x',
      status,
    }));
    expect(countFigures({sections})).toEqual({sections: 4, live: 2});
  });
});

describe('formatAge', () => {
  it('says how long ago in words', () => {
    const now = Date.UTC(2026, 10, 25, 12);
    expect(formatAge(now - 3 * 3600_000, now)).toBe('3 hours ago');
    expect(formatAge(now - 86400_000, now)).toBe('yesterday');
    expect(formatAge(now - 10_000, now)).toBe('this minute');
    expect(formatAge(now - 2 * 86400_000, now, 'de')).toBe('vorgestern');
  });
});

describe('closestIds', () => {
  it('puts the id a partner probably meant first', () => {
    const ids = ['foundation', 'attribution-and-measurement', 'scaling', 'brief-writing'];
    expect(closestIds('atribution-and-measurment', ids)[0]).toBe('attribution-and-measurement');
    expect(closestIds('scale', ids)[0]).toBe('scaling');
    expect(closestIds('atribution', ids)[0]).toBe('attribution-and-measurement');
    expect(closestIds('fundation', ids)[0]).toBe('foundation');
    expect(closestIds('brief', ids)[0]).toBe('brief-writing');
    expect(closestIds('zzz', ids)).toHaveLength(4);
  });
});

describe('closestIds, bounded', () => {
  it('compares at most the first 101 characters of a wish, whatever its length', () => {
    const ids = Array.from({length: 100}, (_, i) => `${'long-id-'.repeat(12)}${i}`.slice(0, 100));
    const wish = 'x'.repeat(2000);
    // A 2,000-character wish ranks the ids as its first 101 characters do: the work is bounded.
    expect(closestIds(wish, ids)).toEqual(closestIds(wish.slice(0, 101), ids));
  });

  // Unbounded, a 2,000-character wish took 4.9 s here on the landed build (16 s in a throttled
  // page), and the work grows with the wish: 20,000 characters would take about 50 s. Bounded,
  // 0.1 to 0.4 s whatever its length, and up to about 4 s with both cores busy with other work
  // (npm test twice beside two CPU burners): the limit leaves room for that and still fails
  // the unbounded code by far.
  it('does not freeze the page for a 20,000-character wish against 1,000 long ids', () => {
    const ids = Array.from({length: 1000}, (_, i) =>
      `${i}-${'abcdefghij'.repeat(10)}`.slice(0, 100),
    );
    expect(closestIds('q'.repeat(20_000), ids)).toHaveLength(1000);
  }, 15_000);
});
