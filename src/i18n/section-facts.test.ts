import {describe, expect, it} from 'vitest';
import {formatConversations, formatUpdated, sectionFacts} from './section-facts.js';

describe('formatConversations', () => {
  it('uses the language plural rules', () => {
    expect(formatConversations(23)).toBe('23 conversations');
    expect(formatConversations(1)).toBe('1 conversation');
    expect(formatConversations(0)).toBe('0 conversations');
    expect(formatConversations(1234)).toBe('1,234 conversations');
    expect(formatConversations(1234, 'de')).toBe('1.234 Gespräche');
    expect(formatConversations(999, 'fr')).toBe('999 conversations');
    expect(formatConversations(1, 'de')).toBe('1 Gespräch');
    expect(formatConversations(23, 'de')).toBe('23 Gespräche');
    expect(formatConversations(1, 'fr')).toBe('1 conversation');
    expect(formatConversations(2, 'es')).toBe('2 conversaciones');
  });
});

describe('formatUpdated', () => {
  it('names the month and year', () => {
    expect(formatUpdated('2026-05')).toBe('May 2026');
    expect(formatUpdated('2026-05-31')).toBe('May 2026');
    expect(formatUpdated('2026-01')).toBe('January 2026');
    expect(formatUpdated('2026-05', 'de')).toBe('Mai 2026');
    expect(formatUpdated('2026-05', 'fr')).toBe('mai 2026');
    expect(formatUpdated('2026-12-31')).toBe('December 2026');
    expect(formatUpdated('2026-13')).toBeUndefined();
    expect(formatUpdated('May')).toBeUndefined();
    expect(formatUpdated('soon')).toBeUndefined();
  });
});

describe('sectionFacts', () => {
  it('lists what a live footer shows before its link', () => {
    expect(
      sectionFacts({id: 'a', title: 'A', status: 'live', conversations: 23, updated: '2026-05'}),
    ).toEqual(['23 conversations', 'May 2026']);
    expect(sectionFacts({id: 'a', title: 'A', status: 'live'})).toEqual([]);
  });
});
