import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {FeedSection} from '../feed/feed.types.js';
import {statusDefinition, statusLabel} from '../feed/statuses.js';
import {withPartner} from '../feed/urls.js';
import {sectionFacts} from '../i18n/section-facts.js';
import {fill} from '../i18n/messages.js';
import {heading, type RenderContext} from './heading.js';
import {renderSource} from './source.js';

/**
 * One fact of a footer; after the first, with its separator before it. A separator and the fact
 * after it never part (card.styles.ts keeps a line from starting or ending with one). A fact reads
 * in its own direction (`unicode-bidi: plaintext` in its style) on a right-to-left page:
 * `23 conversations` would otherwise read `conversations 23` there, the number pulled to the
 * line's start.
 */
function renderFact(text: string, first: boolean) {
  return first
    ? html`<span class="fact">${text}</span>`
    : html`<span class="then"
        ><span class="dot" aria-hidden="true">·</span><span class="fact">${text}</span></span
      >`;
}

/**
 * What a card's footer says: the compiling note, or the facts and the link to read the section
 * (`nothing` for a section with neither).
 */
function footerContent(section: FeedSection, ctx: RenderContext) {
  const status = statusDefinition(section.status);
  if (status?.footer === 'compiling') return ctx.messages.compiling;
  const facts = sectionFacts(section, ctx.lang);
  // A live section is read after registering, unless it has a page of its own.
  const target = section.url ?? (status?.live ? ctx.register?.url : undefined);
  if (!facts.length && !target) return nothing;
  if (!target) return facts.map((fact, i) => renderFact(fact, i === 0));
  const link = html`<a
    part="link"
    class="link"
    href=${withPartner(target, ctx.partner)}
    rel="noopener noreferrer"
    data-link=${section.url ? 'section' : 'register'}
    data-section=${section.id}
    aria-label=${fill(ctx.messages.registerToReadNamed, {title: section.title})}
    >${ctx.messages.registerToRead}&nbsp;<span class="arrow" aria-hidden="true">→</span></a
  >`;
  // No whitespace between the parts: the separators carry the spacing, and the text reads
  // `23 conversations·May 2026·Register to read →` like the page.
  return [
    ...facts.map((fact, i) => renderFact(fact, i === 0)),
    facts.length
      ? html`<span class="then"><span class="dot" aria-hidden="true">·</span>${link}</span>`
      : html`<span>${link}</span>`,
  ];
}

/** Options of {@link renderCard}. */
export interface CardOptions {
  /** The feed's language, which its texts are marked with. */
  language: string;
  /** The source line above a standalone card: the index's name and where it links. */
  source?: {title: string; href: string | undefined};
}

/**
 * One section's card: title, status badge, summary and footer. The card is marked with the
 * feed's language and its own words (badge, footer) with the widget's; the summary reads in its
 * own direction (`dir="auto"`), and so does the title (every heading does: see the tokens).
 */
export function renderCard(section: FeedSection, ctx: RenderContext, options: CardOptions) {
  const {language, source} = options;
  const {status, summary} = section;
  const definition = statusDefinition(status);
  // The widget's own words are marked only where their language is not the feed's.
  const own = ctx.lang === language ? undefined : ctx.lang;
  const footer = footerContent(section, ctx);
  // One template for the card's badge, summary and footer, written without whitespace between
  // tags: each card is then only its elements, its texts and one marker comment per binding (see
  // weight.test.ts), and few template instances to make (a coming-soon card of the index is three
  // with its title and list item). A summary or footer the section lacks is there, hidden. Texts
  // are child bindings, not `.textContent`, so that a server render carries them. The badge's
  // markup is cpi-status-badge's, with the status table's words.
  return html`<article
    part="card"
    class="card"
    data-status=${status}
    ?data-live=${definition?.live}
    lang=${language}
    >${source ? renderSource(source.title, language, source.href, ctx) : nothing}${heading(
      ctx.level,
      'card-title',
      section.title,
    )}<span
      part="badge"
      class="badge"
      data-status=${status}
      ?data-dot=${definition?.dot}
      lang=${ifDefined(own)}
      >${statusLabel(status, ctx.lang)}</span
    ><p part="summary" class="summary" dir="auto" ?hidden=${!summary}>${summary ?? nothing}</p
    ><p
      part="footer"
      class=${definition?.footer === 'compiling' ? 'footer compiling' : 'footer'}
      lang=${ifDefined(own)}
      ?hidden=${footer === nothing}
      >${footer}</p
    ></article
  >`;
}
