import type {FeedSection} from '../feed/feed.types.js';
import {cached, formatNumber} from './format.js';
import type {Lang} from './messages.js';

/**
 * The words of a section's facts in each language the widget speaks. They are apart from the
 * other messages because only the cards say them: the register block's file goes without.
 */
interface FactWords {
  /** The months' names, January first, as they stand before a year. */
  months: readonly string[];
  /** A month and its year: `{month} {year}`. */
  monthYear: string;
  /** `#` is the count; one form per `Intl.PluralRules` category the language uses. */
  conversations: Partial<Record<Intl.LDMLPluralRule, string>> & {other: string};
}

/** Every language's fact words (the same languages as the messages' catalog). */
export const factWords: Record<Lang, FactWords> = {
  en: {
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    monthYear: '{month} {year}',
    conversations: {one: '# conversation', other: '# conversations'},
  },
  de: {
    months: [
      'Januar',
      'Februar',
      'März',
      'April',
      'Mai',
      'Juni',
      'Juli',
      'August',
      'September',
      'Oktober',
      'November',
      'Dezember',
    ],
    monthYear: '{month} {year}',
    conversations: {one: '# Gespräch', other: '# Gespräche'},
  },
  fr: {
    months: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
    monthYear: '{month} {year}',
    conversations: {one: '# conversation', many: '# de conversations', other: '# conversations'},
  },
  es: {
    months: [
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'octubre',
      'noviembre',
      'diciembre',
    ],
    monthYear: '{month} de {year}',
    conversations: {one: '# conversación', many: '# de conversaciones', other: '# conversaciones'},
  },
};

/** `23 conversations`, `1 conversation`, `23 Gespräche`: the count with the language's plural. */
export function formatConversations(count: number, lang: Lang = 'en'): string {
  const forms = factWords[lang].conversations;
  const rule = cached(`p:${lang}`, () => new Intl.PluralRules(lang)).select(count);
  return (forms[rule] ?? forms.other).replace('#', formatNumber(count, lang));
}

/**
 * `May 2026` from `2026-05` (or from a date in that month); `undefined` if it is not one. The
 * words come from the table above, not from `Intl.DateTimeFormat`: the first date formatter a
 * page builds costs more main-thread time than the rest of the first render.
 */
export function formatUpdated(updated: string, lang: Lang = 'en'): string | undefined {
  const match = /^(\d{4})-(\d{2})/.exec(updated);
  if (!match) return undefined;
  const {months, monthYear} = factWords[lang];
  const month = months[Number(match[2]) - 1];
  return month && monthYear.replace('{month}', month).replace('{year}', match[1]);
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
