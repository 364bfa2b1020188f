import {html, LitElement} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {PageContextController} from '../../base/page-context.js';
import {defineElement} from '../../base/define.js';
import {tokens} from '../../styles/tokens.js';
import {badgeStyles} from '../../templates/badge.styles.js';
import {statusDefinition, statusLabel} from '../../feed/statuses.js';
import {styles} from './cpi-status-badge.styles.js';

/**
 * One status badge, as the cards show it: `<cpi-status-badge status="live"></cpi-status-badge>`.
 * The text says the status (colour only helps), in the page's language. It sits in a sentence:
 * as wide as the badge, on the line's baseline, at the size of the words around it.
 *
 * @summary A section status badge: Live stands out, Coming soon stays quiet, others are neutral.
 * @tagname cpi-status-badge
 *
 * @csspart base - The wrapper that holds the theme and the reset.
 * @csspart badge - The badge itself.
 *
 * @cssprop [--cpi-color-accent=#0b6b4f] - The Live badge's fill.
 * @cssprop [--cpi-color-on-accent=#ffffff] - The Live badge's text.
 * @cssprop [--cpi-badge-live-background=var(--cpi-color-accent)] - The Live badge's fill, for the badge only.
 * @cssprop [--cpi-badge-live-color=var(--cpi-color-on-accent)] - The Live badge's text, for the badge only.
 * @cssprop [--cpi-color-soft=#f0f2f2] - The Coming soon badge's fill.
 * @cssprop [--cpi-color-muted=#4b535d] - The Coming soon and other badges' text.
 * @cssprop [--cpi-color-border=#d9dde1] - The border of badges of other statuses.
 */
export class CpiStatusBadge extends LitElement {
  static override styles = [tokens, badgeStyles, styles];

  private readonly _page = new PageContextController(this);

  static override properties = {
    status: {reflect: true},
    label: {},
    theme: {},
  };

  /** The status: `live`, `coming-soon`, or any other text (shown as given, neutral). */
  status = 'coming-soon';

  /** Text to show instead of the status's own words. */
  label?: string;

  /** `light`, `dark` or `auto` (follows the page, then the reader's system setting). */
  theme = 'auto';

  override render() {
    const status = this.status?.trim() || 'coming-soon';
    const {scheme, lang} = this._page.context;
    const label = this.label?.trim();
    // Its words and colours come from the status table; a status the table does not know shows
    // its own text on a neutral badge. The widget's words are marked with their language; a
    // label is the page's own. (A card writes the same badge into its own template.)
    return html`<span part="base" class="base" data-scheme=${scheme}
      ><span
        part="badge"
        class="badge"
        data-status=${status}
        ?data-dot=${statusDefinition(status)?.dot}
        lang=${ifDefined(label ? undefined : lang)}
        >${label || statusLabel(status, lang)}</span
      ></span
    >`;
  }
}

defineElement('cpi-status-badge', CpiStatusBadge);

declare global {
  interface HTMLElementTagNameMap {
    'cpi-status-badge': CpiStatusBadge;
  }
}
