import {css} from 'lit';

/**
 * The source line, the index's mark and name, above a standalone card or at the foot of a
 * standalone register block (the index itself needs none).
 */
export const sourceStyles = css`
  .source {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_muted);
    text-decoration: none;
  }
  a.source:hover {
    text-decoration: underline;
  }
  .source::before {
    content: '';
    flex: none;
    inline-size: 0.875em;
    block-size: 0.875em;
    border-radius: 3px;
    border: 0.3125em solid var(--_accent);
    background: var(--_accent);
  }
  .source::after {
    content: attr(data-text);
  }
`;

/**
 * What a standalone element (a card or a register block on its own) shares: its source line, a
 * host that fills the line even as a flex item or in a shrink-to-fit box, and no frame of its own.
 */
export const standaloneStyles = [
  sourceStyles,
  css`
    :host {
      inline-size: -webkit-fill-available;
      inline-size: stretch;
    }
    .base {
      background: none;
    }
  `,
];
