import {css} from 'lit';

/** The badge's look, shared by `cpi-status-badge` and the badges inside cards. */
export const badgeStyles = css`
  .badge {
    display: inline-block;
    flex: none;
    padding: 2px 10px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 13px;
    font-weight: 600;
    line-height: 20px;
    white-space: nowrap;
    color: var(--_muted);
    /* Not transparent: a standalone badge may sit on a page of the other colour scheme. */
    background: var(--_surface);
  }
  .badge[data-status='live'] {
    border-color: var(--cpi-badge-live-background, var(--_accent));
    background: var(--cpi-badge-live-background, var(--_accent));
    color: var(--cpi-badge-live-color, var(--_on-accent));
  }
  .badge[data-status='live']::before {
    content: '';
    display: inline-block;
    width: 7px;
    height: 7px;
    margin-inline-end: 6px;
    border-radius: 50%;
    background: currentColor;
    vertical-align: 1px;
  }
  .badge[data-status='coming-soon'] {
    border-color: transparent;
    background: var(--_soft);
    color: var(--_muted);
    font-weight: 500;
  }
`;
