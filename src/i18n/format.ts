import type {Lang} from './messages.js';

const formatters = new Map<string, unknown>();

/**
 * The page's one Intl object under `key` (its kind and language), made on first use: Intl
 * objects are slow to create (tens of ms on a slow phone) and cheap to reuse.
 */
export function cached<T>(key: string, create: () => T): T {
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
