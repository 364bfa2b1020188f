import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {FeedSection} from '../feed/feed.types.js';
import {statusDefinition} from '../feed/statuses.js';
import {withPartner} from '../feed/urls.js';
import {sectionFacts} from '../i18n/format.js';
import {fill} from '../i18n/messages.js';
import {renderBadge} from './badge.js';
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

function renderFooter(section: FeedSection, ctx: RenderContext, own: string | undefined) {
  const status = statusDefinition(section.status);
  if (status?.footer === 'compiling') {
    return html`<p part="footer" class="footer compiling" lang=${ifDefined(own)}
      >${ctx.messages.compiling}</p
    >`;
  }
  const facts = sectionFacts(section, ctx.lang);
  // A live section is read after registering, unless it has a page of its own.
  const target = section.url ?? (status?.live ? ctx.register?.url : undefined);
  if (!facts.length && !target) return nothing;
  const link = target
    ? html`<a
        part="link"
        class="link"
        href=${withPartner(target, ctx.partner)}
        rel="noopener noreferrer"
        data-link=${section.url ? 'section' : 'register'}
        data-section=${section.id}
        aria-label=${fill(ctx.messages.registerToReadNamed, {title: section.title})}
        >${ctx.messages.registerToRead}&nbsp;<span class="arrow" aria-hidden="true">→</span></a
      >`
    : nothing;
  // No whitespace between the parts: the separators carry the spacing, and the text reads
  // `23 conversations·May 2026·Register to read →` like the page.
  return html`<p part="footer" class="footer" lang=${ifDefined(own)}
    >${facts.map((fact, i) => renderFact(fact, i === 0))}${
      target
        ? facts.length
          ? html`<span class="then"><span class="dot" aria-hidden="true">·</span>${link}</span>`
          : html`<span>${link}</span>`
        : nothing
    }</p
  >`;
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
  // The widget's own words are marked only where their language is not the feed's.
  const own = ctx.lang === language ? undefined : ctx.lang;
  // Written without whitespace between tags: each card is then only its elements, its texts
  // and one marker comment per template part (see weight.test.ts). Texts are child bindings, not
  // `.textContent`, so that a server render carries them.
  return html`<article
    part="card"
    class="card"
    data-status=${section.status}
    ?data-live=${statusDefinition(section.status)?.live}
    lang=${language}
    >${source ? renderSource(source.title, language, source.href, ctx) : nothing}${heading(
      ctx.level,
      'card-title',
      section.title,
    )}${renderBadge(section.status, ctx.lang, undefined, Boolean(own))}${
      section.summary
        ? html`<p part="summary" class="summary" dir="auto">${section.summary}</p>`
        : nothing
    }${renderFooter(section, ctx, own)}</article
  >`;
}
