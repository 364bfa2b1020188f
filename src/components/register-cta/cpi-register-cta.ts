import {LitElement} from 'lit';
import {tokens} from '../../styles/tokens.js';
import {stateStyles} from '../states/states.styles.js';
import {registerStyles, styles} from './cpi-register-cta.styles.js';
import {FeedController} from '../../controllers/feed-controller.js';
import {PageContextController, type Theme} from '../../controllers/page-context-controller.js';
import type {CacheMode, FeedEntry} from '../../feed/feed-store.js';
import {announceLinkClick} from '../link-clicks.js';
import {checkAttributes} from '../check-attributes.js';
import {headingLevel} from '../render-context.js';
import {renderCtaSkeleton, renderRegister} from './render-register.js';
import {renderFeedView, renderProblem} from '../states/render-states.js';
import {defineElement} from '../../define.js';

/**
 * The Creator Program Index's call to register, for a marketing page:
 * `<cpi-register-cta></cpi-register-cta>`.
 *
 * @summary The register block: eyebrow, heading, body and the Register button.
 * @tagname cpi-register-cta
 *
 * @csspart base - The wrapper that holds the theme and the reset.
 * @csspart cta - The block's box.
 * @csspart cta-eyebrow - The small line above the heading ("Free access").
 * @csspart cta-heading - The heading (a heading of level `heading-level`).
 * @csspart cta-body - The paragraph under the heading.
 * @csspart button - The Register link, styled as a button.
 * @csspart skeleton - The placeholder shown while the feed loads.
 * @csspart error - The message shown when there is nothing to show.
 * @csspart notice - The note over a kept copy after a failed refresh.
 * @csspart retry-button - The Retry buttons.
 *
 * @cssprop [--cpi-font-family=inherit] - The font; the host page's by default.
 * @cssprop [--cpi-font-size=16px] - The base text size.
 * @cssprop [--cpi-color-text=#16191d] - The text colour.
 * @cssprop [--cpi-color-muted=#4d5561] - The body text colour.
 * @cssprop [--cpi-color-border=#d9dde2] - The block's border.
 * @cssprop [--cpi-color-accent=#0b6b4f] - The brand colour: eyebrow and button.
 * @cssprop [--cpi-color-on-accent=#ffffff] - The button's text.
 * @cssprop [--cpi-color-soft=#eef1f3] - The block's background, unless `--cpi-cta-background` is set.
 * @cssprop [--cpi-cta-background=var(--cpi-color-soft)] - The block's background.
 * @cssprop [--cpi-color-focus=#1a56db] - The focus ring.
 * @cssprop [--cpi-radius=12px] - Corner radius.
 * @cssprop [--cpi-space=16px] - The base spacing.
 *
 * @fires {CpiFeedLoadEvent} cpi-feed-load - The feed arrived and the block can be shown.
 * @fires {CpiFeedErrorEvent} cpi-feed-error - The feed failed: kind network, http, timeout, parse or schema.
 * @fires {CpiRegisterClickEvent} cpi-register-click - The reader clicked Register (placement `cta`). Cancelable.
 */
export class CpiRegisterCta extends LitElement {
  static override styles = [tokens, registerStyles, stateStyles, styles];

  private readonly _feed = new FeedController(this);
  private readonly _page = new PageContextController(this);

  constructor() {
    super();
    // One listener for every link in the shadow tree: clicks there reach the host.
    this.addEventListener('click', (event) => announceLinkClick(this, event, 'cta'));
  }

  static override properties = {
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

  /** The level of the block's heading, 1 to 6. */
  headingLevel = 2;

  /** A partner id: the Register link then carries it as `utm_source`. */
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
      (entry) => this._renderBlock(entry),
      renderCtaSkeleton,
    );
  }

  private _renderBlock({feed}: FeedEntry) {
    const {messages, lang} = this._page;
    const {register} = feed;
    if (!register || !(register.eyebrow || register.heading || register.body || register.url)) {
      return renderProblem(messages.noRegister, undefined, messages);
    }
    const level = headingLevel(this.headingLevel, 2);
    return renderRegister(
      register,
      {lang, messages, partner: this.partner, level, register},
      'cta',
    );
  }
}

defineElement('cpi-register-cta', CpiRegisterCta);

declare global {
  interface HTMLElementTagNameMap {
    'cpi-register-cta': CpiRegisterCta;
  }
}
