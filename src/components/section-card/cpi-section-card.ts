import {LitElement} from 'lit';
import {tokens} from '../../styles/tokens.js';
import {badgeStyles} from '../status-badge/cpi-status-badge.styles.js';
import {stateStyles} from '../states/states.styles.js';
import {cardStyles, styles} from './cpi-section-card.styles.js';
import {FeedController} from '../../controllers/feed-controller.js';
import {PageContextController, type Theme} from '../../controllers/page-context-controller.js';
import type {CacheMode, FeedEntry} from '../../feed/feed-store.js';
import {closestIds} from '../../feed/format.js';
import {fill} from '../../i18n/messages.js';
import {CpiFeedErrorEvent} from '../../events/cpi-feed-error-event.js';
import {announceLinkClick} from '../link-clicks.js';
import {checkAttributes} from '../check-attributes.js';
import {headingLevel, type RenderContext} from '../render-context.js';
import {renderCard} from './render-card.js';
import {renderCardSkeleton, renderFeedView, renderProblem} from '../states/render-states.js';
import {defineElement} from '../../define.js';

/**
 * One section of the Creator Program Index as a card, for a blog post or a sidebar:
 * `<cpi-section-card section="attribution-and-measurement"></cpi-section-card>`.
 *
 * @summary One section card: title, status badge, summary and footer.
 * @tagname cpi-section-card
 *
 * @csspart base - The wrapper that holds the theme and the reset.
 * @csspart card - The card's box.
 * @csspart card-title - The section's title (a heading of level `heading-level`).
 * @csspart badge - The status badge.
 * @csspart summary - The section's summary.
 * @csspart footer - The footer: conversations, month and link, or "Intelligence being compiled".
 * @csspart link - The "Register to read →" link of a live section.
 * @csspart skeleton - The placeholder shown while the feed loads.
 * @csspart error - The message shown when there is nothing to show.
 * @csspart notice - The note over a kept copy after a failed refresh.
 * @csspart retry-button - The Retry buttons.
 *
 * @cssprop [--cpi-font-family=inherit] - The font; the host page's by default.
 * @cssprop [--cpi-font-size=16px] - The base text size.
 * @cssprop [--cpi-color-background=#ffffff] - The background behind the card.
 * @cssprop [--cpi-color-surface=#ffffff] - The card's background.
 * @cssprop [--cpi-color-soft=#eef1f3] - Quiet fills: the Coming soon badge, the skeleton.
 * @cssprop [--cpi-color-text=#16191d] - The text colour.
 * @cssprop [--cpi-color-muted=#4d5561] - Secondary text: summaries, footers.
 * @cssprop [--cpi-color-border=#d9dde2] - Borders.
 * @cssprop [--cpi-color-accent=#0b6b4f] - The brand colour: Live badge, links, live card border.
 * @cssprop [--cpi-color-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--cpi-color-focus=#1a56db] - The focus ring.
 * @cssprop [--cpi-radius=12px] - Corner radius of the card.
 * @cssprop [--cpi-space=16px] - The base spacing.
 * @cssprop [--cpi-card-padding=20px] - The card's inner padding.
 * @cssprop [--cpi-badge-live-background=var(--cpi-color-accent)] - The Live badge's fill.
 * @cssprop [--cpi-badge-live-color=var(--cpi-color-on-accent)] - The Live badge's text.
 *
 * @fires {CpiFeedLoadEvent} cpi-feed-load - The feed arrived and the card can be shown.
 * @fires {CpiFeedErrorEvent} cpi-feed-error - The feed failed (kind network, http, timeout, parse, schema), or the section id is not in it (kind schema; the message lists the ids, the closest first).
 * @fires {CpiRegisterClickEvent} cpi-register-click - The reader clicked the card's register link (placement `card`). Cancelable.
 * @fires {CpiSectionClickEvent} cpi-section-click - The reader clicked the link to the section's own page. Cancelable.
 */
export class CpiSectionCard extends LitElement {
  static override styles = [tokens, badgeStyles, cardStyles, stateStyles, styles];

  private readonly _feed = new FeedController(this);
  private readonly _page = new PageContextController(this);
  constructor() {
    super();
    // One listener for every link in the shadow tree: clicks there reach the host.
    this.addEventListener('click', (event) => announceLinkClick(this, event, 'card'));
  }

  /** The last missing-section problem reported, so each is reported once. */
  private _reported?: string;

  static override properties = {
    section: {},
    src: {},
    feed: {attribute: false},
    headingLevel: {attribute: 'heading-level', type: Number},
    partner: {},
    theme: {},
    cache: {},
  };

  /** The id of the section to show, e.g. `attribution-and-measurement`. */
  section = '';

  /** The feed's URL. Left out: the official feed published beside the script. */
  src?: string;

  /** A feed object to show instead of fetching one. */
  feed?: unknown;

  /** The level of the card's title heading, 1 to 6. */
  headingLevel = 3;

  /** A partner id: register and section links then carry it as `utm_source`. */
  partner?: string;

  /** `light`, `dark` or `auto` (follows the page, then the reader's system setting). */
  theme: Theme = 'auto';

  /** `storage` keeps the last good feed in localStorage across visits; `memory` for this page only. */
  cache: CacheMode = 'storage';

  /** Loads the feed again from the network. */
  reload(): void {
    this._feed.reload();
  }

  override willUpdate(): void {
    checkAttributes(this);
  }

  override render() {
    return renderFeedView(
      this._feed,
      this._page,
      (entry) => this._renderSection(entry),
      renderCardSkeleton,
    );
  }

  override updated(): void {
    const entry = this._feed.entry;
    if (!entry || entry.feed.sections.some((s) => s.id === this.section)) return;
    const key = `${entry.url}|${entry.fetchedAt}|${this.section}`;
    if (this._reported === key) return;
    this._reported = key;
    const ids = closestIds(
      this.section,
      entry.feed.sections.map((s) => s.id),
    );
    const where = entry.url ? `the feed at ${entry.url}` : 'the feed';
    const wanted = this.section
      ? `Section "${this.section}" is not in ${where}.`
      : 'The section attribute is missing.';
    const problem = new CpiFeedErrorEvent(
      'schema',
      `${wanted} Its sections are: ${ids.join(', ') || 'none'}.`,
      undefined,
      entry.url,
    );
    this.dispatchEvent(problem);
  }

  private _renderSection(entry: FeedEntry) {
    const {messages, lang} = this._page;
    const section = entry.feed.sections.find((s) => s.id === this.section);
    if (!section) {
      const closest = closestIds(
        this.section,
        entry.feed.sections.map((s) => s.id),
      )[0];
      return renderProblem(
        fill(messages.unknownSection, {id: this.section}),
        closest ? fill(messages.didYouMean, {id: closest}) : undefined,
        messages,
      );
    }
    const ctx: RenderContext = {
      lang,
      messages,
      partner: this.partner,
      level: headingLevel(this.headingLevel, 3),
      register: entry.feed.register,
    };
    return renderCard(section, ctx);
  }
}

defineElement('cpi-section-card', CpiSectionCard);

declare global {
  interface HTMLElementTagNameMap {
    'cpi-section-card': CpiSectionCard;
  }
}
