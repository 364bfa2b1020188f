import type {Feed} from './feed.types.js';
import {statusDefinition} from './statuses.js';

/** The header figures, always counted from every section of the feed. */
export interface IndexFigures {
  sections: number;
  live: number;
}

/** Counts the header figures: every section, and those whose status counts as live. */
export function countFigures(feed: Pick<Feed, 'sections'>): IndexFigures {
  return {
    sections: feed.sections.length,
    live: feed.sections.filter((s) => statusDefinition(s.status)?.live).length,
  };
}
