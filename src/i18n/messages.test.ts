import {describe, expect, it} from 'vitest';
import {catalog, fill, pickLang} from './messages.js';
import {factWords} from './section-facts.js';

describe('pickLang', () => {
  it('takes the primary subtag and falls back to English', () => {
    expect(pickLang('de-AT')).toBe('de');
    expect(pickLang('FR')).toBe('fr');
    expect(pickLang('es_MX')).toBe('es');
    expect(pickLang('ja')).toBe('en');
    expect(pickLang('')).toBe('en');
    expect(pickLang(undefined)).toBe('en');
    // Names every object inherits are not languages.
    expect(pickLang('constructor')).toBe('en');
    expect(pickLang('__proto__')).toBe('en');
    expect(pickLang('toString')).toBe('en');
  });
});

describe('catalog', () => {
  it('has every message in every language', () => {
    const keys = Object.keys(catalog.en).sort();
    for (const messages of Object.values(catalog)) {
      expect(Object.keys(messages).sort()).toEqual(keys);
      for (const value of Object.values(messages)) expect(value).toBeTruthy();
    }
  });
  it('has the words of a section’s facts in every language it speaks', () => {
    expect(Object.keys(factWords).sort()).toEqual(Object.keys(catalog).sort());
    for (const words of Object.values(factWords)) {
      expect(words.months).toHaveLength(12);
      expect(words.months.every(Boolean)).toBe(true);
      expect(words.monthYear).toMatch(/\{month\}.*\{year\}/);
      expect(words.conversations.other).toContain('#');
    }
  });
  it('fills placeholders', () => {
    expect(fill(catalog.en.registerToReadNamed, {title: 'Scaling'})).toBe(
      'Register to read: Scaling',
    );
    expect(fill('{missing}', {})).toBe('{missing}');
  });
  it('tells readers what happened in short sentences, nothing meant for developers', () => {
    for (const [lang, m] of Object.entries(catalog)) {
      const told = [
        [m.loadFailed, m.checkConnection],
        [m.loadFailed, m.tryLater],
        [m.unknownSection],
        [m.emptyIndex],
        [m.noMatch],
        [m.noRegister],
      ];
      for (const sentences of told) {
        const text = sentences.join(' ');
        expect(sentences.length, `${lang}: ${text}`).toBeLessThanOrEqual(2);
        for (const sentence of sentences) {
          expect(sentence, lang).toMatch(/[.!?]$/);
          expect(sentence.length, `${lang}: ${sentence}`).toBeLessThanOrEqual(80);
        }
        expect(text, lang).not.toMatch(/[{}“”"«»„]|https?:|HTTP|CORS|JSON|\bid\b/);
      }
    }
  });
});
