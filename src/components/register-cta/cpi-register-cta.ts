import {CpiFeedElement} from '../../base/cpi-feed-element.js';
import {defineElement} from '../../base/define.js';
import type {FeedEntry} from '../../feed/feed-store.js';
import type {PageContext} from '../../base/page-context.js';
import {tokens} from '../../styles/tokens.js';
import {registerStyles} from '../../templates/register.styles.js';
import {stateStyles} from '../../templates/states.styles.js';
import {renderCtaSkeleton, renderRegister} from '../../templates/register.js';
import {renderProblem} from '../../templates/states.js';
import {styles} from './cpi-register-cta.styles.js';

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
 * @csspart source - The index's name at the foot of the block (drawn from its `data-text`).
 * @csspart skeleton - The placeholder shown while the feed loads.
 * @csspart error - The message shown when there is nothing to show.
 * @csspart notice - The note over a kept copy after a failed refresh.
 * @csspart retry-button - The Retry buttons.
 *
 * @cssprop [--cpi-font-family=inherit] - The font; the host page's by default.
 * @cssprop [--cpi-font-size=medium] - The base text size: the reader's default; every size is in em from it.
 * @cssprop [--cpi-color-text=#16191d] - The text colour.
 * @cssprop [--cpi-color-muted=#4b535d] - The body text colour.
 * @cssprop [--cpi-color-border=#d9dde1] - Mixed with the accent, the block's border.
 * @cssprop [--cpi-color-accent=#0b6b4f] - The brand colour: eyebrow and button.
 * @cssprop [--cpi-color-on-accent=#ffffff] - The button's text.
 * @cssprop [--cpi-color-tint=color-mix(in srgb, var(--cpi-color-accent) 7%, var(--cpi-color-surface))] - The block's background, unless `--cpi-cta-background` is set.
 * @cssprop [--cpi-cta-background=var(--cpi-color-tint)] - The block's background.
 * @cssprop [--cpi-color-focus=#1a56db] - The focus ring.
 * @cssprop [--cpi-radius=12px] - Corner radius.
 * @cssprop [--cpi-space=1em] - The base spacing.
 *
 * @fires {CpiFeedLoadEvent} cpi-feed-load - The feed arrived and the block can be shown.
 * @fires {CpiFeedErrorEvent} cpi-feed-error - The feed failed: kind network, http, timeout, parse or schema.
 * @fires {CpiRegisterClickEvent} cpi-register-click - The reader clicked Register (placement `cta`). Cancelable.
 */
export class CpiRegisterCta extends CpiFeedElement {
  static override styles = [tokens, registerStyles, stateStyles, styles];

  protected readonly _placement = 'cta';
  protected readonly _defaultHeadingLevel = 2;

  protected _renderContent({feed}: FeedEntry, {lang, messages}: PageContext) {
    const {register} = feed;
    if (!register || !(register.eyebrow || register.heading || register.body || register.url)) {
      return renderProblem(messages.noRegister);
    }
    return renderRegister(
      register,
      {lang, messages, partner: this.partner, level: this._level, register},
      'cta',
      {language: feed.index.language ?? 'en', source: feed.index.title},
    );
  }

  protected _renderSkeleton() {
    return renderCtaSkeleton();
  }
}

defineElement('cpi-register-cta', CpiRegisterCta);

declare global {
  interface HTMLElementTagNameMap {
    'cpi-register-cta': CpiRegisterCta;
  }
}
