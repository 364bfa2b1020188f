import {css} from 'lit';

/** The whole index: header and figures, the grid of cards, the register block. */
export const styles = css`
  :host {
    container: cpi-index / inline-size;
  }
  .base {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .header {
    display: grid;
    gap: 8px;
    margin-block-end: calc(var(--_space) * 2);
  }
  .title {
    font-size: 28px;
    font-weight: 800;
    line-height: 1.2;
  }
  .tagline {
    font-size: 19px;
    font-weight: 600;
    color: var(--_accent);
  }
  .description {
    max-width: 44em;
    color: var(--_muted);
  }
  .figures {
    display: grid;
    grid-template-columns: 1fr;
    gap: 10px;
    margin-block-start: 12px;
  }
  .figure {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 10px;
    padding: 8px 14px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .figure-value {
    display: block;
    font-size: 26px;
    font-weight: 800;
    line-height: 1.2;
  }
  .figure-label {
    display: block;
    font-size: 14px;
    color: var(--_muted);
  }
  .grid-heading {
    margin-block-end: 12px;
    font-size: 20px;
    font-weight: 700;
  }
  .grid {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--cpi-grid-gap, 16px);
    margin-block-end: calc(var(--_space) * 2);
  }
  .grid > li {
    display: block;
    min-width: 0;
  }
  /* A long list lays out and paints only the cards near the screen. */
  .grid[data-long] > li {
    content-visibility: auto;
    contain-intrinsic-size: auto 300px;
  }
  .empty {
    margin-block-end: calc(var(--_space) * 2);
    color: var(--_muted);
  }
  .header-skeleton .bone {
    height: 16px;
  }
  .header-skeleton .bone-title {
    width: 60%;
    height: 34px;
  }
  .header-skeleton .figure {
    height: 74px;
  }
  @container cpi-index (min-width: 540px) {
    .base {
      padding: calc(var(--_space) * 1.5);
    }
    .figures {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .figure {
      display: block;
      padding: 12px 16px;
    }
    .grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .title {
      font-size: 34px;
    }
  }
  @container cpi-index (min-width: 860px) {
    .grid {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .base {
      padding: calc(var(--_space) * 2.5);
    }
    .title {
      font-size: 40px;
    }
  }
  @container cpi-index (min-width: 1180px) {
    .grid {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
`;
