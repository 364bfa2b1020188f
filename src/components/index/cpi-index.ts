import {html, isServer, nothing, type PropertyValues} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {guard} from 'lit/directives/guard.js';
import {CpiFeedElement} from '../../base/cpi-feed-element.js';
import {defineElement} from '../../base/define.js';
import type {PageContext} from '../../base/page-context.js';
import type {FeedEntry} from '../../feed/feed-store.js';
import {CpiSectionClickEvent} from '../../events/cpi-section-click-event.js';
import type {Feed, FeedSection} from '../../feed/feed.types.js';
import {countFigures, type IndexFigures} from '../../feed/figures.js';
import {withPartner} from '../../feed/urls.js';
import {formatNumber} from '../../i18n/format.js';
import {tokens} from '../../styles/tokens.js';
import {badgeStyles} from '../../templates/badge.styles.js';
import {cardStyles} from '../../templates/card.styles.js';
import {registerStyles} from '../../templates/register.styles.js';
import {stateStyles} from '../../templates/states.styles.js';
import {renderCard} from '../../templates/card.js';
import {heading, type RenderContext} from '../../templates/heading.js';
import {renderRegister} from '../../templates/register.js';
import {renderCardSkeleton} from '../../templates/states.js';
import {styles} from './cpi-index.styles.js';

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
 * @csspart figures - The row of figures (sections, live now, access); left out while the index has no sections.
 * @csspart figure - One figure.
 * @csspart register-link - The compact register link beside the figures (the feed's button words, drawn from its `data-text`), where the index shows more than one card.
 * @csspart grid-heading - The "Intelligence sections" heading over the grid.
 * @csspart grid - The list of cards.
 * @csspart card - A section card (the live one featured: tinted and ruled in the accent colour).
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
 * @csspart error - The message shown when the feed cannot be had: what happened, what to do, and Retry.
 * @csspart notice - The note over a kept copy after a failed refresh.
 * @csspart retry-button - The Retry buttons.
 *
 * @cssprop [--cpi-font-family=inherit] - The font; the host page's by default.
 * @cssprop [--cpi-font-size=medium] - The base text size: the reader's default; every size is in em from it.
 * @cssprop [--cpi-color-background=#ffffff] - The index's background.
 * @cssprop [--cpi-color-surface=#ffffff] - Cards' and figures' background.
 * @cssprop [--cpi-color-soft=#f0f2f2] - Quiet fills: Coming soon badges, the skeleton.
 * @cssprop [--cpi-color-tint=color-mix(in srgb, var(--cpi-color-accent) 7%, var(--cpi-color-surface))] - The live card's surface and the register block's.
 * @cssprop [--cpi-color-text=#16191d] - The text colour.
 * @cssprop [--cpi-color-muted=#4b535d] - Secondary text: description, figure labels, footers, the register block's body.
 * @cssprop [--cpi-color-quiet=var(--cpi-color-muted)] - Coming-soon cards' summaries and footers (built in: #59616b).
 * @cssprop [--cpi-color-border=#d9dde1] - Borders and rules.
 * @cssprop [--cpi-color-accent=#0b6b4f] - The brand colour: tagline, Live badges, links, button.
 * @cssprop [--cpi-color-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--cpi-color-focus=#1a56db] - The focus ring.
 * @cssprop [--cpi-radius=12px] - Corner radius of the index, cards and blocks.
 * @cssprop [--cpi-space=1em] - The base spacing.
 * @cssprop [--cpi-grid-gap=1em] - The gap between cards.
 * @cssprop [--cpi-card-padding=1.25em] - A card's inner padding (1em 1.125em in one column).
 * @cssprop [--cpi-cta-background=var(--cpi-color-tint)] - The register block's background.
 * @cssprop [--cpi-badge-live-background=var(--cpi-color-accent)] - Live badges' fill (each status has its pair: `--cpi-badge-<status>-background`, `--cpi-badge-<status>-color`).
 * @cssprop [--cpi-badge-live-color=var(--cpi-color-on-accent)] - Live badges' text.
 *
 * @fires {CpiFeedLoadEvent} cpi-feed-load - The feed arrived and the index can be shown.
 * @fires {CpiFeedErrorEvent} cpi-feed-error - The feed failed (kind network, http, timeout, parse, schema), or `sections` names ids the feed does not have (kind schema).
 * @fires {CpiRegisterClickEvent} cpi-register-click - The reader clicked a register link: a card's (placement `card`), or the compact link or the register block's button (placement `index`). Cancelable.
 * @fires {CpiSectionClickEvent} cpi-section-click - The reader clicked the link to a section's own page. Cancelable.
 */
export class CpiIndex extends CpiFeedElement {
  static override styles = [tokens, badgeStyles, cardStyles, registerStyles, stateStyles, styles];

  static override properties = {status: {}, sections: {}};

  /** Show only the sections of this status (e.g. `live`). The figures still count every section. */
  status?: string;

  /** Comma-separated section ids: show only these, in this order. */
  sections?: string;

  protected readonly _placement = 'index';
  protected override readonly _sectionClick = CpiSectionClickEvent;
  protected readonly _defaultHeadingLevel = 2;

  /** The sections this update shows, after the `sections` and `status` filters. */
  private _cards: FeedSection[] = [];
  /** How many of them are rendered so far (long lists render in chunks), and for which feed. */
  private _limit = cardsPerFrame;
  private _limitFor?: Feed;
  private _partial = false;
  private _more?: ReturnType<typeof setTimeout>;

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

  // On the server, where no controller runs and `update` is not called.
  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (isServer) this._selectCards();
  }

  // After the controllers (the feed's entry is current here), before render: render only reads.
  protected override update(changed: PropertyValues<this>): void {
    this._selectCards();
    super.update(changed);
  }

  /** The cards this update shows, and how many of them render now. */
  private _selectCards(): void {
    const feed = this._feed.entry?.feed;
    if (this._limitFor !== feed) {
      this._limitFor = feed;
      this._limit = cardsPerFrame;
    }
    this._cards = feed ? this._shown(feed) : [];
    this._partial = this._cards.length > this._limit;
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this._partial && this._more === undefined && this.isConnected) {
      this._more = setTimeout(() => {
        this._more = undefined;
        this._limit += cardsPerFrame * 4;
        this.requestUpdate();
      });
    }
  }

  protected override _selectionProblem({url, feed: {sections}}: FeedEntry): string | undefined {
    const known = new Set(sections.map((s) => s.id));
    const missing = listedIds(this.sections).filter((id) => !known.has(id));
    const status = this.status?.trim();
    const statuses = [...new Set(sections.map((s) => s.status))];
    const noStatus = status && sections.length && !statuses.includes(status);
    if (!missing.length && !noStatus) return undefined;
    const where = url ? `the feed at ${url}` : 'the feed';
    return [
      missing.length
        ? `The sections attribute names ids that are not in ${where}: ${missing.join(', ')}. Its sections are: ${[...known].join(', ')}.`
        : '',
      noStatus
        ? `No section of ${where} has the status "${status}". Its statuses are: ${statuses.join(', ')}.`
        : '',
    ]
      .filter(Boolean)
      .join(' ');
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

  protected _renderContent({feed}: FeedEntry, {lang, messages}: PageContext) {
    const level = this._level;
    const figures = countFigures(feed);
    const all = this._cards;
    const shown = this._partial ? all.slice(0, this._limit) : all;
    const {title, tagline, description, language = 'en'} = feed.index;
    const cardCtx: RenderContext = {
      lang,
      messages,
      partner: this.partner,
      level: level + 2,
      register: feed.register,
    };
    return html`<header part="header" class="header" lang=${language}>
        ${heading(level, 'title', title)}
        ${tagline ? html`<p part="tagline" class="tagline" dir="auto">${tagline}</p>` : nothing}
        ${
          description
            ? html`<p part="description" class="description" dir="auto">${description}</p>`
            : nothing
        }
        ${this._renderFigures(feed, figures, shown.length > 1, {lang, messages})}
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
                () => shown.map((s) => html`<li>${renderCard(s, cardCtx, {language})}</li>`),
              )}
            </ul>`
          : html`<p class="empty">
              ${feed.sections.length ? messages.noMatch : messages.emptyIndex}
            </p>`
      }
      ${
        feed.register
          ? renderRegister(feed.register, {...cardCtx, level: level + 1}, 'index', {language})
          : nothing
      }`;
  }

  /**
   * The figures, in one compact row (none for an index with no sections yet: "0" and "0" tell a
   * reader nothing), and beside them a compact link to register where the register block is
   * cards away (on a phone, many screens down). Its words are drawn by CSS from `data-text` (and
   * said by its `aria-label`), so that the index's text, line by line, stays the page's.
   */
  private _renderFigures(
    feed: Feed,
    {sections, live}: IndexFigures,
    far: boolean,
    {lang, messages}: Pick<PageContext, 'lang' | 'messages'>,
  ) {
    const {access, language = 'en'} = feed.index;
    const url = far ? feed.register?.url : undefined;
    if (!sections && !url) return nothing;
    const label = feed.register?.label;
    return html`<div class="header-row">
      ${
        sections
          ? html`<ul
              part="figures"
              class="figures"
              lang=${ifDefined(lang === language ? undefined : lang)}
            >
              <li part="figure" class="figure">
                <span class="figure-value">${formatNumber(sections, lang)}</span
                ><span class="figure-label">${messages.sectionsFigure}</span>
              </li>
              <li part="figure" class="figure">
                <span class="figure-value">${formatNumber(live, lang)}</span
                ><span class="figure-label">${messages.liveFigure}</span>
              </li>
              ${
                access
                  ? html`<li
                      part="figure"
                      class="figure"
                      lang=${ifDefined(lang === language ? undefined : language)}
                    >
                      <span class="figure-value" dir="auto">${access.label}</span
                      ><span class="figure-label" dir="auto">${access.detail}</span>
                    </li>`
                  : nothing
              }
            </ul>`
          : nothing
      }
      ${
        url
          ? html`<a
              part="register-link"
              class="jump"
              href=${withPartner(url, this.partner)}
              rel="noopener noreferrer"
              data-link="register"
              data-placement="index"
              data-text=${label ?? messages.registerLabel}
              aria-label=${label ?? messages.registerLabel}
              lang=${label ? language : lang}
            ></a>`
          : nothing
      }
    </div>`;
  }

  protected _renderSkeleton() {
    const ids = listedIds(this.sections);
    const count = ids.length || (this.status ? 3 : defaultSkeletonCards);
    return html`<div part="skeleton" class="header header-skeleton" aria-hidden="true">
        <span class="bone bone-title"></span><span class="bone"></span><span class="bone"></span>
        <div class="header-row"><span class="bone bone-figures"></span></div>
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
