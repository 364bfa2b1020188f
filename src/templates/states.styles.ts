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
  .failed {
    position: relative;
  }
  .failed .bone {
    animation: none;
    opacity: 0.4;
  }
  .failed > .problem {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0;
    z-index: 1;
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
  /* Over the content's top corner, not above it: a failed refresh moves nothing on the page. */
  .notice {
    position: absolute;
    z-index: 1;
    inset-block-start: 6px;
    inset-inline-end: 6px;
    max-inline-size: min(28em, calc(100% - 12px));
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 12px;
    padding: 6px 10px;
    border: 1px solid var(--_border);
    border-radius: 8px;
    background: var(--_surface);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.12);
    font-size: 13px;
    color: var(--_muted);
  }
  .notice .retry {
    padding: 2px 10px;
    font-size: 13px;
  }
`;
