import {html, LitElement, nothing} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {tokens} from '../../styles/tokens.js';
import {badgeStyles} from '../status-badge/cpi-status-badge.styles.js';
import {cardStyles} from '../section-card/cpi-section-card.styles.js';
import {registerStyles} from '../register-cta/cpi-register-cta.styles.js';
import {stateStyles} from '../states/states.styles.js';
import {styles} from './cpi-index.styles.js';
import {FeedController} from '../../controllers/feed-controller.js';
import {PageContextController, type Theme} from '../../controllers/page-context-controller.js';
import type {CacheMode, FeedEntry} from '../../feed/feed-store.js';
import type {Feed, FeedSection} from '../../feed/feed.types.js';
import {countFigures, formatNumber} from '../../feed/format.js';
import {CpiFeedErrorEvent} from '../../events/cpi-feed-error-event.js';
import {announceLinkClick} from '../link-clicks.js';
import {checkAttributes} from '../check-attributes.js';
import {heading, headingLevel, type RenderContext} from '../render-context.js';
import {renderCard} from '../section-card/render-card.js';
import {renderRegister} from '../register-cta/render-register.js';
import {renderCardSkeleton, renderFeedView} from '../states/render-states.js';
import {defineElement} from '../../define.js';

/** How many placeholder cards to show when the number of sections is not known yet. */
const defaultSkeletonCards = 22;

/**
 * How many cards the first frame renders. Sixty cards are some fifteen screens on a phone and
 * five rows of four beyond a desktop's first screen, so nobody sees the rest arrive; below this
 * the whole grid renders at once. Longer lists render the rest in chunks of four times this,
 * one task each, so a 1,000-section feed paints as soon as a 60-section one.
 */
const cardsPerFrame = 60;

