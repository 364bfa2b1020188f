import {css} from 'lit';

/** The register block's look, shared by `cpi-register-cta` and `cpi-index`. */
export const registerStyles = css`
  .cta {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 10px;
    padding: clamp(16px, 5cqi, 28px);
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--cpi-cta-background, var(--_soft));
    color: var(--_text);
  }
  .eyebrow {
    font-size: 14px;
    font-weight: 700;
    color: var(--_accent);
  }
  .cta-heading {
    max-width: 36em;
    font-size: 24px;
    font-weight: 700;
    line-height: 1.25;
  }
  .cta-body {
    max-width: 40em;
    color: var(--_muted);
  }
  .cta-action {
    margin-top: 6px;
  }
  .button {
    display: inline-block;
    padding: 12px 22px;
    border-radius: 10px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    line-height: 1.25;
    text-decoration: none;
    transition: filter 0.15s;
  }
  .button:hover {
    filter: brightness(1.1);
  }
  @media (prefers-reduced-motion: reduce) {
    .button {
      transition: none;
    }
  }
  .cta-skeleton {
    min-height: 238px;
  }
  .cta-skeleton .bone {
    height: 16px;
    width: 70%;
  }
  .cta-skeleton .bone-button {
    width: 170px;
    height: 46px;
    border-radius: 10px;
  }
`;
