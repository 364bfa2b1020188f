/**
 * Types of the Creator Program Index feed, version 1, after `parseFeed` has checked and
 * normalized it. Optional fields are absent (never empty strings) when the feed leaves them out.
 */

import type {KnownStatus} from './statuses.js';

/** A section status: one of the status table's (`live`, `coming-soon`), or a newer one shown as given. */
export type SectionStatus = KnownStatus | (string & {});

/** The access pair shown in the header figures (`Free` / `Full access, no paywall`). */
export interface FeedAccess {
  label?: string;
  detail?: string;
}

/** The index's own texts: title, tagline, description and the access pair. */
export interface FeedIndex {
  title: string;
  tagline?: string;
  description?: string;
  access?: FeedAccess;
  /**
   * The language of the feed's texts, a BCP 47 tag (`en`, `de-AT`); the widgets mark the feed's
   * text with it. Absent when the feed does not say (the widgets then use `en`).
   */
  language?: string;
}

/** The call to register. `url` is absolute, http(s) or mailto, once parsed. */
export interface FeedRegister {
  url?: string;
  eyebrow?: string;
  heading?: string;
  body?: string;
  label?: string;
}

/** One section of the index. */
export interface FeedSection {
  /** Unique; lowercase words and hyphens. */
  id: string;
  title: string;
  status: SectionStatus;
  summary?: string;
  /** How many conversations the section draws on; a whole number of at least 0. */
  conversations?: number;
  /** A year-month (`2026-05`) or a date (`2026-05-14`). */
  updated?: string;
  /** Where the section is read; absolute, http(s) or mailto, once parsed. */
  url?: string;
}

/** A checked, normalized feed. */
export interface Feed {
  /** The version the publisher wrote (1 today; a newer one is read as version 1). */
  version: number;
  index: FeedIndex;
  register?: FeedRegister;
  sections: FeedSection[];
  /** What was dropped or shortened while parsing (unsafe URLs, over-long texts), with its path. */
  warnings: string[];
}
