import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parseFeed} from '../../src/feed/parse-feed.js';
import {countFigures} from '../../src/feed/figures.js';
import {sectionFacts} from '../../src/i18n/section-facts.js';

const raw = JSON.parse(readFileSync(new URL('../../feed.json', import.meta.url), 'utf8'));
const page = readFileSync(new URL('../fixtures/index-page.txt', import.meta.url), 'utf8');
const lines = page.split('\n').filter((line) => line.trim());
const feed = parseFeed(raw, {baseUrl: 'https://cdn.example/cpi/feed.json'});

describe('the official feed', () => {
  it('parses with no warnings', () => {
    expect(feed.warnings).toEqual([]);
  });

  it('has the 22 sections of the page, in its order, exactly one live', () => {
    const grid = lines.slice(
      lines.lastIndexOf('Intelligence sections') + 1,
      lines.indexOf('Free access'),
    );
    const titles = grid.filter((_, i) => i % 4 === 0);
    expect(feed.sections.map((s) => s.title)).toEqual(titles);
    expect(feed.sections).toHaveLength(22);
    expect(countFigures(feed)).toEqual({sections: 22, live: 1});
  });

  it('has every title and summary of the page verbatim', () => {
    for (const section of feed.sections) {
      expect(lines).toContain(section.title);
      expect(lines).toContain(section.summary);
      const at = lines.indexOf(section.title);
      expect(lines[at + 1]).toBe(section.status === 'live' ? 'Live' : 'Coming soon');
      expect(lines[at + 2]).toBe(section.summary);
    }
  });

  it('makes the live footer of the page', () => {
    const live = feed.sections.filter((s) => s.status === 'live');
    expect(live.map((s) => s.id)).toEqual(['attribution-and-measurement']);
    expect(`${sectionFacts(live[0]).join('·')}·Register to read →`).toBe(
      lines[lines.indexOf(live[0].title) + 3],
    );
  });

  it('has the header and register block of the page', () => {
    expect([feed.index.title, feed.index.tagline, feed.index.description]).toEqual(
      lines.slice(0, 3),
    );
    expect(lines.slice(3, 9)).toEqual([
      '22',
      'Intelligence sections',
      '1',
      'Live now',
      feed.index.access?.label,
      feed.index.access?.detail,
    ]);
    const register = feed.register!;
    expect(lines.slice(-4)).toEqual([
      register.eyebrow,
      register.heading,
      register.body,
      `${register.label} →`,
    ]);
    expect(register.url).toBe('https://cdn.example/cpi/register.html');
  });
});
