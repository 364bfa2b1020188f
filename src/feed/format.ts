import type {Feed, FeedSection} from './feed.types.js';
import {catalog, type Lang} from '../i18n/messages.js';

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

/** The header figures, always counted from every section of the feed. */
export interface IndexFigures {
  sections: number;
  live: number;
}

/** Counts the header figures from a feed's sections. */
export function countFigures(feed: Pick<Feed, 'sections'>): IndexFigures {
  return {
    sections: feed.sections.length,
    live: feed.sections.filter((s) => s.status === 'live').length,
  };
}

/** `23 conversations`, `1 conversation`, `23 Gespräche`: the count with the language's plural. */
export function formatConversations(count: number, lang: Lang = 'en'): string {
  const forms = catalog[lang].conversations;
  const rule = cached(`p:${lang}`, () => new Intl.PluralRules(lang)).select(count);
  return (forms[rule] ?? forms.other).replace('#', formatNumber(count, lang));
}

/** `May 2026` from `2026-05` (or from a date in that month); `undefined` if it is not one. */
export function formatUpdated(updated: string, lang: Lang = 'en'): string | undefined {
  const match = /^(\d{4})-(\d{2})/.exec(updated);
  if (!match) return undefined;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  const format = cached(
    `d:${lang}`,
    () => new Intl.DateTimeFormat(lang, {month: 'long', year: 'numeric', timeZone: 'UTC'}),
  );
  return format.format(Date.UTC(Number(match[1]), month - 1, 1));
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
  const seconds = Math.round((time - now) / 1000);
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

/** The edit distance between two ids, for suggesting the one a partner meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}

/** The ids of a feed ordered by how close they are to `wanted`, the closest first. */
export function closestIds(wanted: string, ids: readonly string[]): string[] {
  const w = wanted.trim().toLowerCase();
  // A partner often types the start of an id, or misspells it: score each id by its whole and by
  // its prefixes of about the same length, whichever is closer.
  const score = (id: string) =>
    w && id.includes(w)
      ? 0
      : Math.min(
          distance(w, id),
          distance(w, id.slice(0, w.length)) + 0.5,
          distance(w, id.slice(0, w.length + 1)) + 0.5,
        );
  return ids
    .map((id, order) => ({id, order, d: score(id)}))
    .sort((x, y) => x.d - y.d || x.order - y.order)
    .map((x) => x.id);
}
