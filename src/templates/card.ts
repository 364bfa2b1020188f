import {html, nothing} from 'lit';
import type {FeedSection} from '../feed/feed.types.js';
import {statusDefinition} from '../feed/statuses.js';
import {withPartner} from '../feed/urls.js';
import {sectionFacts} from '../i18n/format.js';
import {fill} from '../i18n/messages.js';
import {renderBadge} from './badge.js';
import {heading, type RenderContext} from './heading.js';

/**
 * One fact of a footer, after a separator unless it is the first. `dir="auto"` keeps a fact in
 * its own direction on a right-to-left page: `23 conversations` would otherwise read
 * `conversations 23` there, the number pulled to the line's start.
 */
function renderFact(text: string, first: boolean) {
  return first
    ? html`<span class="fact" dir="auto">${text}</span>`
    : html`<span class="dot" aria-hidden="true">·</span
        ><span class="fact" dir="auto">${text}</span>`;
}

function renderFooter(section: FeedSection, ctx: RenderContext) {
  const status = statusDefinition(section.status);
  if (status?.footer === 'compiling') {
    return html`<p part="footer" class="footer">${ctx.messages.compiling}</p>`;
  }
  const facts = sectionFacts(section, ctx.lang);
  // A live section is read after registering, unless it has a page of its own.
  const target = section.url ?? (status?.live ? ctx.register?.url : undefined);
  if (!facts.length && !target) return nothing;
  // No whitespace between the parts: the separators carry the spacing, and the text reads
  // `23 conversations·May 2026·Register to read →` like the page.
  return html`<p part="footer" class="footer"
    >${facts.map((fact, i) => renderFact(fact, i === 0))}${
      target
        ? html`${facts.length ? html`<span class="dot" aria-hidden="true">·</span>` : nothing}<span
              class="fact"
              ><a
                part="link"
                class="link"
                href=${withPartner(target, ctx.partner)}
                rel="noopener noreferrer"
                data-link=${section.url ? 'section' : 'register'}
                data-section=${section.id}
                aria-label=${fill(ctx.messages.registerToReadNamed, {title: section.title})}
                >${ctx.messages.registerToRead}&nbsp;<span class="arrow" aria-hidden="true"
                  >→</span
                ></a
              ></span
            >`
        : nothing
    }</p
  >`;
}

/** One section's card: title, status badge, summary and footer. */
export function renderCard(section: FeedSection, ctx: RenderContext) {
  // Written without whitespace between tags: each card is then only its elements, its texts
  // and one marker comment per template part (see weight.test.ts). Texts are child bindings, not
  // `.textContent`, so that a server render carries them.
  return html`<article
    part="card"
    class="card"
    data-status=${section.status}
    ?data-live=${statusDefinition(section.status)?.live}
    ><div class="card-head"
      >${heading(ctx.level, 'card-title', section.title)}${renderBadge(section.status, ctx.lang)}</div
    >${
      section.summary ? html`<p part="summary" class="summary">${section.summary}</p>` : nothing
    }${renderFooter(section, ctx)}</article
  >`;
}
