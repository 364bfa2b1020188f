import {html, nothing} from 'lit';
import {CpiFeedElement} from '../../base/cpi-feed-element.js';
import {defineElement} from '../../base/define.js';
import type {FeedEntry} from '../../feed/feed-store.js';
import {CpiSectionClickEvent} from '../../events/cpi-section-click-event.js';
import {closestIds} from '../../feed/closest-ids.js';
import {withPartner} from '../../feed/urls.js';
import type {PageContext} from '../../base/page-context.js';
import {tokens} from '../../styles/tokens.js';
import {badgeStyles} from '../../templates/badge.styles.js';
import {cardStyles} from '../../templates/card.styles.js';
import {stateStyles} from '../../templates/states.styles.js';
import {renderCard} from '../../templates/card.js';
import {renderSource} from '../../templates/source.js';
import type {RenderContext} from '../../templates/heading.js';
import {renderCardSkeleton, renderProblem} from '../../templates/states.js';
import {styles} from './cpi-section-card.styles.js';

/**
 * One section of the Creator Program Index as a card, for a blog post or a sidebar:
 * `<cpi-section-card section="attribution-and-measurement"></cpi-section-card>`.
 *
 * @summary One section card: title, status badge, summary and footer.
 * @tagname cpi-section-card
 *
 * @csspart base - The wrapper that holds the theme and the reset.
 * @csspart card - The card's box.
 * @csspart source - The index's name above the card (drawn from its `data-text`), a link to the index's register page when the feed has one.
 * @csspart card-title - The section's title (a heading of level `heading-level`).
 * @csspart badge - The status badge.
 * @csspart summary - The section's summary.
 * @csspart footer - The footer: conversations, month and link, or "Intelligence being compiled".
 * @csspart link - The "Register to read →" link of a live section.
 * @csspart skeleton - The placeholder shown while the feed loads.
 * @csspart error - The message shown when there is nothing to show (a failed load, with Retry; a section the feed does not have).
 * @csspart notice - The note over a kept copy after a failed refresh.
 * @csspart retry-button - The Retry buttons.
 *
 * @cssprop [--cpi-font-family=inherit] - The font; the host page's by default.
 * @cssprop [--cpi-font-size=medium] - The base text size: the reader's default; every size is in em from it.
 * @cssprop [--cpi-color-background=#ffffff] - The background behind the card.
 * @cssprop [--cpi-color-surface=#ffffff] - The card's background.
 * @cssprop [--cpi-color-soft=#f0f2f2] - Quiet fills: the Coming soon badge, the skeleton.
 * @cssprop [--cpi-color-tint=color-mix(in srgb, var(--cpi-color-accent) 7%, var(--cpi-color-surface))] - The live card's surface.
 * @cssprop [--cpi-color-text=#16191d] - The text colour.
 * @cssprop [--cpi-color-muted=#4b535d] - Secondary text: footers, the source line.
 * @cssprop [--cpi-color-quiet=var(--cpi-color-muted)] - A coming-soon card's summary and footer (built in: #59616b).
 * @cssprop [--cpi-color-border=#d9dde1] - Borders.
 * @cssprop [--cpi-color-accent=#0b6b4f] - The brand colour: Live badge, links, live card border.
 * @cssprop [--cpi-color-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--cpi-color-focus=#1a56db] - The focus ring.
 * @cssprop [--cpi-radius=12px] - Corner radius of the card.
 * @cssprop [--cpi-space=1em] - The base spacing.
 * @cssprop [--cpi-card-padding=1.25em] - The card's inner padding.
 * @cssprop [--cpi-badge-live-background=var(--cpi-color-accent)] - The Live badge's fill (each status has its pair: `--cpi-badge-<status>-background`, `--cpi-badge-<status>-color`).
 * @cssprop [--cpi-badge-live-color=var(--cpi-color-on-accent)] - The Live badge's text.
 *
 * @fires {CpiFeedLoadEvent} cpi-feed-load - The feed arrived and the card can be shown.
 * @fires {CpiFeedErrorEvent} cpi-feed-error - The feed failed (kind network, http, timeout, parse, schema), or the section id is not in it (kind schema; the message lists the ids, the closest first).
 * @fires {CpiRegisterClickEvent} cpi-register-click - The reader clicked the card's register link or the index's name above it (placement `card`). Cancelable.
 * @fires {CpiSectionClickEvent} cpi-section-click - The reader clicked the link to the section's own page. Cancelable.
 */
export class CpiSectionCard extends CpiFeedElement {
  static override styles = [tokens, badgeStyles, cardStyles, stateStyles, styles];

  static override properties = {section: {}};

  /** The id of the section to show, e.g. `attribution-and-measurement`. */
  section = '';

  protected readonly _placement = 'card';
  protected override readonly _sectionClick = CpiSectionClickEvent;
  protected readonly _defaultHeadingLevel = 3;

  protected override get _section() {
    return this.section;
  }

  protected override _selectionProblem({url, feed}: FeedEntry): string | undefined {
    if (feed.sections.some((s) => s.id === this.section)) return undefined;
    const ids = closestIds(
      this.section,
      feed.sections.map((s) => s.id),
    );
    const where = url ? `the feed at ${url}` : 'the feed';
    const wanted = this.section
      ? `Section "${this.section}" is not in ${where}.`
      : 'The section attribute is missing.';
    return `${wanted} Its sections are: ${ids.join(', ') || 'none'}.`;
  }

  protected _renderContent({feed}: FeedEntry, {lang, messages}: PageContext) {
    const language = feed.index.language ?? 'en';
    const ctx: RenderContext = {
      lang,
      messages,
      partner: this.partner,
      level: this._level,
      register: feed.register,
    };
    const source = {title: feed.index.title, href: feed.register?.url};
    const section = feed.sections.find((s) => s.id === this.section);
    if (!section) {
      // The reader is told only that the section is not there, and where the others are; the
      // id and the ids there are go to the developer, in the cpi-feed-error event.
      return renderProblem(
        messages.unknownSection,
        renderSource(source.title, language, source.href, ctx),
        source.href
          ? html`<a
              part="link"
              class="link"
              href=${withPartner(source.href, this.partner)}
              rel="noopener noreferrer"
              data-link="register"
              >${messages.seeAllSections}&nbsp;<span class="arrow" aria-hidden="true">→</span></a
            >`
          : nothing,
      );
    }
    return renderCard(section, ctx, {language, source});
  }

  protected _renderSkeleton() {
    return renderCardSkeleton();
  }
}

defineElement('cpi-section-card', CpiSectionCard);

declare global {
  interface HTMLElementTagNameMap {
    'cpi-section-card': CpiSectionCard;
  }
}