/** The ids of a `sections` attribute, in order, without blanks or repeats. */
function listedIds(value: string | null | undefined): string[] {
  return [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * The whole Creator Program Index, for a partner site: `<cpi-index></cpi-index>`. Shows the
 * header with its figures, the grid of section cards and the register block.
 *
 * @summary The whole index: header and figures, the grid of section cards, the register block.
 * @tagname cpi-index
 *
 * @csspart base - The wrapper that holds the theme, the reset and the background.
 * @csspart header - The header: title, tagline, description and figures.
 * @csspart title - The index's title (a heading of level `heading-level`).
 * @csspart tagline - The tagline under the title.
 * @csspart description - The description paragraph.
 * @csspart figures - The list of figures (sections, live now, access).
 * @csspart figure - One figure.
 * @csspart grid-heading - The "Intelligence sections" heading over the grid.
 * @csspart grid - The list of cards.
 * @csspart card - A section card.
 * @csspart card-title - A card's title (one level below the grid heading).
 * @csspart badge - A card's status badge.
 * @csspart summary - A card's summary.
 * @csspart footer - A card's footer.
 * @csspart link - A live card's "Register to read →" link.
 * @csspart cta - The register block.
 * @csspart cta-eyebrow - The register block's eyebrow.
 * @csspart cta-heading - The register block's heading.
 * @csspart cta-body - The register block's body.
 * @csspart button - The Register button.
 * @csspart skeleton - A placeholder shown while the feed loads.
 * @csspart error - The message shown when there is nothing to show.
 * @csspart notice - The note over a kept copy after a failed refresh.
 * @csspart retry-button - The Retry buttons.
 *
 * @cssprop [--cpi-font-family=inherit] - The font; the host page's by default.
 * @cssprop [--cpi-font-size=16px] - The base text size.
 * @cssprop [--cpi-color-background=#ffffff] - The index's background.
 * @cssprop [--cpi-color-surface=#ffffff] - Cards' and figures' background.
 * @cssprop [--cpi-color-soft=#eef1f3] - Quiet fills: Coming soon badges, the register block, the skeleton.
 * @cssprop [--cpi-color-text=#16191d] - The text colour.
 * @cssprop [--cpi-color-muted=#4d5561] - Secondary text.
 * @cssprop [--cpi-color-border=#d9dde2] - Borders.
 * @cssprop [--cpi-color-accent=#0b6b4f] - The brand colour: tagline, Live badges, links, button.
 * @cssprop [--cpi-color-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--cpi-color-focus=#1a56db] - The focus ring.
 * @cssprop [--cpi-radius=12px] - Corner radius of the index, cards and blocks.
 * @cssprop [--cpi-space=16px] - The base spacing.
 * @cssprop [--cpi-grid-gap=16px] - The gap between cards.
 * @cssprop [--cpi-card-padding=20px] - A card's inner padding.
 * @cssprop [--cpi-cta-background=var(--cpi-color-soft)] - The register block's background.
 * @cssprop [--cpi-badge-live-background=var(--cpi-color-accent)] - Live badges' fill.
 * @cssprop [--cpi-badge-live-color=var(--cpi-color-on-accent)] - Live badges' text.
 *
 * @fires {CpiFeedLoadEvent} cpi-feed-load - The feed arrived and the index can be shown.
 * @fires {CpiFeedErrorEvent} cpi-feed-error - The feed failed (kind network, http, timeout, parse, schema), or `sections` names ids the feed does not have (kind schema).
 * @fires {CpiRegisterClickEvent} cpi-register-click - The reader clicked a register link: a card's (placement `card`) or the register block's (placement `index`). Cancelable.
 * @fires {CpiSectionClickEvent} cpi-section-click - The reader clicked the link to a section's own page. Cancelable.
 */
export class CpiIndex extends LitElement {
  static override styles = [tokens, badgeStyles, cardStyles, registerStyles, stateStyles, styles];

  private readonly _feed = new FeedController(this);
  private readonly _page = new PageContextController(this);
  private _reported?: string;
  /** How many cards of `_limitFor` are rendered so far, and the timer that renders more. */
  private _limit = cardsPerFrame;
  private _limitFor?: Feed;
  private _more?: ReturnType<typeof setTimeout>;
  private _partial = false;

  constructor() {
    super();
    // One listener for every link in the shadow tree: clicks there reach the host.
    this.addEventListener('click', (event) => announceLinkClick(this, event, 'index'));
  }

  static override properties = {
    src: {},
    feed: {attribute: false},
    status: {},
    sections: {},
    headingLevel: {attribute: 'heading-level', type: Number},
    partner: {},
    theme: {},
    cache: {},
  };

  /** The feed's URL. Left out: the official feed published beside the script. */
  src?: string;

  /** A feed object to show instead of fetching one. */
  feed?: unknown;

  /** Show only the sections of this status (e.g. `live`). The figures still count every section. */
  status?: string;

  /** Comma-separated section ids: show only these, in this order. */
  sections?: string;

  /** The level of the index's title heading, 1 to 6; the other headings follow below it. */
  headingLevel = 2;

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
      (entry) => this._renderIndex(entry),
      () => this._renderSkeleton(),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Rendering the rest of a long list stops while the element is away: go on.
    if (this._partial) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._more);
    this._more = undefined;
  }

  override updated(): void {
    if (this._partial && this._more === undefined && this.isConnected) {
      this._more = setTimeout(() => {
        this._more = undefined;
        this._limit += cardsPerFrame * 4;
        this.requestUpdate();
      });
    }
    const entry = this._feed.entry;
    if (!entry) return;
    const {sections} = entry.feed;
    const known = new Set(sections.map((s) => s.id));
    const missing = listedIds(this.sections).filter((id) => !known.has(id));
    const status = this.status?.trim();
    const statuses = [...new Set(sections.map((s) => s.status))];
    const noStatus = status && sections.length && !statuses.includes(status);
    const key = `${entry.url}|${entry.fetchedAt}|${missing.join(',')}|${noStatus ? status : ''}`;
    if ((!missing.length && !noStatus) || this._reported === key) return;
    this._reported = key;
    const where = entry.url ? `the feed at ${entry.url}` : 'the feed';
    const problems = [
      missing.length
        ? `The sections attribute names ids that are not in ${where}: ${missing.join(', ')}. Its sections are: ${[...known].join(', ')}.`
        : '',
      noStatus
        ? `No section of ${where} has the status "${status}". Its statuses are: ${statuses.join(', ')}.`
        : '',
    ];
    const problem = new CpiFeedErrorEvent(
      'schema',
      problems.filter(Boolean).join(' '),
      undefined,
      entry.url,
    );
    this.dispatchEvent(problem);
  }

  /** The sections to show, after the `sections` and `status` filters. */
  private _shown(feed: Feed): FeedSection[] {
    const ids = listedIds(this.sections);
    let shown = ids.length
      ? ids
          .map((id) => feed.sections.find((s) => s.id === id))
          .filter((s): s is FeedSection => s !== undefined)
      : feed.sections;
    const status = this.status?.trim();
    if (status) shown = shown.filter((s) => s.status === status);
    return shown;
  }

  private _renderIndex({feed}: FeedEntry) {
    const {messages, lang} = this._page;
    const level = headingLevel(this.headingLevel, 2);
    const figures = countFigures(feed);
    const all = this._shown(feed);
    if (this._limitFor !== feed) {
      this._limitFor = feed;
      this._limit = cardsPerFrame;
    }
    this._partial = all.length > this._limit;
    const shown = this._partial ? all.slice(0, this._limit) : all;
    const {title, tagline, description, access} = feed.index;
    const cardCtx: RenderContext = {
      lang,
      messages,
      partner: this.partner,
      level: level + 2,
      register: feed.register,
    };
    return html`<header part="header" class="header">
        ${heading(level, 'title', title)}
        ${tagline ? html`<p part="tagline" class="tagline">${tagline}</p>` : nothing}
        ${description ? html`<p part="description" class="description">${description}</p>` : nothing}
        <ul part="figures" class="figures">
          <li part="figure" class="figure">
            <span class="figure-value">${formatNumber(figures.sections, lang)}</span
            ><span class="figure-label">${messages.sectionsFigure}</span>
          </li>
          <li part="figure" class="figure">
            <span class="figure-value">${formatNumber(figures.live, lang)}</span
            ><span class="figure-label">${messages.liveFigure}</span>
          </li>
          ${
            access
              ? html`<li part="figure" class="figure">
                  <span class="figure-value">${access.label}</span
                  ><span class="figure-label">${access.detail}</span>
                </li>`
              : nothing
          }
        </ul>
      </header>
      ${heading(level + 1, 'grid-heading', messages.sectionsHeading)}
      ${
        shown.length
          ? // role="list" is not redundant: Safari drops list semantics from a list-style: none list.
            // eslint-disable-next-line lit-a11y/no-redundant-role
            html`<ul part="grid" class="grid" role="list" ?data-long=${all.length > cardsPerFrame}>
              ${guard(
                // The cards render again only when what they show changes: the render that follows
                // a completed load (the same feed, the same words) leaves them alone.
                [feed, lang, this.partner, level, this.sections, this.status, shown.length],
                () => shown.map((s) => html`<li>${renderCard(s, cardCtx)}</li>`),
              )}
            </ul>`
          : html`<p class="empty" role="status">
              ${feed.sections.length ? messages.noMatch : messages.emptyIndex}
            </p>`
      }
      ${feed.register ? renderRegister(feed.register, {...cardCtx, level: level + 1}, 'index') : nothing}`;
  }

  private _renderSkeleton() {
    const ids = listedIds(this.sections);
    const count = ids.length || (this.status ? 3 : defaultSkeletonCards);
    return html`<div part="skeleton" class="header header-skeleton" aria-hidden="true">
        <span class="bone bone-title"></span><span class="bone"></span><span class="bone"></span>
        <div class="figures">
          <span class="figure"></span><span class="figure"></span><span class="figure"></span>
        </div>
      </div>
      <ul class="grid" aria-hidden="true">
        ${Array.from({length: count}, () => html`<li>${renderCardSkeleton()}</li>`)}
      </ul>`;
  }
}

defineElement('cpi-index', CpiIndex);

declare global {
  interface HTMLElementTagNameMap {
    'cpi-index': CpiIndex;
  }
}
