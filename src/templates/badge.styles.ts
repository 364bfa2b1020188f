import {css, unsafeCSS} from 'lit';
import {statuses, type StatusDefinition} from '../feed/statuses.js';

// One rule per status of the table: its colour pair, which a page can override with
// `--cpi-badge-<status>-background` and `--cpi-badge-<status>-color`. The values are the
// table's own (code, never feed data), so they are safe to put into CSS.
const statusRules = Object.entries(statuses as Record<string, StatusDefinition>)
  .map(
    ([status, {background, color}]) =>
      `.badge[data-status='${status}']{border-color:transparent;` +
      `background:var(--cpi-badge-${status}-background,${background});` +
      `color:var(--cpi-badge-${status}-color,${color})}`,
  )
  .join('');

/** The badge's look, for `cpi-status-badge` and the badges inside cards. */
export const badgeStyles = [
  css`
    .badge {
      display: inline-block;
      flex: none;
      padding: 0.125em 0.75em;
      border: 1px solid var(--_border);
      border-radius: 999px;
      font-size: 0.8125em;
      font-weight: 600;
      line-height: 1.5;
      white-space: nowrap;
      text-indent: 0;
      color: var(--_muted);
      /* Not transparent: a standalone badge may sit on a page of the other colour scheme. */
      background: var(--_surface);
    }
    /* The dot is drawn with a border, which forced colours keep (they drop backgrounds). */
    .badge[data-dot]::before {
      content: '';
      display: inline-block;
      inline-size: 0;
      block-size: 0;
      margin-inline-end: 0.45em;
      border: 0.27em solid currentColor;
      border-radius: 50%;
      vertical-align: 0.08em;
    }
  `,
  unsafeCSS(statusRules),
];
