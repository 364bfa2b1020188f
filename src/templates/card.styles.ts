import {css} from 'lit';

/**
 * A section card's look, for `cpi-section-card` and the cards of `cpi-index`. The card is a grid
 * of rows (source, for a standalone card; title, badge, summary, footer); in the index's grid they
 * are the rows of the grid itself (subgrid: see cpi-index.styles.ts), so that titles of one to
 * three lines leave the badges, summaries and footers of a row level. A live card is featured
 * (tinted, ruled in the accent); the others are calm.
 */
export const cardStyles = css`
  .card {
    display: grid;
    row-gap: 0.625em;
    align-content: start;
    justify-items: start;
    height: 100%;
    min-width: 0;
    padding: var(--cpi-card-padding, 1.25em);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .card > * {
    max-width: 100%;
  }
  /* A summary or footer the section does not have, even where a page styles the part. */
  .card > [hidden] {
    display: none !important;
  }
  .card[data-live] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    background: var(--_tint);
  }
  .card-title {
    justify-self: stretch;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
    text-wrap: balance;
  }
  .summary {
    font-size: 0.9375em;
    line-height: 1.55;
    color: var(--_quiet);
  }
  /* Same size as a coming-soon summary: a section that goes live changes colour, not size. */
  .card[data-live] .summary {
    color: var(--_text);
  }
  /*
   * The footer of facts. A separator belongs to the fact after it (the two never part), and the
   * separator that would start a line sits in the footer's start margin, where overflow clips
   * it: a line never begins or ends with "·", in either direction. The footer's 5px of padding
   * keep a focused link's outline inside the clip.
   */
  .footer {
    align-self: end;
    justify-self: stretch;
    max-width: none;
    overflow: hidden;
    margin: 0 -5px -5px;
    padding: 0.75em 5px 5px;
    background: linear-gradient(var(--_border), var(--_border)) 5px 0 / calc(100% - 10px) 1px
      no-repeat;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .footer > * {
    display: inline-block;
    white-space: nowrap;
  }
  .footer > :not(:last-child) {
    padding-inline-end: 1.5em;
  }
  .footer > .then {
    margin-inline-start: -1.5em;
  }
  /* Its own direction, without changing the direction its box's margins and padding follow. */
  .fact {
    unicode-bidi: plaintext;
  }
  .dot {
    display: inline-block;
    inline-size: 1.5em;
    text-align: center;
  }
  .link {
    color: var(--_accent);
    font-weight: 700;
    text-decoration: none;
  }
  .link:hover {
    text-decoration: underline;
  }
  /* Intelligence being compiled: one quiet line, no rule above it (placed as a live footer's
     words are, so that a row's footers line up). */
  .footer.compiling {
    background: none;
    color: var(--_quiet);
  }
  .compiling::before {
    content: '';
    display: inline-block;
    inline-size: 0.75em;
    block-size: 0.75em;
    margin-inline-end: 0.5em;
    border: 1.5px dashed currentColor;
    border-radius: 50%;
    vertical-align: -0.05em;
  }
  .card-skeleton {
    display: flex;
    flex-direction: column;
    gap: 0.625em;
    min-height: 14.75em;
  }
  .card-skeleton .bone {
    height: 0.875em;
  }
  .card-skeleton .bone-title {
    width: 70%;
    height: 1.375em;
  }
  .card-skeleton .bone-badge {
    width: 5.5em;
    height: 1.375em;
    border-radius: 999px;
  }
  .card-skeleton .short {
    width: 55%;
  }
  .card-skeleton .bone-footer {
    margin-block-start: auto;
    width: 60%;
  }
`;
