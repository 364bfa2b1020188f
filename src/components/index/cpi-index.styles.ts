import {css} from 'lit';

/**
 * The whole index: header, figures and a compact register link, the grid of cards, the register
 * block. It lays out by its own width (a size container), in em of the reader's default size:
 * one column, then two from 33.75em (540px at 16px), three from 53.75em, four from 73.75em. The
 * live card is featured by its surface (card.styles.ts), not its size. Cards share the grid's rows
 * (subgrid), so a row's badges, summaries and footers line up.
 */
export const styles = css`
  :host {
    container: cpi-index / inline-size;
    /* The container's own size, for the breakpoints in em: the reader's default, whatever the
       page's html or body say. */
    font-size: medium;
    /* Fill the line even as a flex item or in a shrink-to-fit box: the size container would
       otherwise collapse to nothing there. */
    inline-size: -webkit-fill-available;
    inline-size: stretch;
  }
  .base {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .header {
    display: grid;
    gap: 0.5em;
    margin-block-end: 2em;
  }
  .title {
    font-size: 1.75em;
    font-weight: 800;
    line-height: 1.15;
    letter-spacing: -0.01em;
    text-wrap: balance;
  }
  .tagline {
    font-size: 1.125em;
    font-weight: 600;
    line-height: 1.35;
    color: var(--_accent);
  }
  .description {
    max-width: 42em;
    color: var(--_muted);
  }
  .header-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 1em 2em;
    margin-block-start: 0.75em;
  }
  /* One compact row of figures between two rules, whatever the width: no boxes. */
  /* Very narrow (below 18em), the figures wrap rather than break a word. */
  .figures {
    display: flex;
    flex-wrap: wrap;
    flex: 0 1 auto;
    gap: 0.5em 1.25em;
    min-width: 0;
    padding-block: 0.625em;
    border-block: 1px solid var(--_border);
    overflow-wrap: normal;
  }
  /* A figure shrinks to its longest word, never through one. */
  .figure {
    flex: 0 1 auto;
  }
  .figure-value {
    display: block;
    white-space: nowrap;
    font-size: 1.375em;
    font-weight: 800;
    line-height: 1.2;
  }
  .figure-label {
    display: block;
    font-size: 0.75em;
    line-height: 1.35;
    hyphens: auto;
    color: var(--_muted);
  }
  /* The compact register link: the feed's button words, drawn from data-text. */
  .jump {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: calc(0.5em - 1.5px) calc(1.125em - 1.5px);
    border: 1.5px solid var(--_accent);
    border-radius: 999px;
    color: var(--_accent);
    font-size: 0.9375em;
    font-weight: 700;
    line-height: 1.35;
    text-decoration: none;
    white-space: nowrap;
  }
  /* The label reads in its own direction; the link, and the arrow's place, in the page's. */
  .jump::before {
    content: attr(data-text);
    unicode-bidi: plaintext;
  }
  .jump::after {
    content: '→';
    content: '→' / '';
    display: inline-block;
  }
  :host(:dir(rtl)) .jump::after {
    transform: scaleX(-1);
  }
  .jump:hover {
    background: var(--_tint);
  }
  .grid-heading {
    margin-block-end: 0.75em;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .grid {
    --_gap: var(--cpi-grid-gap, 1em);
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    margin-block-end: 2em;
  }
  /* Each card takes four rows of the grid (title, badge, summary, footer) and shares them. */
  .grid > li,
  .grid > li > [part='card'] {
    display: grid;
    grid-template-rows: subgrid;
    grid-row: span 4;
    row-gap: 0.625em;
    min-width: 0;
  }
  /* One column: a little less padding, a phone's screens are short. */
  .grid > li > [part='card'] {
    padding: var(--cpi-card-padding, 1em 1.125em);
  }
  .grid .card-title {
    grid-row: 1;
  }
  .grid .badge {
    grid-row: 2;
  }
  .grid .summary {
    grid-row: 3;
  }
  /* Footers start level (a row's rule lines up), whatever the number of their lines. */
  .grid .footer {
    grid-row: 4;
    align-self: start;
  }
  /* A long list lays out and paints only the cards near the screen. */
  .grid[data-long] > li {
    content-visibility: auto;
    contain-intrinsic-size: auto 18.75em;
  }
  /* A failed first load: the message at the top of the index's placeholder, which keeps its
     size (nothing moves) and shows nothing past the message. */
  .pending > .problem {
    min-block-size: auto;
  }
  .pending[data-failed] .bone {
    visibility: hidden;
  }
  .empty {
    margin-block-end: 2em;
    color: var(--_muted);
  }
  .header-skeleton .bone {
    height: 1em;
  }
  .header-skeleton .bone-title {
    width: 60%;
    height: 2em;
  }
  .header-skeleton .bone-figures {
    width: min(100%, 24em);
    height: 4em;
  }
  @media print {
    .card {
      break-inside: avoid;
    }
  }
  /* From 18em (288px at 16px), one row with rules between the figures. */
  @container cpi-index (min-width: 18em) {
    .figures {
      flex-wrap: nowrap;
      gap: 0;
    }
    .figure {
      padding-inline: 0.75em;
    }
    .figure:first-child {
      padding-inline-start: 0;
    }
    .figure + .figure {
      border-inline-start: 1px solid var(--_border);
    }
  }
  @container cpi-index (min-width: 25em) {
    .figure {
      padding-inline: 1em;
    }
    .figure:first-child {
      padding-inline-start: 0;
    }
    .figure-label {
      font-size: 0.8125em;
    }
  }
  @container cpi-index (min-width: 33.75em) {
    .base {
      padding: calc(var(--_space) * 1.5);
    }
    .grid > li > [part='card'] {
      padding: var(--cpi-card-padding, 1.25em);
    }
    .grid {
      grid-template-columns: repeat(auto-fit, minmax(calc((100% - var(--_gap)) / 2), 1fr));
    }
    .title {
      font-size: 2.25em;
    }
    .grid-heading {
      font-size: 1.375em;
    }
  }
  @container cpi-index (min-width: 53.75em) {
    .base {
      padding: calc(var(--_space) * 2.5);
    }
    /* auto-fit: a short list (three sections of four columns) fills the row. */
    .grid {
      grid-template-columns: repeat(auto-fit, minmax(calc((100% - 2 * var(--_gap)) / 3), 1fr));
    }
    .title {
      font-size: 2.5em;
    }
  }
  @container cpi-index (min-width: 73.75em) {
    .grid {
      grid-template-columns: repeat(auto-fit, minmax(calc((100% - 3 * var(--_gap)) / 4), 1fr));
    }
  }
  /* Every footer of the grid holds two lines, a live section's facts and link: a section that
     goes live after a static snippet was made then grows no row, and moves no other card. */
  .grid .footer {
    /* Two lines and the padding above and below them (the box is border-box). */
    min-block-size: calc(2lh + 0.75em + 5px);
  }
`;
