import {html, nothing} from 'lit';
import type {FeedSection} from '../../feed/feed.types.js';
import {sectionFacts} from '../../feed/format.js';
import {withPartner} from '../../feed/urls.js';
import {fill} from '../../i18n/messages.js';
import {badgeLabel, renderBadge} from '../status-badge/render-badge.js';
import {heading, type RenderContext} from '../render-context.js';

function renderFooter(section: FeedSection, ctx: RenderContext) {
  if (section.status === 'coming-soon') {
    return html`<p part="footer" class="footer">${ctx.messages.compiling}</p>`;
  }
  const facts = sectionFacts(section, ctx.lang);
  const target = section.status === 'live' ? (section.url ?? ctx.register?.url) : section.url;
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
    : undefined;
  const parts = link ? [...facts, link] : facts;
  if (!parts.length) return nothing;
  // No whitespace between the parts: the separators carry the spacing, and the text reads
  // `23 conversations·May 2026·Register to read →` like the page.
  return html`<p part="footer" class="footer">
    ${parts.map(
      (part, i) =>
        html`${i ? html`<span class="dot" aria-hidden="true">·</span>` : nothing}<span class="fact"
            >${part}</span
          >`,
    )}
  </p>`;
}

/** One section's card: title, status badge, summary and footer. */
export function renderCard(section: FeedSection, ctx: RenderContext) {
  return html`<article part="card" class="card" data-status=${section.status}>
    <div class="card-head">
      ${heading(ctx.level, 'card-title', section.title)}
      ${renderBadge(section.status, badgeLabel(section.status, ctx.messages))}
    </div>
    ${section.summary ? html`<p part="summary" class="summary">${section.summary}</p>` : nothing}
    ${renderFooter(section, ctx)}
  </article>`;
}
