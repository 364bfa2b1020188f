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
    gap: 0.5em;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .pending {
    position: relative;
  }
  .pending[data-failed] .bone {
    animation: none;
    opacity: 0.4;
  }
  /* Over the whole skeleton, which keeps its size: a failed first load moves nothing on the page
     and shows no placeholder past its message. */
  .pending > .problem {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0;
    min-block-size: 100%;
    z-index: 1;
  }
  .pending > .problem.unseen {
    opacity: 0;
    pointer-events: none;
  }
  .problem-title {
    font-weight: 600;
  }
  .problem-detail {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .problem > .source {
    margin-block-end: 0.25em;
  }
  .retry {
    font: inherit;
    font-size: 0.875em;
    font-weight: 600;
    padding: 0.375em 0.875em;
    border: 1px solid var(--_accent);
    border-radius: 8px;
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
  }
  .retry:hover {
    background: var(--_soft);
  }
  .retry[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  /* Over the content's top corner, not above it: a failed refresh moves nothing on the page.
     Empty (and so invisible) until then: it is the live region that announces the failure. */
  .notice {
    position: absolute;
    z-index: 1;
    inset-block-start: 6px;
    inset-inline-end: 6px;
    max-inline-size: min(28em, calc(100% - 12px));
  }
  .notice[data-shown] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    padding: 0.375em 0.625em;
    border: 1px solid var(--_border);
    border-radius: 8px;
    background: var(--_surface);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.12);
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .notice .retry {
    padding: 0.125em 0.625em;
    font-size: 1em;
  }
`;
