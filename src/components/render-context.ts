import {literal, type StaticValue} from 'lit/static-html.js';
import type {Lang, Messages} from '../i18n/messages.js';
import type {FeedRegister} from '../feed/feed.types.js';

/** What the shared templates need to know about the element that renders them. */
export interface RenderContext {
  lang: Lang;
  messages: Messages;
  /** The partner id that links carry, if any. */
  partner: string | null | undefined;
  /** The heading level of the template's top heading (1 to 6). */
  level: number;
  /** The feed's register block, where a card's link falls back to. */
  register: FeedRegister | undefined;
}

const headings = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The heading tag for a level, kept within 1 to 6. */
export function headingTag(level: number): StaticValue {
  return headings[Math.min(6, Math.max(1, Math.round(level))) - 1];
}

/** A `heading-level` attribute as a level from 1 to 6, or `fallback` when it is not one. */
export function headingLevel(value: unknown, fallback: number): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : fallback;
}
