import {css} from 'lit';

/** The loading skeleton, the error box and the stale-copy note, shared by every element. */
export const stateStyles = css`
  .bone {
    display: block;
    border-radius: 6px;
    background: var(--_soft);
    animation: cpi-pulse 1.6s ease-in-out infinite;
  }
  @keyframes cpi-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
  .problem {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: center;
    gap: 8px;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .problem-title {
    font-weight: 600;
  }
  .problem-detail {
    font-size: 14px;
    color: var(--_muted);
  }
  .retry {
    font: inherit;
    font-size: 14px;
    font-weight: 600;
    padding: 6px 14px;
    border: 1px solid var(--_accent);
    border-radius: 8px;
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
  }
  .retry:hover {
    background: var(--_soft);
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 12px;
    margin-block-end: var(--_space);
    font-size: 13px;
    color: var(--_muted);
  }
  .notice .retry {
    padding: 2px 10px;
    font-size: 13px;
  }
`;
