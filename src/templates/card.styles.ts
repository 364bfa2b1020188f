import {css} from 'lit';

/** A section card's look, for `cpi-section-card` and the cards of `cpi-index`. */
export const cardStyles = css`
  .card {
    display: flex;
    flex-direction: column;
    gap: 10px;
    height: 100%;
    min-width: 0;
    padding: var(--cpi-card-padding, 20px);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .card[data-live] {
    border-color: var(--_accent);
    box-shadow: 0 0 0 1px var(--_accent);
  }
  .card-head {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 8px 12px;
  }
  .card-title {
    flex: 1 1 12em;
    min-width: 0;
    font-size: 18px;
    font-weight: 700;
    line-height: 1.3;
  }
  .summary {
    font-size: 15px;
    line-height: 1.55;
    color: var(--_muted);
  }
  .footer {
    margin-top: auto;
    padding-top: 12px;
    border-top: 1px solid var(--_border);
    font-size: 14px;
    color: var(--_muted);
  }
  .fact {
    white-space: nowrap;
  }
  .dot {
    margin-inline: 6px;
  }
  .link {
    color: var(--_accent);
    font-weight: 600;
    text-decoration: none;
    white-space: nowrap;
  }
  .link:hover {
    text-decoration: underline;
  }
  .card-skeleton {
    min-height: 236px;
  }
  .card-skeleton .bone {
    height: 14px;
  }
  .card-skeleton .bone-title {
    width: 70%;
    height: 22px;
  }
  .card-skeleton .bone-badge {
    width: 90px;
    height: 22px;
    border-radius: 999px;
  }
  .card-skeleton .short {
    width: 55%;
  }
  .card-skeleton .bone-footer {
    margin-top: auto;
    width: 60%;
  }
`;
