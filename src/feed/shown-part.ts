import type {Feed} from './feed.types.js';

/** Which element shows a feed: the whole index, one section's card, or the register block. */
export type FeedView = 'index' | 'card' | 'cta';

/** The fields of a feed that an element shows (the warnings are for developers only). */
export type ShownFeed = Omit<Feed, 'warnings'>;

/**
 * What of a feed an element shows: the index all of it; a card the index's title and language,
 * the register block (its link falls back to it) and its own section; the register block the
 * same without a section. A server render leaves this beside the element, and the element keeps
 * the server's content while a fresh copy shows the same.
 */
export function shownPart(feed: Feed, view: FeedView, section?: string): ShownFeed {
  const {version, index, register, sections} = feed;
  if (view === 'index') return {version, index, register, sections};
  const {title, language} = index;
  const own = view === 'card' ? sections.filter((s) => s.id === section) : [];
  return {version, index: {title, language}, register, sections: own};
}

/** Whether two copies of a feed show the same in the element `view`. */
export function showsSame(a: Feed, b: Feed, view: FeedView, section?: string): boolean {
  const shown = (feed: Feed) => JSON.stringify(shownPart(feed, view, section));
  return a === b || shown(a) === shown(b);
}
