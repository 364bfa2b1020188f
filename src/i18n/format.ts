import type {FeedSection} from '../feed/feed.types.js';
import {catalog, type Lang} from './messages.js';

// Intl objects are slow to create (tens of ms on a slow phone) and cheap to reuse: one of each
// kind per language for the page.
const formatters = new Map<string, unknown>();
function cached<T>(key: string, create: () => T): T {
  let value = formatters.get(key) as T | undefined;
  if (value === undefined) formatters.set(key, (value = create()));
  return value;
}

/** Formats a whole number the way the language writes it (`1,234`, `1.234`). */
export function formatNumber(value: number, lang: Lang = 'en'): string {
  // Every language here writes whole numbers below 1,000 as plain digits; that skips creating an
  // Intl.NumberFormat (the first Intl object of a page costs milliseconds) in the common case.
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  return cached(`n:${lang}`, () => new Intl.NumberFormat(lang)).format(value);
}

/** `23 conversations`, `1 conversation`, `23 Gespräche`: the count with the language's plural. */
export function formatConversations(count: number, lang: Lang = 'en'): string {
  const forms = catalog[lang].conversations;
  const rule = cached(`p:${lang}`, () => new Intl.PluralRules(lang)).select(count);
  return (forms[rule] ?? forms.other).replace('#', formatNumber(count, lang));
}

/**
 * `May 2026` from `2026-05` (or from a date in that month); `undefined` if it is not one. The
 * words come from the catalog's month names, not from `Intl.DateTimeFormat`: the first date
 * formatter a page builds costs more main-thread time than the rest of the first render.
 */
export function formatUpdated(updated: string, lang: Lang = 'en'): string | undefined {
  const match = /^(\d{4})-(\d{2})/.exec(updated);
  if (!match) return undefined;
  const month = catalog[lang].months[Number(match[2]) - 1];
  return month && catalog[lang].monthYear.replace('{month}', month).replace('{year}', match[1]);
}

/** The parts of a live section's footer before its link: `23 conversations`, `May 2026`. */
export function sectionFacts(section: FeedSection, lang: Lang = 'en'): string[] {
  const facts: string[] = [];
  if (section.conversations !== undefined)
    facts.push(formatConversations(section.conversations, lang));
  const month = section.updated === undefined ? undefined : formatUpdated(section.updated, lang);
  if (month) facts.push(month);
  return facts;
}

/** How long ago `time` was, in words (`3 hours ago`, `vor 2 Tagen`), for the stale-copy note. */
export function formatAge(time: number, now: number, lang: Lang = 'en'): string {
  // A copy is never from the future: a clock that moved back reads as "now".
  const seconds = Math.round((Math.min(time, now) - now) / 1000);
  const format = cached(`r:${lang}`, () => new Intl.RelativeTimeFormat(lang, {numeric: 'auto'}));
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
  ];
  for (const [unit, size] of steps) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'minute');
}
