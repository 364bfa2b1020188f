import {
  isServer,
  LitElement,
  ReactiveElement,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import {FeedController} from './feed-controller.js';
import {PageContextController, type PageContext, type Theme} from './page-context.js';
import {checkAttributes} from './check-attributes.js';
import {ImpressionController} from './impression-controller.js';
import {announceLinkClick} from './link-clicks.js';
import type {CacheMode, FeedEntry} from '../feed/feed-store.js';
import {showsSame} from '../feed/shown-part.js';
import type {RegisterPlacement} from '../events/cpi-register-click-event.js';
import type {CpiSectionClickEvent} from '../events/cpi-section-click-event.js';
import {CpiFeedErrorEvent} from '../events/cpi-feed-error-event.js';
import {CpiImpressionEvent} from '../events/cpi-impression-event.js';
import {renderFeedView} from '../templates/states.js';

/**
 * What every element that shows the feed shares: the feed's source and the presentational
 * inputs, the feed and page-context controllers, the click announcements, `reload()`, the checks
 * of wrong attributes, and the loading, error and kept-copy states. Each element adds only what
 * it shows: {@link _renderContent}, {@link _renderSkeleton}, and its own selection problems.
 *
 * @fires {CpiFeedErrorEvent} cpi-feed-error - The feed failed, or it lacks what the element was asked to show (kind schema).
 * @fires {CpiImpressionEvent} cpi-impression - Once per page view, when at least half of the element has been on screen for one second.
 */
export abstract class CpiFeedElement extends LitElement {
  static override properties: PropertyDeclarations = {
    src: {},
    feed: {attribute: false},
    headingLevel: {attribute: 'heading-level', type: Number},
    partner: {},
    theme: {},
    cache: {},
  };

  /** The feed's URL. Left out: the official feed published beside the script. */
  src?: string;

  /** A feed object to show instead of fetching one. */
  feed?: unknown;

  /** The level of the element's top heading, 1 to 6; the headings inside follow below it. */
  headingLevel?: number;

  /** A partner id: register and section links then carry it as `utm_source`. */
  partner?: string;

  /** `light`, `dark` or `auto` (follows the page, then the reader's system setting). */
  theme: Theme = 'auto';

  /** `storage` keeps the last good feed in localStorage across visits; `memory` for this page only. */
  cache: CacheMode = 'storage';

  protected readonly _feed = new FeedController(this);
  protected readonly _page = new PageContextController(this);
  // Counted once the element shows content (not a skeleton or an error).
  protected readonly _impressions = new ImpressionController(
    this,
    () => Boolean(this._feed.entry),
    () => this.dispatchEvent(new CpiImpressionEvent(this._placement, this._section)),
  );
  /** The selection problem reported last, so that each is reported once. */
  private _reported?: string;
  /**
   * The element arrived with its content rendered on a server (a declarative shadow root): that
   * content stays, untouched, until what the element would show differs from it.
   */
  private _serverContent = !isServer && Boolean(this.shadowRoot?.firstChild);

  /** Where this element's register links sit, for `cpi-register-click`. */
  protected abstract readonly _placement: RegisterPlacement;
  /** The top heading's level when `heading-level` is left out or wrong. */
  protected abstract readonly _defaultHeadingLevel: number;
  /** Set by the elements that show links to section pages. */
  declare protected readonly _sectionClick?: typeof CpiSectionClickEvent;

  constructor() {
    super();
    // One listener for every link in the shadow tree: clicks there reach the host.
    this.addEventListener('click', (event) =>
      announceLinkClick(this, event, this._placement, this._sectionClick),
    );
  }

  /** Loads the feed again from the network (with every element that shows the same feed). */
  reload(): void {
    this._feed.reload();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    checkAttributes(this);
  }

  protected override update(changed: PropertyValues<this>): void {
    if (this._serverContent) {
      // The first update sets the attributes the server rendered with; a later change of one
      // (a new partner, say) is shown by rendering.
      if ((!this.hasUpdated || !changed.size) && this._showsServerContent()) {
        // Attribute reflection and the update cycle, without rendering over the server's DOM.
        (ReactiveElement.prototype as unknown as {update(c: PropertyValues): void}).update.call(
          this,
          changed,
        );
        return;
      }
      // The render below fills the root in the same task: no frame goes without the content.
      this.renderRoot.replaceChildren();
      this.renderOptions.renderBefore = null;
      this._serverContent = false;
    }
    super.update(changed);
  }

  /**
   * Whether the server's content is what the element would show now: the feed it was made from
   * (the snapshot the server left beside it, a fresh copy that says the same, or none yet), no
   * failure to report, and the same language and colours.
   */
  private _showsServerContent(): boolean {
    const {entry, snapshot, error} = this._feed;
    const same =
      snapshot && entry && showsSame(entry.feed, snapshot.feed, this._placement, this._section);
    if (error || (entry && !same)) return false;
    const base = this.renderRoot.querySelector('[part~="base"]');
    const {lang, scheme} = this._page.context;
    return base?.getAttribute('data-lang') === lang && base.getAttribute('data-scheme') === scheme;
  }

  override render() {
    return renderFeedView(
      this._feed,
      this._page.context,
      (entry) => this._renderContent(entry, this._page.context),
      () => this._renderSkeleton(),
    );
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const entry = this._feed.entry;
    const problem = entry && this._selectionProblem(entry);
    if (!entry || !problem) return;
    const key = `${entry.url}|${entry.fetchedAt}|${problem}`;
    if (this._reported === key) return;
    this._reported = key;
    console.warn(`<${this.localName}>: ${problem}`);
    const event = new CpiFeedErrorEvent('schema', problem, undefined, entry.url);
    this.dispatchEvent(event);
  }

  /** The one section this element shows, if it shows one: its impressions are of it. */
  protected get _section(): string | undefined {
    return undefined;
  }

  /** The top heading's level: `heading-level` when it is 1 to 6, else the element's default. */
  protected get _level(): number {
    const level = Number(this.headingLevel);
    return Number.isInteger(level) && level >= 1 && level <= 6 ? level : this._defaultHeadingLevel;
  }

  /** Where the feed says something the element was asked to show is not there, for developers. */
  protected _selectionProblem(_entry: FeedEntry): string | undefined {
    return undefined;
  }

  /** What the element shows once it has a feed. */
  protected abstract _renderContent(entry: FeedEntry, page: PageContext): unknown;

  /** The placeholder with the size of the content, while the feed loads. */
  protected abstract _renderSkeleton(): unknown;
}
