import {html} from 'lit';
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

/**
 * A real heading of `level` (kept within 1 to 6) whose part and class are `name`. Six plain
 * templates rather than lit/static-html: they are smaller and cheaper to render for each card.
 * The text is a child binding (always text, never markup), so a server render carries it too.
 * A heading reads in its own direction (`unicode-bidi: plaintext` in the tokens): the feed's
 * language may not be the page's.
 */
export function heading(level: number, name: string, text: string) {
  switch (Math.min(6, Math.max(1, Math.round(level)))) {
    case 1:
      return html`<h1 part=${name} class=${name}>${text}</h1>`;
    case 2:
      return html`<h2 part=${name} class=${name}>${text}</h2>`;
    case 3:
      return html`<h3 part=${name} class=${name}>${text}</h3>`;
    case 4:
      return html`<h4 part=${name} class=${name}>${text}</h4>`;
    case 5:
      return html`<h5 part=${name} class=${name}>${text}</h5>`;
    default:
      return html`<h6 part=${name} class=${name}>${text}</h6>`;
  }
}
